import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useSlateStatic } from 'slate-react';
import { summarizeFindings } from '../../../../core/checks/summary.js';
import { deriveLabels } from '../../../../core/model/numbering.js';
import { SEVERITIES, SEVERITY_NAMES, type Finding, type FindingKind, type Severity } from '../../../../core/checks/types.js';
import type { Block } from '../../../../core/model/schema.js';
import { agreementText, sourceLine } from '../../../../core/quotes/source-line.js';
import { EMPTY_QUOTE_FIELDS, type QuoteDraftFields } from '../quotes/quote-logic.js';
import { useChecks, useChecksStore } from './checks-context.js';
import { selectFinding } from './finding-marks.js';
import { blockPlace, excerptAround, groupFindings, isMechanical, kindName, type FindingGroup } from './finding-view.js';
import { locationKey, QUOTE_FINDING_IDS, type QuoteCheckDetail, type VerifiedQuote } from './quote-findings.js';
import '../quotes/quotes.css';
import './checks.css';

interface ChecksTabProps {
  /** 加入金句库: opens the 金句 tab's 添加金句 form with these fields. */
  onAddQuote(fields: QuoteDraftFields): void;
}

const QUOTE_KIND: FindingKind = '引文';
/** A group lists this many at first: a pasted draft can have hundreds, and drawing them all would make typing stutter. */
const FIRST_SHOWN = 20;

/**
 * 体检: the findings grouped by kind with counts, each with where it is
 * (click to select it in the page), one line of explanation, 修正 and 忽略;
 * 全部修正 per group and for the whole draft (mechanical fixes only).
 * Quotation findings (引文核校) come in the same list, with their diff.
 */
export function ChecksTab({ onAddQuote }: ChecksTabProps) {
  const store = useChecksStore();
  const state = useChecks();
  // Opening the tab checks at once (a quotation just added to the library is ✓ now).
  useEffect(() => void store.refresh(), [store]);

  const editor = useSlateStatic();
  // Labels of the checked blocks (not the live ones): they change when the findings do, not per keystroke.
  const labels = useMemo(() => deriveLabels(state.blocks, editor.numbering), [state.blocks, editor.numbering]);
  const placeOf = (index: number): string => blockPlace(state.blocks, labels, index);
  const groups = groupFindings(state.findings);
  const summary = summarizeFindings(state.findings);
  const quoteGroupShown = groups.some((group) => group.kind === QUOTE_KIND);
  return (
    <div className="ck">
      <div className="ck-head">
        <p className="ck-summary" role="status">
          {summary.total === 0 ? (
            <span className="ck-clean">未发现问题</span>
          ) : (
            <>
              共 <strong>{summary.total}</strong> 处：{severityCounts(summary.bySeverity)}
            </>
          )}
        </p>
        {summary.fixable > 0 && (
          <button type="button" className="qt-button primary" title="修正标点全半角、省略号等机械问题；可按 Ctrl+Z 撤销" onClick={() => store.fixAll()}>
            全部修正（{summary.fixable}）
          </button>
        )}
      </div>
      <VerifyStatus verify={state.verify} />
      {groups.map((group) => (
        <GroupSection key={group.kind} group={group} blocks={state.blocks} placeOf={placeOf} details={state.quoteDetails} onAddQuote={onAddQuote}>
          {group.kind === QUOTE_KIND && <VerifiedList quotes={state.verifiedQuotes} />}
        </GroupSection>
      ))}
      {!quoteGroupShown && state.verifiedQuotes.length > 0 && (
        <section className="ck-group" aria-label={kindName(QUOTE_KIND)}>
          <h3 className="ck-group-head">
            <span className="ck-group-name">{kindName(QUOTE_KIND)}</span>
          </h3>
          <VerifiedList quotes={state.verifiedQuotes} />
        </section>
      )}
    </div>
  );
}

function VerifyStatus({ verify }: { verify: 'pending' | 'running' | 'done' | 'unavailable' }) {
  if (verify === 'unavailable') return <p className="ck-note">金句库不可用，本次未核对引文。</p>;
  if (verify === 'pending') return <p className="ck-note">正在核对引文…</p>;
  return null;
}

interface GroupProps {
  group: FindingGroup;
  blocks: readonly Block[];
  placeOf(index: number): string;
  details: ReadonlyMap<string, QuoteCheckDetail>;
  onAddQuote(fields: QuoteDraftFields): void;
  children?: ReactNode;
}

