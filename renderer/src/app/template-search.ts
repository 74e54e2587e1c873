import { TEMPLATE_CATEGORIES, templateCategory, type TemplateCategory } from '../../../core/templates/kinds.js';
import type { Template } from '../../../core/templates/schema.js';

export interface TemplateListEntry {
  template: Template;
  builtIn: boolean;
}

/**
 * The templates matching what the user typed: every space-separated term
 * must occur in the name, the genre or the group (case-insensitive for
 * Latin letters); only when none does are the descriptions searched, so
 * “三点” finds the 三点式 template and not every description mentioning
 * three points. An empty query matches all, in the given order.
 */
export function searchTemplates<E extends TemplateListEntry>(entries: readonly E[], query: string): E[] {
  const terms = query.toLowerCase().split(/[\s\u3000]+/).filter(Boolean);
  if (terms.length === 0) return [...entries];
  const matching = (text: (template: Template) => string): E[] =>
    entries.filter(({ template }) => {
      const haystack = text(template).toLowerCase();
      return terms.every((term) => haystack.includes(term));
    });
  const byName = matching((template) => `${template.name}\n${template.genre}\n${templateCategory(template)}`);
  return byName.length > 0 ? byName : matching((template) => `${template.name}\n${template.genre}\n${template.description}`);
}

/** How often each template was used to start a draft, by id. */
export type TemplateUsage = Readonly<Record<string, number>>;

/** Most used first; equal counts keep the given order. */
export function byUsage<E extends TemplateListEntry>(entries: readonly E[], usage: TemplateUsage): E[] {
  return [...entries].sort((a, b) => (usage[b.template.id] ?? 0) - (usage[a.template.id] ?? 0));
}

export interface TemplateGroup<E> {
  /** Empty for the flat list of search results. */
  name: TemplateCategory | '常用' | '';
  entries: E[];
}

/** Up to this many templates the user has used are offered first, under 常用. */
const FREQUENT = 3;

/**
 * The wizard's list: the user's most used templates under 常用, then the
 * others in their groups (发言类, 检视类 …), most used first within each.
 * Every template is listed once; empty groups are left out.
 */
export function groupTemplates<E extends TemplateListEntry>(entries: readonly E[], usage: TemplateUsage): TemplateGroup<E>[] {
  const frequent = byUsage(entries, usage)
    .filter((entry) => (usage[entry.template.id] ?? 0) > 0)
    .slice(0, FREQUENT);
  const groups: TemplateGroup<E>[] = frequent.length > 0 ? [{ name: '常用', entries: frequent }] : [];
  for (const name of TEMPLATE_CATEGORIES) {
    const members = byUsage(
      entries.filter((entry) => templateCategory(entry.template) === name && !frequent.includes(entry)),
      usage,
    );
    if (members.length > 0) groups.push({ name, entries: members });
  }
  return groups;
}

/**
 * What the picker shows: the groups when nothing is typed, else the matches
 * most used first as one unnamed group; `options` is every entry shown, in
 * display order, for the keyboard.
 */
export function pickerList<E extends TemplateListEntry>(
  entries: readonly E[],
  query: string,
  usage: TemplateUsage,
): { groups: TemplateGroup<E>[]; options: E[] } {
  const groups = query.trim() === '' ? groupTemplates(entries, usage) : [{ name: '' as const, entries: byUsage(searchTemplates(entries, query), usage) }];
  const options = groups.flatMap((group) => group.entries);
  return { groups, options };
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
  'xuexi-guanche-jiaoliu',
  'zhuti-dangri-fayan',
  'jingshi-jiaoyu-guanhougan',
  'minzhu-shenghuohui-geren',
  'minzhu-shenghuohui-banzi',
  'shenghuohui-fayan-tigang',
  'jianshi-pouxi',
  'xianghu-piping',
  'yian-cugai-pouxi',
  'shuzhi-shuze-shulian',
  'zhibu-shuji-shuzhi',
  'sixiang-huibao',
  'rudang-shenqingshu',
  'zhuanzheng-shenqing',
  'lingdao-jianghua',
  'biaotai-fayan',
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
