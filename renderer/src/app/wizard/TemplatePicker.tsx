import { useEffect, useId, useMemo, useRef, type KeyboardEvent } from 'react';
import { pickerList, type TemplateListEntry, type TemplateUsage } from '../template-search.js';
import { TemplateOutline } from './TemplateOutline.js';

interface TemplatePickerProps {
  entries: readonly TemplateListEntry[];
  /** How often each template started a draft: the most used come first. */
  usage: TemplateUsage;
  query: string;
  onQueryChange(query: string): void;
  selectedId: string | null;
  onSelect(id: string): void;
  /** Enter in the search box, or a double click: go on to the parameters. */
  onChoose(id: string): void;
}

/**
 * Search box over the templates, grouped (常用, 发言类, 检视类 …) while
 * nothing is typed, with the selected one previewed beside it. The search
 * box drives the list (↑/↓ select, Enter chooses) as a combobox, so the
 * keyboard never has to leave it.
 */
export function TemplatePicker({ entries, usage, query, onQueryChange, selectedId, onSelect, onChoose }: TemplatePickerProps) {
  const listId = useId();
  const { groups, options: matches } = useMemo(() => pickerList(entries, query, usage), [entries, query, usage]);
  const selected = matches.find((entry) => entry.template.id === selectedId) ?? matches[0];
  const optionId = (id: string): string => `${listId}-${id}`;
  const search = useRef<HTMLInputElement>(null);

  // Coming back from the parameters step, the cursor belongs in the search box again.
  useEffect(() => {
    search.current?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    const index = selected ? matches.indexOf(selected) : -1;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = matches[Math.min(matches.length - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)))];
      if (next) {
        onSelect(next.template.id);
        document.getElementById(optionId(next.template.id))?.scrollIntoView({ block: 'nearest' });
      }
    } else if (event.key === 'Enter' && selected) {
      event.preventDefault();
      onChoose(selected.template.id);
    }
  };

  return (
    <div className="picker">
      <div className="picker-side">
        <input
          ref={search}
          type="search"
          className="search"
          placeholder="搜索模板，如“党课”“三点”"
          aria-label="搜索模板"
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={selected ? optionId(selected.template.id) : undefined}
          value={query}
          onChange={(event) => onQueryChange(event.target.value)}
          onKeyDown={onKeyDown}
          data-autofocus
        />
        <div className="template-list" id={listId} role="listbox" aria-label="模板">
          {groups.map((group) => (
            <ul key={group.name || 'matches'} role="group" aria-label={group.name || '搜索结果'} className="template-group">
              {group.name && (
                <li role="presentation" className="template-group-name">
                  {group.name}
                </li>
              )}
              {group.entries.map(({ template, builtIn }) => (
                <li
                  key={template.id}
                  id={optionId(template.id)}
                  role="option"
                  aria-selected={template.id === selected?.template.id}
                  className="template-option"
                  onClick={() => onSelect(template.id)}
                  onDoubleClick={() => onChoose(template.id)}
                >
                  <span className="template-option-name">{template.name}</span>
                  <span className="template-option-meta">
                    {template.genre} · {template.targetLength.min}—{template.targetLength.max} 字
                    {!builtIn && <span className="tag own">自定义</span>}
                  </span>
                </li>
              ))}
            </ul>
          ))}
        </div>
        {matches.length === 0 && <p className="list-placeholder">没有找到“{query.trim()}”相关的模板。</p>}
      </div>
      <div className="picker-preview">
        {selected ? <TemplateOutline template={selected.template} builtIn={selected.builtIn} /> : null}
      </div>
    </div>
  );
}

/** The entry the picker shows as selected (the first shown when the selected one is filtered out). */
export function pickedEntry(
  entries: readonly TemplateListEntry[],
  query: string,
  selectedId: string | null,
  usage: TemplateUsage,
): TemplateListEntry | undefined {
  const { options } = pickerList(entries, query, usage);
  return options.find((entry) => entry.template.id === selectedId) ?? options[0];
}
