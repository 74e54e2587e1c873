import type { Template } from '../../../core/templates/schema.js';

export interface TemplateListEntry {
  template: Template;
  builtIn: boolean;
}

/**
 * The templates matching what the user typed: every space-separated term
 * must occur in the name, the genre or the description (case-insensitive
 * for Latin letters). An empty query matches all, in the given order.
 */
export function searchTemplates<E extends TemplateListEntry>(entries: readonly E[], query: string): E[] {
  const terms = query.toLowerCase().split(/[\s\u3000]+/).filter(Boolean);
  if (terms.length === 0) return [...entries];
  return entries.filter(({ template }) => {
    const haystack = `${template.name}\n${template.genre}\n${template.description}`.toLowerCase();
    return terms.every((term) => haystack.includes(term));
  });
}
