/** What the browser's file chooser offers for drafts (.gaojiang, older .json) and for templates. */
export const DRAFT_FILE_ACCEPT = '.gaojiang,.json,application/json';
export const TEMPLATE_FILE_ACCEPT = '.json,application/json';
