import type { IncomingMessage, ServerResponse } from 'node:http';
import { GaojiangError, isGaojiangError } from '../core/errors.js';
import { MAX_DRAFT_FILE_BYTES } from '../core/model/migrate.js';
import { dispatchService, toWireError, type WireError } from '../core/services/dispatch.js';
import type { ServiceImplementation } from '../core/services/contract.js';
import { decodeWire, encodeWire } from '../core/services/wire-codec.js';
import { readBody, sendJson } from './http-utils.js';
import { TOKEN_HEADER, tokenMatches } from './token.js';

/**
 * The largest request body: a draft of MAX_DRAFT_FILE_BYTES characters, each
 * up to 3 bytes of UTF-8, plus JSON escaping headroom.
 */
export const MAX_REQUEST_BYTES = 3 * MAX_DRAFT_FILE_BYTES + 1024 * 1024;

export const API_PREFIX = '/api/';

export interface ApiContext {
  implementation: ServiceImplementation;
  token: string;
  log: (line: string) => void;
}

const UNAUTHORIZED: WireError = {
  code: 'unauthorized',
  userMessage: '访问凭据无效或已过期。请使用稿匠网页版启动时显示的完整地址重新打开。',
};

/** `POST /api/<serviceName>` with a JSON body → dispatchService → JSON. */
export async function handleApiRequest(
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
  context: ApiContext,
): Promise<void> {
  const name = pathname.slice(API_PREFIX.length);
  if (request.method !== 'POST') {
    response.setHeader('Allow', 'POST');
    sendJson(response, 405, { code: 'invalid-input', userMessage: '不支持的请求方式。' } satisfies WireError);
    return;
  }
  if (!tokenMatches(context.token, request.headers[TOKEN_HEADER])) {
    context.log(`api ${name}: rejected, missing or wrong token`);
    sendJson(response, 401, UNAUTHORIZED);
    return;
  }
  // A JSON content type cannot be sent cross-site without a CORS preflight, which we never answer.
  if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
    sendJson(response, 415, { code: 'invalid-input', userMessage: '请求格式不正确。' } satisfies WireError);
    return;
  }
  try {
    const text = await readBody(request, MAX_REQUEST_BYTES);
    const argument = text === '' ? undefined : parseWireJson(text);
    const result = await dispatchService(context.implementation, name, argument);
    sendJson(response, 200, encodeWire(result));
  } catch (error) {
    const status = isGaojiangError(error) ? 400 : 500;
    context.log(`api ${name.slice(0, 80)}: ${status} ${describeForLog(error)}`);
    sendJson(response, status, toWireError(error));
  }
}

function parseWireJson(text: string): unknown {
  try {
    return decodeWire(JSON.parse(text));
  } catch (error) {
    throw new GaojiangError('invalid-input', '请求内容不是有效的 JSON。', `request body is not JSON: ${(error as Error).message}`);
  }
}

function describeForLog(error: unknown): string {
  if (isGaojiangError(error)) return `${error.code}: ${error.message}`;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
