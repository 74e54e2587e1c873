import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { insideFolderPolicy } from '../core/node/file-system.js';
import { createNodeServiceImplementation, findTemplatesDir, type NodeServiceImplementation } from '../core/node/services.js';
import type { ServiceImplementation } from '../core/services/contract.js';
import { API_PREFIX, handleApiRequest, type ApiContext } from './api.js';
import { sendText } from './http-utils.js';
import { hostIsAllowed, originIsAllowed } from './request-guards.js';
import { setSecurityHeaders } from './security-headers.js';
import { serveStaticFile } from './static-files.js';
import { createToken } from './token.js';

export interface WebHostOptions {
  /** Files inside this folder may be read and written through the services; relative paths resolve here. */
  workspace: string;
  /** The built renderer (dist/renderer); nothing outside it is served. */
  rendererDir: string;
  /** 0 or absent: a free port chosen by the system. */
  port?: number;
  /** English log lines; stderr by default. */
  log?: (line: string) => void;
  /** For tests: replaces the implementation built from the workspace. */
  implementation?: ServiceImplementation;
  /** For tests: shorter limits than REQUEST_TIMEOUTS. */
  timeouts?: RequestTimeouts;
}

export interface RequestTimeouts {
  /** Milliseconds for a request's headers to arrive. */
  headersMs: number;
  /** Milliseconds for a whole request, body included, to arrive. */
  requestMs: number;
}

/**
 * A client on this machine sends a 50 MB import in well under a second; a
 * request whose headers or body trickle in holds a connection for nothing
 * (Node's default is 300 s), so it is cut off with 408.
 */
export const REQUEST_TIMEOUTS: RequestTimeouts = { headersMs: 10_000, requestMs: 30_000 };

export interface WebHost {
  /** The address to open, token included: http://127.0.0.1:PORT/#token=… */
  url: string;
  origin: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

/** Starts the web host on 127.0.0.1 only. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const rendererDir = path.resolve(options.rendererDir);
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`renderer not built: ${rendererDir}/index.html is missing (run npm run build)`);
  }
  const log = options.log ?? ((line: string) => process.stderr.write(`[gaojiang-host] ${line}\n`));
  const workspace = path.resolve(options.workspace);
  const token = createToken();
  const owned = options.implementation ? undefined : workspaceServices(workspace);
  const api: ApiContext = { implementation: owned ?? (options.implementation as ServiceImplementation), token, log };

  let port = 0;
  const timeouts = options.timeouts ?? REQUEST_TIMEOUTS;
  const server = createServer(
    {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      // How often Node looks for requests past those limits (30 s by default, which would double them).
      connectionsCheckingInterval: Math.min(1_000, timeouts.headersMs),
    },
    (request, response) => {
      handleRequest(request, response, port, rendererDir, api).catch((error: unknown) => {
        log(`unhandled: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        if (!response.headersSent) sendText(response, 500, 'Internal error');
        else response.destroy();
      });
    },
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    port,
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      // After the last request: the 金句库 is checkpointed and closed (no -wal file left behind).
      await owned?.close();
    },
  };
}

/** The workspace is the library folder: drafts, own templates and recovery copies live in it. */
function workspaceServices(workspace: string): NodeServiceImplementation {
  return createNodeServiceImplementation({
    policy: insideFolderPolicy(workspace),
    baseFolder: workspace,
    libraryDir: workspace,
    templatesDir: findTemplatesDir(fileURLToPath(import.meta.url)),
    trackRecent: true,
  });
}

async function handleRequest(
  request: IncomingMessage,
  response: ServerResponse,
  port: number,
  rendererDir: string,
  api: ApiContext,
): Promise<void> {
  setSecurityHeaders(response);
  if (!hostIsAllowed(request, port)) {
    api.log(`refused request for host ${JSON.stringify(request.headers.host ?? '').slice(0, 100)}`);
    sendText(response, 403, 'Forbidden host');
    return;
  }
  const rawUrl = request.url ?? '';
  // Origin-form only ("/path?query"); absolute-form or "//x" request targets are refused.
  if (!rawUrl.startsWith('/') || rawUrl.startsWith('//')) {
    sendText(response, 400, 'Bad request');
    return;
  }
  const pathname = rawUrl.split(/[?#]/, 1)[0] ?? '/';

  if (pathname.startsWith(API_PREFIX)) {
    if (!originIsAllowed(request, port)) {
      api.log(`refused cross-origin API call from ${String(request.headers.origin).slice(0, 100)}`);
      sendText(response, 403, 'Forbidden origin');
      return;
    }
    await handleApiRequest(request, response, pathname, api);
    return;
  }

  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    sendText(response, 405, 'Method not allowed');
    return;
  }
  if (!(await serveStaticFile(rendererDir, pathname, response, request.method === 'HEAD'))) {
    sendText(response, 404, 'Not found');
  }
}
