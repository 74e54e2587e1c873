/**
 * The web host prints `http://127.0.0.1:PORT/#token=…`. The fragment never
 * leaves the browser; we read it once, keep it for this tab (so a reload
 * still works) and take it out of the address bar, history and screenshots.
 */
const STORAGE_KEY = 'gaojiang.token';

export function takeAccessToken(): string {
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromHash) {
    try {
      window.sessionStorage.setItem(STORAGE_KEY, fromHash);
    } catch {
      // Storage may be disabled; the token still works until the page reloads.
    }
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    return fromHash;
  }
  try {
    return window.sessionStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}
