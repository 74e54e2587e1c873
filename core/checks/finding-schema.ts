import { z } from 'zod';
import { HeadingLevelSchema, NumberStyleSchema } from '../model/schema.js';
import { FINDING_KINDS, SEVERITIES } from './types.js';

/**
 * Findings as data: for findings made elsewhere (the quotation verifier)
 * and for the --json output. External findings may leave out `kind`
 * (default 引文) and `excerpt` (filled in from the draft).
 */
const Offset = z.number().int().min(0);

export const TextEditSchema = z.strictObject({
  block: Offset,
  start: Offset,
  end: Offset,
  text: z.string().max(10_000),
  expected: z.string().max(10_000),
  blockHash: z.string().max(32).optional(),
});

const BlockKindSchema = z.enum(['paragraph', 'point', 'heading']);

export const FixSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('edit'), edits: z.array(TextEditSchema).min(1).max(1_000) }),
  z.strictObject({
    type: z.literal('convert-block'),
    block: Offset,
    from: BlockKindSchema,
    to: BlockKindSchema,
    level: HeadingLevelSchema.optional(),
    strip: TextEditSchema.optional(),
    blockHash: z.string().max(32).optional(),
  }),
  z.strictObject({
    type: z.literal('set-heading-levels'),
    changes: z.array(z.strictObject({ block: Offset, from: HeadingLevelSchema, to: HeadingLevelSchema, blockHash: z.string().max(32).optional() })).min(1).max(1_000),
  }),
  z.strictObject({
    type: z.literal('set-numbering'),
    level: z.enum(['heading1', 'heading2', 'heading3', 'heading4', 'point']),
    from: NumberStyleSchema,
    to: NumberStyleSchema,
  }),
]);

export const FindingSchema = z.strictObject({
  id: z.string().min(1).max(100),
  kind: z.enum(FINDING_KINDS),
  severity: z.enum(SEVERITIES),
  message: z.string().min(1).max(500),
  detail: z.string().max(2_000).optional(),
  location: z.strictObject({ block: Offset, start: Offset, end: Offset }),
  excerpt: z.string().max(500),
  fix: FixSchema.optional(),
  fixAll: z.boolean().optional(),
});

export const ExternalFindingSchema = FindingSchema.extend({
  kind: z.enum(FINDING_KINDS).default('引文'),
  excerpt: z.string().max(500).optional(),
});
