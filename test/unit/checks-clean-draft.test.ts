import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixAllMechanical, runChecks, WRITING_CHECKS } from '../../core/checks/index.js';
import { parseDraftJson } from '../../core/model/migrate.js';
import { REPO_ROOT } from '../support/corpus.js';
import { FIXTURES } from '../support/fixtures.js';

/** A proper 研讨发言: full-width punctuation, balanced quotes, a quotation, three parallel points. */
const CLEAN = path.join(REPO_ROOT, 'test/fixtures/checks/clean-speech.gaojiang.json');

describe('a clean draft', () => {
  it.each([
    ['the checks fixture', CLEAN],
    ['the three-point speech fixture', FIXTURES.threePointSpeech],
  ])('%s has no finding at all', (_, file) => {
    const draft = parseDraftJson(readFileSync(file, 'utf8'));
    expect(runChecks(draft)).toEqual([]);
  });

  it('is left exactly as it is by 全部修正', () => {
    const draft = parseDraftJson(readFileSync(CLEAN, 'utf8'));
    const result = fixAllMechanical(draft);
    expect(result.fixed).toEqual([]);
    expect(result.draft).toEqual(draft);
  });

  it('runs every check (each named once)', () => {
    const names = WRITING_CHECKS.map((check) => check.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeGreaterThanOrEqual(20);
  });
});
