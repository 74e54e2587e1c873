import { AppShell } from './app/AppShell.js';

/** The renderer's root; the shell (renderer/src/app) holds the workflow, the editor fills its document area. */
export function App() {
  return <AppShell />;
}
