import { GaojiangError } from '../errors.js';
import { notAZip, type SafeZip } from './docx-zip.js';

/**
 * Files that arrive named .docx but are something else get a clear Chinese
 * answer saying what they are and what to do, instead of a parser error.
 */
const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean => signature.every((b, i) => bytes[i] === b);
const asciiStart = (bytes: Uint8Array, length: number): string => String.fromCharCode(...bytes.subarray(0, length));

const OLE_COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b];

/** Refuses bytes that are plainly not a .docx, naming what they are. */
export function checkDocxSignature(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new GaojiangError('invalid-input', '文件是空的（0 字节），没有可导入的内容。', 'empty .docx file');
  if (startsWith(bytes, OLE_COMPOUND_FILE)) {
    throw new GaojiangError(
      'invalid-input',
      '这不是 Word 文档（.docx）：它是旧版 Word 文档（.doc）或设置了密码的文档。请在 Word 或 WPS 中打开，“另存为” .docx 格式（并取消密码）后再导入。',
      'OLE compound file (.doc, .wps or an encrypted .docx)',
    );
  }
  const start = asciiStart(bytes, 8);
  if (start.startsWith('{\\rtf')) {
    throw new GaojiangError('invalid-input', '这不是 Word 文档（.docx）：它是 RTF 文件。请在 Word 或 WPS 中“另存为” .docx 后再导入。', 'RTF file');
  }
  if (start.startsWith('%PDF')) {
    throw new GaojiangError('invalid-input', '这不是 Word 文档（.docx）：它是 PDF 文件。请复制其中的文字粘贴导入，或先转换为 .docx。', 'PDF file');
  }
  if (!startsWith(bytes, ZIP)) throw notAZip('no zip signature');
}

/** Refuses a zip that is not a Word document (an Excel or PowerPoint file, an .odt, any other zip). */
export function checkWordPackage(zip: SafeZip, mainDocument: string | undefined): void {
  if (mainDocument !== undefined) return;
  if (zip.has('xl/workbook.xml')) {
    throw new GaojiangError('invalid-input', '这不是 Word 文档（.docx）：它是 Excel 表格。稿匠只能导入 Word 文档、文本文件和网页。', 'xlsx package');
  }
  if (zip.has('ppt/presentation.xml')) {
    throw new GaojiangError('invalid-input', '这不是 Word 文档（.docx）：它是 PowerPoint 演示文稿。稿匠只能导入 Word 文档、文本文件和网页。', 'pptx package');
  }
  if (zip.has('content.xml') && zip.has('mimetype')) {
    throw new GaojiangError('invalid-input', '这不是 Word 文档（.docx）：它是 OpenDocument 文档（.odt 等）。请在 WPS 或 LibreOffice 中“另存为” .docx 后再导入。', 'OpenDocument package');
  }
  throw new GaojiangError('invalid-input', '这不是 Word 文档（.docx）：文件是一个压缩包，但里面没有 Word 文档的正文。', `zip without a main document part: ${zip.names().slice(0, 10).join(', ')}`);
}
