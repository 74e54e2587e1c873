import { deriveLabels } from '../model/numbering.js';
import type { Draft } from '../model/schema.js';
import { viewBlock } from './block-view.js';
import { builtInCanonicalTerms } from './terms/rules.js';
import type { CheckContext, CheckOptions } from './types.js';
import { builtInRedundancyRules } from './words/redundancy-rules.js';

export const DEFAULT_PHRASE_REPEAT_LIMIT = 4;
/** At most this many findings of one id by default (see CheckOptions.findingLimit). */
export const DEFAULT_FINDING_LIMIT = 1_000;

/** Everything the checks share, computed once per run. */
export function buildCheckContext(draft: Draft, options: CheckOptions = {}): CheckContext {
  const articleOf: number[] = [];
  let article = -1;
  draft.children.forEach((block, i) => {
    if (block.type === 'title') article = i;
    articleOf.push(article);
  });
  return {
    draft,
    views: draft.children.map(viewBlock),
    labels: deriveLabels(draft.children, draft.numbering),
    articleOf,
    template: options.template,
    canonicalTerms: options.canonicalTerms ?? builtInCanonicalTerms(),
    redundancyRules: options.redundancyRules ?? builtInRedundancyRules(),
    phraseRepeatLimit: options.phraseRepeatLimit ?? DEFAULT_PHRASE_REPEAT_LIMIT,
    findingLimit: options.findingLimit ?? DEFAULT_FINDING_LIMIT,
  };
}
