import { useEffect, useRef } from 'react';
import { useSlateSelector, useSlateStatic } from 'slate-react';
import { NUMBER_STYLE_NAMES, type NumberedLevel } from '../../../../core/model/numbering.js';
import type { NumberStyle } from '../../../../core/model/schema.js';

const LEVELS: readonly { level: NumberedLevel; name: string; styles: readonly NumberStyle[] }[] = [
  { level: 'point', name: '分点', styles: ['yi-shi', 'shou-xian', 'di-yi'] },
  { level: 'heading1', name: '一级标题', styles: ['chinese-dun', 'chinese-paren', 'arabic-dot', 'arabic-paren', 'none'] },
  { level: 'heading2', name: '二级标题', styles: ['chinese-dun', 'chinese-paren', 'arabic-dot', 'arabic-paren', 'none'] },
  { level: 'heading3', name: '三级标题', styles: ['chinese-dun', 'chinese-paren', 'arabic-dot', 'arabic-paren', 'none'] },
  { level: 'heading4', name: '四级标题', styles: ['chinese-dun', 'chinese-paren', 'arabic-dot', 'arabic-paren', 'none'] },
];

/** 编号 menu: the numbering style of each level; a change relabels the whole level and can be undone. */
export function NumberingMenu() {
  const editor = useSlateStatic();
  // The scheme object is replaced on every change, so identity is enough to re-render.
  const numbering = useSlateSelector((e) => e.numbering);
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    // A menu closes when you click elsewhere.
    const close = (event: MouseEvent): void => {
      if (details.current?.open && !details.current.contains(event.target as Node)) details.current.open = false;
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, []);
  return (
    <details className="dw-numbering" ref={details}>
      <summary className="dw-tool" title="各级编号样式">
        编号
      </summary>
      <div className="dw-numbering-panel" role="group" aria-label="编号样式">
        {LEVELS.map(({ level, name, styles }) => (
          <label key={level} className="dw-numbering-row">
            <span>{name}</span>
            <select
              aria-label={`${name}编号`}
              value={numbering[level]}
              onChange={(event) => editor.setNumberingStyle(level, event.target.value as NumberStyle)}
            >
              {(styles.includes(numbering[level]) ? styles : [numbering[level], ...styles]).map((style) => (
                <option key={style} value={style}>
                  {NUMBER_STYLE_NAMES[style]}
                </option>
              ))}
            </select>
          </label>
        ))}
        <p className="dw-numbering-note">编号随增删、调整自动更新，正文里不要手打编号。</p>
      </div>
    </details>
  );
}
