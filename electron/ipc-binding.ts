import { GaojiangError } from '../core/errors.js';
import { SERVICE_NAME_LIST } from '../core/services/names.js';
import { serviceChannel, type IpcResult } from '../core/services/bridge.js';
import type { ServiceImplementation } from '../core/services/contract.js';
import { dispatchService } from '../core/services/dispatch.js';
import { wrapForIpc } from '../core/services/ipc-result.js';
import type { SenderEvent } from './sender-check.js';

/** The part of Electron's ipcMain used here, so the binding can be tested with a fake. */
export interface IpcHandleTarget<E extends SenderEvent = SenderEvent> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<unknown>): void;
}

export interface BindingContext {
  isTrusted: (event: SenderEvent) => boolean;
  log: (line: string) => void;
}

export const UNTRUSTED_SENDER_RESULT: IpcResult<never> = {
  ok: false,
  error: { code: 'unauthorized', userMessage: '此页面无权使用稿匠的功能。' },
};

/** Registers one handler that checks the sender, then runs `run` and wraps its outcome. */
export function handleTrusted<E extends SenderEvent, T>(
  ipc: IpcHandleTarget<E>,
  channel: string,
  context: BindingContext,
  run: (event: E, args: unknown[]) => Promise<T>,
): void {
  ipc.handle(channel, async (event, ...args) => {
    if (!isTrustedSafely(context, event)) {
      context.log(`${channel}: refused call from ${String((event as Partial<SenderEvent> | undefined)?.senderFrame?.url).slice(0, 200)}`);
      return UNTRUSTED_SENDER_RESULT;
    }
    return wrapForIpc(
      () => run(event, args),
      (error) => context.log(`${channel}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
    );
  });
}

/** A check that throws (a malformed event) refuses, like one that answers no. */
function isTrustedSafely(context: BindingContext, event: SenderEvent): boolean {
  try {
    return context.isTrusted(event);
  } catch {
    return false;
  }
}

/**
 * `gaojiang:<name>` for every operation, each straight into dispatchService
 * (which validates the argument with the contract's schema). The preload
 * sends exactly one argument; a call with more is not ours.
 */
export function bindServices(ipc: IpcHandleTarget, implementation: ServiceImplementation, context: BindingContext): void {
  for (const name of SERVICE_NAME_LIST) {
    handleTrusted(ipc, serviceChannel(name), context, async (_event, args) => {
      if (args.length > 1) throw new GaojiangError('invalid-input', '请求参数格式不正确。', `${name}: called with ${args.length} arguments`);
      return dispatchService(implementation, name, args[0]);
    });
  }
}
