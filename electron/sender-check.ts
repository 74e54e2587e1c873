/**
 * Only our own page may call the services: the frame that sent an IPC
 * message must show our index.html from disk. Anything else (a page that
 * slipped past the navigation block, a devtools-injected frame) is refused.
 * Query and fragment are ignored; scheme, host and path must match exactly.
 */
export function isTrustedSenderUrl(frameUrl: string | undefined, indexUrl: string): boolean {
  if (!frameUrl) return false;
  try {
    const actual = new URL(frameUrl);
    const expected = new URL(indexUrl);
    return (
      actual.protocol === 'file:' &&
      expected.protocol === 'file:' &&
      actual.host === expected.host &&
      actual.pathname === expected.pathname
    );
  } catch {
    return false;
  }
}

/** The part of Electron's IpcMainInvokeEvent the check needs (keeps this testable without Electron). */
export interface SenderEvent {
  /** `parent` is null for a window's top frame (absent in tests' fakes, which model top frames). */
  senderFrame: { url: string; parent?: unknown } | null;
}

/** Our page's top frame only: a frame inside it (our page has none) is not trusted even with our URL. */
export function senderCheck(indexUrl: string): (event: SenderEvent) => boolean {
  return (event) => {
    const frame = event.senderFrame;
    return frame !== null && (frame.parent === null || frame.parent === undefined) && isTrustedSenderUrl(frame.url, indexUrl);
  };
}
