import type { BaseEditor } from 'slate';
import type { HistoryEditor } from 'slate-history';
import type { ReactEditor } from 'slate-react';
import type { NumberedLevel } from '../../../core/model/numbering.js';
import type { Block, NumberStyle, NumberingScheme, QuoteInline, TextLeaf } from '../../../core/model/schema.js';

/**
 * The draft's numbering lives on the editor (not in the Slate tree) so a
 * style change can share the undo history with text edits (with-numbering.ts).
 */
export interface NumberingEditor {
  numbering: NumberingScheme;
  setNumberingStyle(level: NumberedLevel, style: NumberStyle): void;
}

export type DraftEditor = BaseEditor & ReactEditor & HistoryEditor & NumberingEditor;

/** The editor's elements are exactly the draft model's blocks and inlines, so the value is saved as-is. */
export type DraftElement = Block | QuoteInline;

declare module 'slate' {
  interface CustomTypes {
    Editor: DraftEditor;
    Element: DraftElement;
    Text: TextLeaf;
  }
}

export type { Block, QuoteInline, TextLeaf };
