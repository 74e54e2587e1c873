import { describe, expect, it } from 'vitest';
import { FindingSchema, locateQuoteElements, runChecks, summarizeFindings } from '../../core/checks/index.js';
import { draftOf, para, quote, title } from '../fixtures/checks/build.js';

const draft = draftOf([title('体会'), para('总书记强调，', quote('民之所忧，我必念之'), '。要牢记。')]);

describe('external findings (the quotation verifier)', () => {
  it('locates quote elements in the findings’ offsets', () => {
    expect(locateQuoteElements(draft)).toEqual([
      { block: 1, inline: 1, quoteId: undefined, speaker: '习近平', source: undefined, text: '民之所忧，我必念之', start: 6, end: 15 },
    ]);
  });

  it('shows them in the same list, kind 引文 by default, with an excerpt', () => {
    const [where] = locateQuoteElements(draft);
    const external = { id: 'quote.unverified', severity: 'warning', message: '引文未核对出处', location: { block: where!.block, start: where!.start, end: where!.end } };
    const findings = runChecks(draft, { externalFindings: [external] });
    expect(findings).toEqual([{ ...external, kind: '引文', excerpt: '总书记强调，“民之所忧，我必念之”。要牢记。' }]);
    expect(FindingSchema.safeParse(findings[0]).success).toBe(true);
    expect(summarizeFindings(findings).byKind).toEqual({ 引文: 1 });
  });

  it('drops what does not validate or points outside the draft', () => {
    const bad = [
      { id: 'x', severity: 'fatal', message: 'm', location: { block: 1, start: 0, end: 1 } },
      { id: 'x', severity: 'info', message: 'm', location: { block: 9, start: 0, end: 1 } },
      { id: 'x', severity: 'info', message: 'm', location: { block: 1, start: 0, end: 99 } },
      'not a finding',
    ];
    expect(runChecks(draft, { externalFindings: bad })).toEqual([]);
  });

  it('can be switched off like any check', () => {
    expect(runChecks(draftOf([title('体会'), para('学习,贯彻')]), { disabled: ['punct.'] })).toEqual([]);
  });
});
