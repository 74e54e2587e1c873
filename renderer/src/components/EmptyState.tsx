export function EmptyState({ onOpen }: { onOpen: () => void }) {
  return (
    <section className="empty-state" aria-labelledby="empty-state-title">
      <div className="empty-sheet" aria-hidden="true">
        <span />
        <span />
        <span />
        <span />
      </div>
      <h2 id="empty-state-title">打开一份稿件，开始核校与导出</h2>
      <p>稿匠会按稿件结构自动给出“一是、二是、三是”和“一、（一）1.”等编号，并按公文格式导出 Word。</p>
      <button type="button" className="button primary large" onClick={onOpen}>
        打开稿件…
      </button>
      <p className="hint">
        稿匠稿件是扩展名为 <code>.gaojiang.json</code> 的文件；已有的纯文本材料可用命令 <code>gaojiang import</code> 转换。
      </p>
    </section>
  );
}
