import type { ServiceInput, ServiceName, ServiceOutput } from '../../core/services/contract.js';
import { decodeWire, encodeWire } from '../../core/services/wire-codec.js';
import type { WebHost } from '../../host/server.js';

/**
 * Calls one service of a running web host from the test process, as the
 * renderer would (POST /api/<name> with the token): for setting up a
 * workspace (a theme pack, quotations) before the page opens.
 */
export async function callService<N extends ServiceName>(host: WebHost, name: N, input: ServiceInput<N>): Promise<ServiceOutput<N>> {
  const response = await fetch(`${host.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Gaojiang-Token': host.token },
    body: JSON.stringify(encodeWire(input)),
  });
  const body = decodeWire(await response.json());
  if (!response.ok) throw new Error(`${name} failed: ${JSON.stringify(body)}`);
  return body as ServiceOutput<N>;
}