function GroupSection({ group, blocks, placeOf, details, onAddQuote, children }: GroupProps) {
  const store = useChecksStore();
  const [showAll, setShowAll] = useState(false);
  const name = kindName(group.kind);
  const shown = showAll ? group.findings : group.findings.slice(0, FIRST_SHOWN);
  return (
    <section className="ck-group" aria-label={name}>
      <h3 className="ck-group-head">
        <span className="ck-group-name">{name}</span>
        <span className="ck-count" aria-label={`${group.findings.length} 处`}>
          {group.findings.length}
        </span>
        <span className="spacer" />
        {group.fixable > 1 && (
          <button type="button" className="ck-link" onClick={() => store.fix(group.findings.filter(isMechanical))}>
            全部修正
          </button>
        )}
      </h3>
      <ul className="qt-list ck-list" aria-label={name}>
        {shown.map((finding, i) => (
          <FindingItem
            key={`${locationKey(finding.location)}|${finding.id}|${i}`}
            finding={finding}
            block={blocks[finding.location.block]}
            place={placeOf(finding.location.block)}
            detail={details.get(locationKey(finding.location))}
            onAddQuote={onAddQuote}
          />
        ))}
      </ul>
      {shown.length < group.findings.length && (
        <button type="button" className="ck-link ck-more" onClick={() => setShowAll(true)}>
          再显示 {group.findings.length - shown.length} 处
        </button>
      )}
      {children}
    </section>
  );
}

interface FindingItemProps {
  finding: Finding;
  block: Block | undefined;
  /** 第3段, 一是 …: where the finding is. */
  place: string;
  detail: QuoteCheckDetail | undefined;
  onAddQuote(fields: QuoteDraftFields): void;
}

function FindingItem({ finding, block, place, detail, onAddQuote }: FindingItemProps) {
  const store = useChecksStore();
  const editor = useSlateStatic();
  const { before, match, after } = excerptAround(block, finding.location.start, finding.location.end);
  const nearMiss = finding.id === QUOTE_FINDING_IDS.nearMiss;
  const notFound = finding.id === QUOTE_FINDING_IDS.notFound;
  return (
    <li className={`ck-item ${finding.severity}`}>
      <button type="button" className="ck-jump" title={finding.detail} onClick={() => selectFinding(editor, finding.location)}>
        <span className="ck-message">
          <span className={`ck-severity ${finding.severity}`}>{SEVERITY_NAMES[finding.severity]}</span>
          {finding.message}
        </span>
        <span className="ck-excerpt">
          <span className="ck-place">{place}</span>
          {before}
          {/* A finding without width (a missing 。) is shown as a caret where it belongs. */}
          {(match || before) && <mark>{match || '▏'}</mark>}
          {after}
        </span>
      </button>
      {nearMiss && detail?.diff && <QuoteDiff detail={detail} />}
      <div className="ck-actions">
        {finding.fix && (
          <button type="button" className="qt-button primary" onClick={() => store.fix([finding])}>
            {nearMiss ? '替换为库中原文' : '修正'}
          </button>
        )}
        {notFound && detail && (
          <button
            type="button"
            className="qt-button"
            onClick={() => onAddQuote({ ...EMPTY_QUOTE_FIELDS, text: detail.text, speaker: detail.speaker || EMPTY_QUOTE_FIELDS.speaker })}
          >
            加入金句库
          </button>
        )}
        <button type="button" className="qt-button" title="本次不再提示这一处" onClick={() => store.ignore(finding)}>
          忽略
        </button>
      </div>
    </li>
  );
}

/** What differs from the library, character by character: 删 what the draft has extra, 补 what it lacks. */
function QuoteDiff({ detail }: { detail: QuoteCheckDetail }) {
  return (
    <div className="ck-diff">
      <p className="ck-diff-line" aria-label="差异">
        {detail.diff?.map((segment, i) =>
          segment.kind === 'same' ? (
            <span key={i}>{segment.text}</span>
          ) : segment.kind === 'removed' ? (
            <del key={i} title="稿中多出或写错的字">
              {segment.text}
            </del>
          ) : (
            <ins key={i} title="金句库原文">
              {segment.text}
            </ins>
          ),
        )}
      </p>
      {detail.library && <p className="ck-source">金句库：{sourceOf(detail.library)}</p>}
    </div>
  );
}

/** ✓ quotations: the words of an 已核 library wording; listed with the source they agree with. */
function VerifiedList({ quotes }: { quotes: readonly VerifiedQuote[] }) {
  if (quotes.length === 0) return null;
  return (
    <ul className="qt-list ck-list ck-verified" aria-label="引文一致">
      {quotes.map((quote) => (
        <li key={locationKey(quote.location)} className="ck-ok">
          <span className="ck-tick" aria-hidden="true">
            ✓
          </span>
          <span className="ck-ok-text">
            “{quote.text}”<span className="ck-source">{agreementText(quote.library)}{quote.punctuationDiffers ? '（仅标点不同）' : ''}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}

/** 错误 2 · 警告 1: the severities that occur. */
function severityCounts(counts: Record<Severity, number>): string {
  return SEVERITIES.filter((severity) => counts[severity] > 0)
    .map((severity) => `${SEVERITY_NAMES[severity]} ${counts[severity]}`)
    .join(' · ');
}

function sourceOf(library: VerifiedQuote['library']): string {
  return `${library.speaker || '讲话人未注明'} · ${sourceLine(library)}`;
}
