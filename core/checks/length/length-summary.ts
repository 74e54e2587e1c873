import { draftStats, speakingMinutes } from '../../model/stats.js';
import type { Block } from '../../model/schema.js';
import { sectionName } from '../../templates/kinds.js';
import type { Template } from '../../templates/schema.js';

/**
 * Length against the template, for the checks and for the pre-export
 * summary: per section and in total, with the speaking time at the
 * template's rate. Characters are the app's one count (draftCharacters:
 * the body as Word counts 字数, without the title or the derived labels).
 */
export interface SectionLength {
  id: string;
  /** The section's heading text from the template, or its id. */
  name: string;
  /** First block of the section in the draft. */
  firstBlock: number;
  actual: number;
  target: number;
}

export interface LengthSummary {
  total: number;
  range: { min: number; max: number } | undefined;
  /** Characters per minute (the template's, else 240). */
  speakingRate: number;
  minutes: number;
  sections: SectionLength[];
}

export const DEFAULT_SPEAKING_RATE = 240;

export function lengthSummary(blocks: readonly Block[], template: Template | undefined): LengthSummary {
  const stats = draftStats(blocks);
  const speakingRate = template?.speakingRate ?? DEFAULT_SPEAKING_RATE;
  const sections: SectionLength[] = [];
  for (const section of template?.sections ?? []) {
    const firstBlock = blocks.findIndex((block) => 'section' in block && block.section === section.id);
    // A section the writer removed altogether is their choice, not a shortfall.
    if (firstBlock < 0 || section.targetLength === 0) continue;
    sections.push({
      id: section.id,
      name: sectionName(section),
      firstBlock,
      actual: stats.bySection[section.id] ?? 0,
      target: section.targetLength,
    });
  }
  return {
    total: stats.total,
    range: template?.targetLength,
    speakingRate,
    minutes: speakingMinutes(stats.total, speakingRate),
    sections,
  };
}
