import { z } from 'zod';
import type { Editor } from 'slate';
import { BlockSchema, type Block } from '../../../../core/model/schema.js';
import { htmlToText, type HtmlSanitizer } from '../paste/html-to-text.js';
import { insertPastedBlocks, pastedTextToBlocks } from '../paste/insert-blocks.js';

/** What a paste or drop hands us (a DataTransfer in the browser). */
export interface ClipboardData {
  readonly types: readonly string[];
  getData(format: string): string;
}

/** Where slate-react puts copied nodes: base64 of the URI-encoded JSON. */
export const SLATE_FRAGMENT = 'application/x-slate-fragment';

const FragmentSchema = z.array(BlockSchema).min(1).max(20_000);

/**
 * Paste and drop: a fragment copied inside the editor goes in as Slate nodes
 * (if it is valid draft content; any web page can put one on the
 * clipboard); HTML is sanitised and read as text, never inserted as HTML;
 * plain text keeps its paragraphs and turns 一是/一、/（一） lines into
 * points and headings.
 */
export function withPaste<E extends Editor>(editor: E, sanitizer: HtmlSanitizer): E {
  editor.insertData = (data: ClipboardData) => {
    const fragment = data.types.includes(SLATE_FRAGMENT) ? decodeFragment(data.getData(SLATE_FRAGMENT)) : undefined;
    if (fragment) {
      editor.insertFragment(fragment);
      return;
    }
    const html = data.types.includes('text/html') ? htmlToText(data.getData('text/html'), sanitizer) : '';
    insertPastedBlocks(editor, pastedTextToBlocks(html || data.getData('text/plain')));
  };
  return editor;
}

export function decodeFragment(encoded: string): Block[] | undefined {
  try {
    const parsed = FragmentSchema.safeParse(JSON.parse(decodeURIComponent(atob(encoded))));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The inverse of decodeFragment, for tests. */
export function encodeFragment(blocks: readonly Block[]): string {
  return btoa(encodeURIComponent(JSON.stringify(blocks)));
}
