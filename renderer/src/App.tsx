import { useCallback, useEffect, useRef, useState } from 'react';
import type { FontProfile } from '../../core/export/options.js';
import { exportFileName } from '../../core/file-name.js';
import type { OpenedDraft } from '../../core/services/contract.js';
import { useAppClient } from './client/index.js';
import { DraftPage } from './components/DraftPage.js';
import { EmptyState } from './components/EmptyState.js';
import { Notice, type NoticeMessage } from './components/Notice.js';
import { Toolbar } from './components/Toolbar.js';
import { draftTitle } from '../../core/model/text.js';
import { baseNameOf } from './draft-title.js';
import { userMessageOf } from './user-message.js';

export function App() {
  const client = useAppClient();
  const [opened, setOpened] = useState<OpenedDraft | null>(null);
  const [fonts, setFonts] = useState<FontProfile>('gb2312');
  const [exporting, setExporting] = useState(false);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);

  const openDraft = useCallback(async () => {
    setNotice(null);
    try {
      // Called straight from the click: the browser opens its file chooser only during a user gesture.
      const result = await client.platform.openDraftFile();
      if (result) setOpened(result);
    } catch (error) {
      setNotice({ kind: 'error', text: userMessageOf(error) });
    }
  }, [client]);

  const exportWord = useCallback(async () => {
    if (!opened || exporting) return;
    setExporting(true);
    setNotice(null);
    try {
      const bytes = await client.services.exportDocx({ draft: opened.draft, options: { fonts, printAuthorLine: true } });
      const fileName = exportFileName(draftTitle(opened.draft) || baseNameOf(opened.name));
      const outcome = await client.platform.saveExport(bytes, fileName);
      if (outcome === 'saved') setNotice({ kind: 'info', text: `已导出“${fileName}”。` });
    } catch (error) {
      setNotice({ kind: 'error', text: userMessageOf(error) });
    } finally {
      setExporting(false);
    }
  }, [client, opened, fonts, exporting]);

  // The menu subscription lives for the whole session; it calls whatever the handlers are now.
  const handlers = useRef({ openDraft, exportWord });
  useEffect(() => {
    handlers.current = { openDraft, exportWord };
  });
  useEffect(
    () =>
      client.platform.onMenuCommand((command) => {
        void (command === 'open' ? handlers.current.openDraft() : handlers.current.exportWord());
      }),
    [client],
  );

  useEffect(() => {
    document.title = opened ? `${opened.name} — 稿匠` : '稿匠';
  }, [opened]);

  return (
    <div className="app">
      <Toolbar
        fileName={opened?.name ?? null}
        fonts={fonts}
        busy={exporting}
        canExport={opened !== null}
        onOpen={() => void openDraft()}
        onExport={() => void exportWord()}
        onFontsChange={setFonts}
      />
      {notice && <Notice notice={notice} onDismiss={() => setNotice(null)} />}
      <main className="workspace">
        {opened ? <DraftPage draft={opened.draft} /> : <EmptyState onOpen={() => void openDraft()} />}
      </main>
    </div>
  );
}
