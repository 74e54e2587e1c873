import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftLengthSummary, runChecks } from '../../core/checks/index.js';
import type { Block, Draft } from '../../core/model/schema.js';
import { parseTemplate } from '../../core/templates/load.js';
import { instantiateTemplate } from '../../core/templates/instantiate.js';
import { REPO_ROOT } from '../support/corpus.js';

const template = parseTemplate('yantao-fayan-sandian.json', readFileSync(path.join(REPO_ROOT, 'templates/yantao-fayan-sandian.json'), 'utf8'));
const lengthFindings = (draft: Draft) => runChecks(draft, { template }).filter((f) => f.kind === '篇幅时长');

/** The template's draft with each section's blocks filled to `chars` characters (per point for the points). */
function filled(chars: Record<string, number>): Draft {
  const draft = instantiateTemplate(template, { theme: '学习“千万工程”经验' });
  const fill = (n: number) => '学'.repeat(Math.max(0, n - 1)) + '。';
  const children = draft.children.map((block): Block => {
    if (block.type !== 'paragraph' && block.type !== 'point' && block.type !== 'closing') return block;
    const n = chars[block.section ?? ''] ?? 0;
    return { ...block, children: [{ text: n > 0 ? fill(n) : '' }] };
  });
  return { ...draft, children };
}

describe('篇幅时长', () => {
  it('is quiet when every section is near its target and the total in range', () => {
    // 开头 250, three points of 500 (their labels 一是 are not counted), 结尾 200.
    const draft = filled({ kaitou: 250, sandian: 500, jiewei: 200 });
    expect(lengthFindings(draft)).toEqual([]);
    const summary = draftLengthSummary(draft, { template });
    expect(summary.minutes).toBe(Math.round(summary.total / 240));
    expect(summary.sections.map((s) => [s.id, s.actual, s.target])).toEqual([
      ['kaitou', 250, 250],
      ['sandian', 1500, 1500],
      ['jiewei', 200, 200],
    ]);
  });

  it('gives a hint beyond ±20 % and a warning beyond ±50 % or for an empty section', () => {
    const draft = filled({ kaitou: 350, sandian: 500, jiewei: 0 });
    const found = lengthFindings(draft).filter((f) => f.id === 'length.section');
    expect(found.map((f) => [f.severity, f.message])).toEqual([
      ['info', '“开头”部分约350字，偏长（建议约250字）'],
      ['warning', '“结尾”部分还没有写（建议约200字）'],
    ]);
  });

  it('warns when the total is outside the range, with the speaking time', () => {
    const draft = filled({ kaitou: 900, sandian: 900, jiewei: 700 });
    const [total] = lengthFindings(draft).filter((f) => f.id === 'length.total');
    const { total: chars } = draftLengthSummary(draft, { template });
    expect(chars).toBe(900 + 3 * 900 + 700); // the body only: no title, no 一是 labels
    expect(total?.message).toBe(`全文约${chars}字，超出建议的1500—2500字；按每分钟240字计，约讲18分钟（建议6—10分钟）`);
    expect(total?.location.block).toBe(0);
  });

  it('needs a template', () => {
    expect(runChecks(filled({ kaitou: 10 })).filter((f) => f.kind === '篇幅时长')).toEqual([]);
  });
});
