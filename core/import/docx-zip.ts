import { Inflate } from 'fflate';
import { GaojiangError } from '../errors.js';

/**
 * A zip reader that inflates only what is asked for and counts the bytes it
 * actually inflates. A .docx is a zip; a hostile one can declare small
 * sizes and inflate to gigabytes (a “zip bomb”), so declared sizes are
 * used only to refuse early, never trusted: every entry is inflated in
 * small steps and stopped as soon as it passes its cap or the whole file
 * passes the total cap.
 */
export interface ZipLimits {
  /** Entries in the central directory. */
  maxEntries: number;
  /** Bytes one entry may inflate to. */
  maxEntryBytes: number;
  /** Bytes all entries read may inflate to together. */
  maxTotalBytes: number;
}

/**
 * Set from what the reader can handle, not from what a zip can hold: mammoth
 * reads at most MAX_DOCX_XML_ELEMENTS (docx-reader.ts) elements, which even
 * with heavy formatting (~100 bytes an element) is some 20 MB of XML; a
 * 1,000-page report's document.xml is about that size. Inflating 32 MB takes
 * ~0.2 s, so a bomb (60 MB of runs in a 165 KB file) is refused at once.
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxEntryBytes: 32 * 1024 * 1024,
  maxTotalBytes: 64 * 1024 * 1024,
};

interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  declaredSize: number;
  localHeaderOffset: number;
}

/** Compressed bytes handed to the inflater per step: at most ~1,000× that comes out of one step. */
const INFLATE_STEP = 16 * 1024;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

export const notAZip = (detail: string): GaojiangError =>
  new GaojiangError('invalid-input', '这不是 Word 文档（.docx）：文件不是有效的 .docx 格式，可能已损坏。', `not a zip: ${detail}`);

const tooLarge = (detail: string): GaojiangError =>
  new GaojiangError(
    'file-too-large',
    '这份 Word 文档解压后的内容异常巨大（超过安全上限），可能是恶意文件，已拒绝导入。',
    `zip inflation cap: ${detail}`,
  );

export class SafeZip {
  private readonly entries: Map<string, ZipEntry>;
  private inflatedTotal = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  ) {
    this.entries = readCentralDirectory(bytes, limits);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The entry's inflated bytes; throws a GaojiangError past a cap, for an encrypted entry or a damaged one. */
  read(name: string): Uint8Array {
    const entry = this.entries.get(name);
    if (!entry) throw notAZip(`no entry ${name}`);
    if (entry.encrypted) {
      throw new GaojiangError('invalid-input', '这份 Word 文档设置了密码保护，请在 Word 或 WPS 中取消密码后再导入。', `encrypted zip entry ${name}`);
    }
    if (entry.declaredSize > this.limits.maxEntryBytes || this.inflatedTotal + entry.declaredSize > this.limits.maxTotalBytes) {
      throw tooLarge(`${name} declares ${entry.declaredSize} bytes`);
    }
    const data = this.compressedData(entry);
    if (entry.method === 0) {
      this.count(name, data.length, data.length);
      return data.slice();
    }
    if (entry.method !== 8) throw notAZip(`${name} uses compression method ${entry.method}`);
    return this.inflate(name, data);
  }

  private count(name: string, entryBytes: number, added: number): void {
    this.inflatedTotal += added;
    if (entryBytes > this.limits.maxEntryBytes) throw tooLarge(`${name} inflates past ${this.limits.maxEntryBytes} bytes`);
    if (this.inflatedTotal > this.limits.maxTotalBytes) throw tooLarge(`total inflates past ${this.limits.maxTotalBytes} bytes`);
  }

  private inflate(name: string, data: Uint8Array): Uint8Array {
    const chunks: Uint8Array[] = [];
    let size = 0;
    // Throwing from the handler stops fflate mid-stream: no more than one step's output is ever held past the cap.
    const inflater = new Inflate((chunk) => {
      size += chunk.length;
      this.count(name, size, chunk.length);
      chunks.push(chunk);
    });
    try {
      for (let offset = 0; offset < data.length; offset += INFLATE_STEP) {
        inflater.push(data.subarray(offset, offset + INFLATE_STEP), offset + INFLATE_STEP >= data.length);
      }
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (error) {
      if (error instanceof GaojiangError) throw error;
      throw notAZip(`${name} does not inflate: ${(error as Error).message}`);
    }
    const out = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }

  private compressedData(entry: ZipEntry): Uint8Array {
    const at = entry.localHeaderOffset;
    if (at + 30 > this.bytes.length || u32(this.bytes, at) !== LOCAL_HEADER) throw notAZip(`bad local header for ${entry.name}`);
    const start = at + 30 + u16(this.bytes, at + 26) + u16(this.bytes, at + 28);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw notAZip(`${entry.name} runs past the end of the file`);
    return this.bytes.subarray(start, end);
  }
}

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  // The record is 22 bytes plus a comment of up to 65,535 bytes, at the very end.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (u32(bytes, at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw notAZip('no end of central directory');
}

function readCentralDirectory(bytes: Uint8Array, limits: ZipLimits): Map<string, ZipEntry> {
  const eocd = findEndOfCentralDirectory(bytes);
  const count = u16(bytes, eocd + 10);
  const offset = u32(bytes, eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    throw new GaojiangError('invalid-input', '这份文档使用了稿匠不支持的 ZIP64 格式，请在 Word 或 WPS 中另存为 .docx 后再导入。', 'zip64 archive');
  }
  if (count > limits.maxEntries) throw tooLarge(`${count} entries`);
  const entries = new Map<string, ZipEntry>();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL_HEADER) throw notAZip(`bad central header ${i}`);
    const flags = u16(bytes, at + 8);
    const nameLength = u16(bytes, at + 28);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    // Part names in a .docx are ASCII; a byte-wise decoding keeps this free of text decoders.
    const name = String.fromCharCode(...nameBytes);
    entries.set(name, {
      name,
      method: u16(bytes, at + 10),
      encrypted: (flags & 1) === 1,
      compressedSize: u32(bytes, at + 20),
      declaredSize: u32(bytes, at + 24),
      localHeaderOffset: u32(bytes, at + 42),
    });
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}
