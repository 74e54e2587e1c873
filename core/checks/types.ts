import type { Draft, HeadingLevel, NumberStyle, NumberingScheme } from '../model/schema.js';
import type { Template } from '../templates/schema.js';
import type { BlockView } from './block-view.js';
import type { CanonicalTermRule } from './terms/rules.js';
import type { RedundancyRule } from './words/redundancy-rules.js';

/**
 * 写作体检: what a careful reviewer would mark in a draft. Every check is a
 * pure function of a prepared context; the registry runs them all.
 */
export const FINDING_KINDS = ['编号结构', '标点符号', '规范表述', '用词', '标题对仗', '篇幅时长', '重复', '引文', '模板要求'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Chinese names of the severities, as the CLI and the UI show them. */
export const SEVERITY_NAMES: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/**
 * Where a finding is: a block and a range of its text. Offsets count UTF-16
 * units in the block's leaves concatenated (the text of quote elements
 * included, without the “” the renderer adds, and without the derived label).
 */
export interface FindingLocation {
  block: number;
  start: number;
  end: number;
}

/**
 * Replace `[start, end)` of a block's text with `text`. `expected` is what
 * the range held when the check ran and `blockHash` a fingerprint of the
 * whole block then: an edit made for a block that has changed since
 * is stale and is skipped. That keeps a finding from an older check run
 * from corrupting newer text, and makes applying the same findings twice
 * the same as applying them once.
 */
export interface TextEdit {
  block: number;
  start: number;
  end: number;
  text: string;
  expected: string;
  blockHash?: string;
}

/** One fix: applied whole or not at all. `blockHash` as in TextEdit: the block the fix was made for. */
export type Fix =
  /** Mechanical text edits (all in one block). */
  | { type: 'edit'; edits: TextEdit[] }
  /**
   * Turn a block into another type, optionally removing a literal number
   * first (`strip`). A paragraph becoming a point gets its first sentence
   * marked as the lead clause; becoming a heading, a long first line is split
   * into the heading and a body paragraph, as the plain-text import does.
   */
  | { type: 'convert-block'; block: number; from: BlockKind; to: BlockKind; level?: HeadingLevel; strip?: TextEdit; blockHash?: string }
  /** Move headings to other levels (a skipped level: 一、 followed by 1.). */
  | { type: 'set-heading-levels'; changes: { block: number; from: HeadingLevel; to: HeadingLevel; blockHash?: string }[] }
  /** Number one level of the whole draft in another style. */
  | { type: 'set-numbering'; level: keyof NumberingScheme; from: NumberStyle; to: NumberStyle };

export type BlockKind = 'paragraph' | 'point' | 'heading';

export interface Finding {
  /** Stable id of what was found, e.g. 'punct.half-width-comma'. */
  id: string;
  kind: FindingKind;
  severity: Severity;
  /** One line of Chinese. */
  message: string;
  /** A longer explanation for a tooltip (the rule's reason or source), if any. */
  detail?: string;
  location: FindingLocation;
  /** The text around the location as a reader sees it (for lists). */
  excerpt: string;
  fix?: Fix;
  /** True when the fix is mechanical and safe to apply with 全部修正 / --fix. */
  fixAll?: boolean;
}

export interface CheckOptions {
  /** The draft's template: enables the length and time checks. */
  template?: Template;
  /** 规范表述 rules; the built-in set when absent. */
  canonicalTerms?: readonly CanonicalTermRule[];
  /** 重复赘余 rules; the built-in set when absent. */
  redundancyRules?: readonly RedundancyRule[];
  /** A phrase used more than this many times in one article is reported (default 4). */
  phraseRepeatLimit?: number;
  /**
   * At most this many findings of one id are returned (default 1,000): a
   * pasted text repeating one mistake 100,000 times gets a list a person can
   * use, in bounded time. 全部修正 lifts the limit.
   */
  findingLimit?: number;
  /** Check ids (or id prefixes such as 'repeat.') to leave out. */
  disabled?: readonly string[];
  /** Findings made elsewhere (the quotation verifier), shown in the same list. */
  externalFindings?: readonly unknown[];
}

/**
 * What a check may look at. Checks report offsets in each view's reader
 * text (quote elements with their “”); the runner maps them to leaf offsets.
 */
export interface CheckContext {
  draft: Draft;
  views: readonly BlockView[];
  labels: readonly string[];
  /** Index of the title block that starts each block's article (a compilation has several). */
  articleOf: readonly number[];
  template: Template | undefined;
  canonicalTerms: readonly CanonicalTermRule[];
  redundancyRules: readonly RedundancyRule[];
  phraseRepeatLimit: number;
  /** Findings of one id past this many are dropped: a check may stop looking once it has found this many. */
  findingLimit: number;
}

/** A finding as a check reports it: offsets in reader text, excerpt added by the runner. */
export type RawFinding = Omit<Finding, 'excerpt'>;

export interface WritingCheck {
  /** Names the check; its findings' ids start with it. */
  name: string;
  run: (context: CheckContext) => RawFinding[];
}
