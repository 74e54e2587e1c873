/** The browser's localStorage, or null where it is disabled (policy, private windows): then nothing is remembered. */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
