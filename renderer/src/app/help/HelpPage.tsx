import { Modal } from '../dialogs/Modal.js';
import { shortcutRows } from './shortcut-table.js';
import './help.css';

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);
/** On macOS the same shortcuts use ⌘ (the handlers accept either). */
const shown = (keys: string): string => (isMac ? keys.replace(/^Ctrl\+/, '⌘').replace(/^⌘Shift\+/, '⌘⇧') : keys);

/**
 * 帮助: how this kind of speech is built, how each part of the app is used
 * (新建, 导入, 领起句, 金句, 体检, 字数, 历史版本, 关闭, 导出 and where the files go,
 * 征集汇编), the shortcuts (read off the key handlers, see shortcut-table.ts),
 * where 稿匠 keeps its files and how to back them up. Opened from the top bar, the 帮助 menu and F1.
 */
export function HelpPage({ onClose, newShortcutWorks }: { onClose(): void; newShortcutWorks: boolean }) {
  const rows = shortcutRows();
  return (
    <Modal title="稿匠帮助" onDismiss={onClose} className="help">
      <div className="modal-body help-body">
        <section aria-labelledby="help-structure-title">
          <h3 id="help-structure-title">研讨发言、心得体会的结构</h3>
          <ol className="help-structure">
            <li>
              <strong>标题</strong>：点明主题，如“在学习贯彻……专题研讨会上的发言”。作者单位行（单位 + 姓名）在标题下，由新建向导填好。
            </li>
            <li>
              <strong>开头</strong>：一两段，交代学习的背景和总体认识，引出下面几点体会，不宜过长。
            </li>
            <li>
              <strong>主体（三点式）</strong>：用“一是……二是……三是……”分点展开。每点以一句领起句开头（加粗，概括这一点），再用事例、数据和本单位、本岗位的实际展开。编号由稿匠按位置自动生成，增删、调换段落后自动保持正确，不必手打。篇幅较长时可用“一、（一）1.（1）”分级标题。
            </li>
            <li>
              <strong>引用</strong>：引用讲话原文时，加引号并注明出处（讲话人、场合、时间）。在右侧“金句”中检索后插入，引文与出处绑定，“体检”会核对原文，导出时可选脚注或文末列出出处。
            </li>
            <li>
              <strong>结尾表态</strong>：写清下一步打算和表态，如“在今后的工作中，我将……”，常以“以上发言，不当之处，请批评指正。”收尾。
            </li>
          </ol>
        </section>

        <section aria-labelledby="help-parts-title">
          <h3 id="help-parts-title">各部分怎么用</h3>
          <dl className="help-files help-parts">
            <dt>新建</dt>
            <dd>选一个模板（常用的在前），填写学习主题、单位、姓名、日期（默认今天），稿件按模板摆好提纲，空白处有灰色的写作提示（不会保存或导出）。也可从组织下发的学习主题包开始。</dd>
            <dt>导入</dt>
            <dd>
              导入 Word（.docx）、文本（.txt，UTF-8 或 GBK 均可）、网页（.html），或把网页上复制的文字粘贴进来。预览左边是原文，删去的网站导航、页脚等划线显示；右边是识别出的标题、分点和字数。繁体自动转为简体（可选“保留繁体”），夹在中文里的半角标点改为全角。一个文件里有几篇文章时可“全部导入”，每篇各存为一份稿件。导入后请检查，再保存。
            </dd>
            <dt>领起句</dt>
            <dd>分点开头概括这一点的一句，加粗显示。把光标放在这一句里按 Ctrl+L（或工具栏的“领起句”）设定或取消；领起句的句号之后继续输入的是正文。</dd>
            <dt>金句</dt>
            <dd>右侧“金句”页检索金句库（一两个字也能搜），点一条插入到光标处，自动写成“习近平总书记强调：“……””的格式，引文与出处绑定。可添加新的金句，或导入组织下发的金句包。</dd>
            <dt>体检</dt>
            <dd>
              右侧“体检”页随写随查：编号和结构、标点（全角半角、成对）、规范表述、并列标题、篇幅和发言时长、重复用词，以及引文与金句库是否一致。点一条跳到原文，可“修正”“忽略”或“全部修正”，都能撤销。导出前还有问题时会先列出来。
            </dd>
            <dt>字数</dt>
            <dd>只计正文：不计标题、作者单位行和自动编号（一是、一、等），按 Word 的方法计（一串英文或数字算一个字）。状态栏、提纲、导入预览和历史版本显示的是同一个数。</dd>
            <dt>历史版本</dt>
            <dd>
              每次保存都留下一个版本，编辑已保存的稿件时每 10 分钟也自动留一个。点“历史版本”可看每个版本的时间和字数，任选两个（或一个与正在编辑的稿件）并排逐字对比，差异处标色；“恢复”把所选版本放回编辑器，按 Ctrl+Z 可撤销恢复。保留最近 7 天的全部版本，7 至 90 天内每天保留一个，更早的自动删除。
            </dd>
            <dt>关闭</dt>
            <dd>“关闭”或 Ctrl+W 关闭当前稿件，有未保存的修改时先问是否保存。</dd>
            <dt>导出 Word</dt>
            <dd>
              按公文格式（GB/T 9704）生成 Word 文件，文件名取稿件标题。桌面版会弹出“保存”对话框，默认放在“文档”文件夹，可另选位置；网页版由浏览器下载，存到浏览器的“下载”文件夹。汇编的文集和查重报告也是这样保存。
            </dd>
            <dt>征集汇编</dt>
            <dd>
              供组织者收稿用：新建征集（主题、截止日期），导入名单（Excel、WPS 另存的 CSV）；把收到的稿件文件夹导入，按作者或文件名（如“张三-研讨发言.docx”）对应到人，同一人交了新版本会保留新版；查看未交名单，复制催交名单；“查重”比对稿件之间以及与范文的相似（引文不计），可导出 Word 或 CSV 报告；“汇编”按名单、单位或拖动的顺序生成带封面、目录和页码的 Word 文集。
            </dd>
          </dl>
        </section>

        <section aria-labelledby="help-keys-title">
          <h3 id="help-keys-title">快捷键</h3>
          <table className="help-keys">
            <thead>
              <tr>
                <th scope="col">操作</th>
                <th scope="col">按键</th>
              </tr>
            </thead>
            {(['文件', '编辑'] as const).map((group) => (
              <tbody key={group}>
                <tr>
                  <th scope="rowgroup" colSpan={2} className="help-keys-group">
                    {group}
                  </th>
                </tr>
                {rows
                  .filter((row) => row.group === group)
                  .map((row) => (
                    <tr key={row.action}>
                      <td>{row.action}</td>
                      <td>
                        {row.keys.map((keys, i) => (
                          <span key={keys}>
                            {i > 0 && ' 或 '}
                            <kbd>{shown(keys)}</kbd>
                          </span>
                        ))}
                      </td>
                    </tr>
                  ))}
              </tbody>
            ))}
          </table>
          <p className="help-note">
            {!isMac && '在 macOS 上，Ctrl 换成 ⌘。'}
            {!newShortcutWorks && '在浏览器中使用时，Ctrl+N、Ctrl+W 由浏览器占用（新窗口、关闭标签页），请点“新建”“关闭”。'}
            大纲中可拖动标题调整顺序。
          </p>
        </section>

        <section aria-labelledby="help-files-title">
          <h3 id="help-files-title">文件在哪里</h3>
          <p>
            稿匠把文件放在“稿匠”文件夹：Windows 上是 <code>C:\Users\你的用户名\稿匠</code>，统信 UOS、麒麟等 Linux 系统和 macOS 上是主目录下的 <code>稿匠</code>
            （网页版为启动时 <code>--workspace</code> 指定的文件夹）。
          </p>
          <dl className="help-files">
            <dt>
              <code>稿件/</code>
            </dt>
            <dd>保存的稿件（.gaojiang 文件）。每次保存先写临时文件再替换，并把上一版留作同名的 .bak 文件，保存中途断电也不会损坏稿件。另存到别处的稿件在你选的位置。</dd>
            <dt>
              <code>恢复/</code>
            </dt>
            <dd>自动保存的恢复副本：有未保存的修改时，停止输入约 3 秒就写一次。稿匠意外关闭后再次打开，会提示恢复。</dd>
            <dt>
              <code>历史/</code>
            </dt>
            <dd>每份稿件的历史版本，一份稿件一个子文件夹（见上文“历史版本”）。</dd>
            <dt>
              <code>金句库.sqlite</code>
            </dt>
            <dd>金句库（引文、出处、主题包），以及“征集汇编”收到的稿件和名单。稿匠运行时旁边可能有 -wal、-shm 两个临时文件，正常退出时会合并回金句库。</dd>
            <dt>
              <code>模板/</code>
            </dt>
            <dd>你自建或导入的模板。内置模板随程序安装，不在这里。</dd>
            <dt>
              <code>recent.json</code>
            </dt>
            <dd>“最近”菜单里的文件列表。</dd>
          </dl>
        </section>

        <section aria-labelledby="help-backup-title">
          <h3 id="help-backup-title">如何备份</h3>
          <ol>
            <li>先退出稿匠（让金句库的临时文件合并回去）。</li>
            <li>把整个“稿匠”文件夹复制到 U 盘、单位共享盘或网盘；建议每周一次，交稿前再备份一次。</li>
            <li>换电脑或重装系统后，把备份的“稿匠”文件夹复制回原位置，再打开稿匠即可。</li>
          </ol>
          <p className="help-note">单篇稿件的 .gaojiang 文件可以单独复制、发送，用“打开”即可继续编辑；交给别人阅读用“导出 Word”。</p>
        </section>
      </div>
      <footer className="modal-footer">
        <span className="spacer" />
        <button type="button" className="button primary" onClick={onClose} data-autofocus>
          关闭
        </button>
      </footer>
    </Modal>
  );
}
