import type { Editor } from 'slate';
import type { Block } from '../../../../core/model/schema.js';
import type { Template } from '../../../../core/templates/schema.js';
import { analyseDraft, type CharCountCache, type DraftAnalysis } from '../model/analysis.js';
import { placeholderFor } from '../model/placeholders.js';

/**
 * Holds the analysis of the current blocks (labels, counts) and recomputes
 * it once per change, before slate-react re-renders. Each block element
 * subscribes to its own label and placeholder, so a keystroke re-renders the
 * edited block and only those whose label actually changed.
 */
export interface AnalysisStore {
  get(): DraftAnalysis;
  template(): Template | null;
  setTemplate(template: Template | null): void;
  subscribe(listener: () => void): () => void;
  labelOf(block: Block): string;
  placeholderOf(block: Block): string;
}

export function createAnalysisStore(editor: Editor, initialTemplate: Template | null): AnalysisStore {
  const cache: CharCountCache = new WeakMap();
  const listeners = new Set<() => void>();
  let template = initialTemplate;
  let analysis = analyseDraft(editor.children as Block[], editor.numbering, cache);
  const notify = (): void => listeners.forEach((listener) => listener());

  const { onChange } = editor;
  editor.onChange = (options) => {
    if (editor.children !== analysis.blocks || editor.numbering !== analysis.numbering) {
      analysis = analyseDraft(editor.children as Block[], editor.numbering, cache);
      notify();
    }
    onChange(options);
  };

  return {
    get: () => analysis,
    template: () => template,
    setTemplate(next) {
      if (next === template) return;
      template = next;
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    labelOf: (block) => analysis.labels[analysis.indexOf.get(block) ?? -1] ?? '',
    placeholderOf(block) {
      const index = analysis.indexOf.get(block);
      return index === undefined ? '' : placeholderFor(block, index, analysis.blocks, template);
    },
  };
}
