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

/**
 * Built-in templates in the order people reach for them (the most common
 * genre first, so it is selected and previewed when the wizard opens, and
 * visible without scrolling on a 1366×768 screen), then the user's own in
 * the order given. The service lists built-ins by file name (dangke-… first).
 */
const BUILT_IN_ORDER = [
  'yantao-fayan-sandian',
  'xuexi-xinde',
  'dangke-jianggao',
  'duizhao-jiancha',
  'dushuban-jiaoliu',
  'xuanjiang-gao',
  'diaoyan-baogao',
  'zhuti-jiaoyu-zongjie',
];

export function orderTemplates<E extends TemplateListEntry>(entries: readonly E[]): E[] {
  const rank = (entry: E): number => {
    if (!entry.builtIn) return BUILT_IN_ORDER.length + 1;
    const index = BUILT_IN_ORDER.indexOf(entry.template.id);
    return index === -1 ? BUILT_IN_ORDER.length : index;
  };
  // Array.prototype.sort is stable: equal ranks keep the service's order.
  return [...entries].sort((a, b) => rank(a) - rank(b));
}
