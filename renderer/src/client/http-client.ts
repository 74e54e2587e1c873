import { GaojiangError } from '../../../core/errors.js';
import type { ServiceName } from '../../../core/services/contract.js';
import { SERVICE_NAME_LIST } from '../../../core/services/names.js';
import { decodeWire, encodeWire } from '../../../core/services/wire-codec.js';
import { fromWireError, type WireError } from '../../../core/services/wire-error.js';
import type { AppClient, OpenedDraft, Services } from './app-client.js';
import { TransportError } from './app-client.js';
import { downloadBytes, downloadText, pickFile } from './browser-files.js';
import { DRAFT_FILE_ACCEPT } from './file-types.js';

/** Larger files are refused before reading them into memory (the services' own limit is the same). */
const MAX_OPEN_FILE_BYTES = 20 * 1024 * 1024;

const HOST_UNREACHABLE = '无法连接稿匠网页版服务。请确认启动它的命令行窗口仍在运行，然后重新打开它显示的地址。';
const BAD_RESPONSE = '稿匠网页版服务的回应无法识别，操作未完成。请刷新页面后重试。';

/** The client over HTTP to the web host: POST /api/<name> with the per-run token. */
export function createHttpClient(token: string): AppClient {
  const call = async (name: ServiceName, input: unknown): Promise<unknown> => {
    let response: Response;
    try {
      response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Gaojiang-Token': token },
        body: JSON.stringify(encodeWire(input)),
        cache: 'no-store',
        credentials: 'omit',
      });
    } catch (error) {
      throw new TransportError(HOST_UNREACHABLE, `${name}: fetch failed: ${String(error)}`);
    }
    let body: unknown;
    try {
      body = decodeWire(await response.json());
    } catch (error) {
      throw new TransportError(BAD_RESPONSE, `${name}: HTTP ${response.status}, body is not JSON: ${String(error)}`);
    }
    if (response.ok) return body;
    if (!isWireError(body)) throw new TransportError(BAD_RESPONSE, `${name}: HTTP ${response.status} without an error body`);
    throw fromWireError(body, name);
  };

  const services = Object.fromEntries(
    SERVICE_NAME_LIST.map((name) => [name, (input: unknown) => call(name, input)]),
  ) as Services;

  return {
    services,
    platform: {
      fileDialogs: 'in-app',
      uploadDraftFile: async (): Promise<OpenedDraft | null> => {
        const file = await pickFile(DRAFT_FILE_ACCEPT);
        if (!file) return null;
        if (file.size > MAX_OPEN_FILE_BYTES) {
          throw new GaojiangError('file-too-large', `“${file.name}”过大，无法打开。`, `upload of ${file.size} bytes refused`);
        }
        return services.parseDraft({ name: file.name, text: await file.text() });
      },
      saveExport: async (bytes, fileName) => {
        downloadBytes(bytes, fileName);
        return { saved: true, where: '浏览器的“下载”文件夹' };
      },
      printPages: async () => {
        window.print();
        return 'printed';
      },
      savePagesPdf: async () => {
        window.print();
        return 'browser-dialog';
      },
      saveTextFile: downloadText,
      pickLocalFile: pickFile,
      onMenuCommand: () => () => {},
    },
  };
}

function isWireError(value: unknown): value is WireError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as WireError).code === 'string' &&
    typeof (value as WireError).userMessage === 'string'
  );
}
