import { useState } from 'react';
import { describeSourcing } from '../../../../core/quotes/source-line.js';
import { useAppClient } from '../../client/index.js';
import type { InstalledTheme } from '../../editor/quotes/quote-logic.js';
import { userMessageOf } from '../../user-message.js';
import { deadlineText } from './theme-draft.js';
import type { ThemesState } from './use-themes.js';
import './themes.css';

interface ThemeChooserProps {
  themes: ThemesState;
  selectedId: string | null;
  onChoose(theme: InstalledTheme): void;
}

type Feedback = { kind: 'error' | 'info'; text: string } | null;

/**
 * 按学习主题新建: the installed study themes an organizer handed out, each
 * with its deadline, and 导入主题包… to install another (a JSON file).
 */
export function ThemeChooser({ themes, selectedId, onChoose }: ThemeChooserProps) {
  const client = useAppClient();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [busy, setBusy] = useState(false);

  const importPack = async (): Promise<void> => {
    setFeedback(null);
    try {
      // Straight from the click: the browser opens its file chooser only during a user gesture.
      const file = await client.platform.pickLocalFile('.json,application/json');
      if (!file) return;
      setBusy(true);
      const imported = await client.services.importThemePack({ text: await file.text() });
      await themes.reload();
      const skipped = imported.duplicates > 0 ? `，${imported.duplicates} 条已在库中` : '';
      setFeedback({ kind: 'info', text: `已导入学习主题“${imported.theme.title}”：金句 ${imported.added} 条加入金句库${skipped}；${describeSourcing(imported)}。` });
    } catch (failure) {
      setFeedback({ kind: 'error', text: userMessageOf(failure) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="theme-strip" aria-label="按学习主题新建">
      <header className="theme-strip-head">
        <h3>按学习主题新建</h3>
        <span className="field-hint">选一个主题，稿件套用主题指定的模板，并带上要点和建议小标题。</span>
        <span className="spacer" />
        <button type="button" className="button small" disabled={busy} onClick={() => void importPack()}>
          导入主题包…
        </button>
      </header>
      {feedback && (
        <p className={feedback.kind === 'error' ? 'theme-feedback error' : 'theme-feedback'} role={feedback.kind === 'error' ? 'alert' : 'status'}>
          {feedback.text}
        </p>
      )}
      {themes.error && (
        <p className="theme-feedback error" role="alert">
          {themes.error}
        </p>
      )}
      {themes.entries.length === 0 ? (
        <p className="field-hint theme-empty">还没有学习主题包。组织者发来的主题包（.json 文件）可点“导入主题包…”安装。</p>
      ) : (
        <ul className="theme-list" aria-label="已安装的学习主题">
          {themes.entries.map(({ theme, quoteCount }) => (
            <li key={theme.id}>
              <button
                type="button"
                className={`theme-card${theme.id === selectedId ? ' selected' : ''}`}
                aria-pressed={theme.id === selectedId}
                onClick={() => onChoose(theme)}
              >
                <span className="theme-card-title">{theme.title}</span>
                <span className="theme-card-meta">
                  {[theme.organizer, `${theme.keyPoints.length} 条要点`, `${quoteCount} 条金句`].filter(Boolean).join(' · ')}
                </span>
                {theme.deadline && <span className="theme-card-deadline">{deadlineText(theme.deadline)}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
