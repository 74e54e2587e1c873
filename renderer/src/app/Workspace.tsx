// The document area under the top bar: the editor (outline, page, side panel, status bar).
export { DraftWorkspace as Workspace } from '../editor/DraftWorkspace.js';
