import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDraftJson } from '../../core/model/migrate.js';
import { deriveLabels } from '../../core/model/numbering.js';
import { FIXTURES } from '../support/fixtures.js';

describe('the three-point speech fixture', () => {
  it('is a valid draft numbered 一是/二是/三是', () => {
    const draft = parseDraftJson(readFileSync(FIXTURES.threePointSpeech, 'utf8'));
    expect(deriveLabels(draft.children, draft.numbering).filter(Boolean)).toEqual(['一是', '二是', '三是']);
  });
});
