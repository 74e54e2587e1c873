import { describe, expect, it, vi } from 'vitest';
import { announceExport, type ExportNotices } from '../../renderer/src/app/export-notice.js';

const notices = () => {
  const info = vi.fn<ExportNotices['info']>();
  const error = vi.fn<ExportNotices['error']>();
  return { info, error };
};

describe('announceExport (#15 item 4)', () => {
  it('says where the file went and offers 打开所在文件夹 when the platform can show it', async () => {
    const shown = notices();
    const showInFolder = vi.fn(async () => {});
    announceExport(shown, { saved: true, where: 'C:\\Users\\张三\\Documents', showInFolder }, '已导出汇编“汇编.docx”');
    expect(shown.info).toHaveBeenCalledWith('已导出汇编“汇编.docx”，保存在C:\\Users\\张三\\Documents', expect.objectContaining({ label: '打开所在文件夹' }));
    (shown.info.mock.calls[0]![1] as { run: () => void }).run();
    expect(showInFolder).toHaveBeenCalledOnce();
  });

  it('a refusal to show becomes the error notice; web downloads have no button; a cancel says nothing', async () => {
    const failed = notices();
    const refusal = new Error('refused');
    announceExport(failed, { saved: true, where: 'D:\\', showInFolder: async () => Promise.reject(refusal) }, '已导出');
    (failed.info.mock.calls[0]![1] as { run: () => void }).run();
    await vi.waitFor(() => expect(failed.error).toHaveBeenCalledWith(refusal));
    const web = notices();
    announceExport(web, { saved: true, where: '浏览器的“下载”文件夹' }, '已导出');
    expect(web.info).toHaveBeenCalledWith('已导出，保存在浏览器的“下载”文件夹', undefined);
    const cancelled = notices();
    announceExport(cancelled, { saved: false }, '已导出');
    expect(cancelled.info).not.toHaveBeenCalled();
  });
});
