/**
 * When a listing may be repaired and when it ends by itself (RULES.md §2.3, §4):
 * the waiting period, the first working day to file in person, the automatic end
 * and a re-application bar after a revoked repair.
 */
import { explainFirstWorkingDay } from '../dates/count';
import { explainEligibleFrom, explainPeriodEnd } from '../dates/period';
import { spanText } from '../dates/explain';
import type { CaseDate, CaseListing } from './case-types';
import {
  caseDate,
  FIELD_NAMES,
  LABELS,
  milestoneStatus,
  ruleLine,
  type Context,
  type DateSpec,
} from './common';
import { notice, type Notice, type Params } from './messages';
import type { Bilingual, RuleVersion, Span } from './types';

export interface Eligibility {
  dates: CaseDate[];
  issues: Notice[];
  /** Null when the wait has no span (on remedy) or the trigger date is missing. */
  mayApplyFrom: string | null;
  firstWorkingDay: string | null;
  barredUntil: string | null;
  /** Last day the record is published without any application; null where none. */
  automaticEnd: string | null;
  conditions: Bilingual[];
}

export interface Basis {
  kind: 'filing' | 'today';
  date: string;
}

const spanParam = (span: Span): Bilingual => ({
  en: spanText(span, 'en'),
  zh: spanText(span, 'zh'),
});

/** A milestone of `listing`: a date from which something holds. */
function addDate(
  out: Eligibility,
  listing: CaseListing,
  version: RuleVersion,
  ctx: Context,
  spec: Omit<DateSpec, 'listingId' | 'version' | 'status'>,
): void {
  const status = milestoneStatus(spec.counted.date, ctx.today);
  out.dates.push(caseDate({ ...spec, listingId: listing.id, version, status }, ctx));
}

export function eligibility(
  listing: CaseListing,
  /** How notices name the listing (listingId and listing label). */
  named: Params,
  version: RuleVersion,
  basis: Basis,
  revokedOn: string | null,
  ctx: Context,
): Eligibility {
  const out: Eligibility = {
    dates: [],
    issues: [],
    mayApplyFrom: null,
    firstWorkingDay: null,
    barredUntil: null,
    automaticEnd: null,
    conditions: version.wait.conditions,
  };
  const field = version.trigger;
  const trigger = listing[field];
  if (trigger === '') {
    out.issues.push(notice('issue.missingTrigger', { ...named, field: FIELD_NAMES[field] }));
    return out;
  }
  const rule = ruleLine(version, basis.kind, basis.date, ctx);
  const restartBar = revokedOn ? version.bars.find((b) => b.restartsWait) : undefined;

  const { span } = version.wait;
  if (span) {
    // A revoked fraudulent repair restarts the wait from the revocation.
    const [start, label] =
      restartBar && revokedOn ? [revokedOn, LABELS.revoked] : [trigger, LABELS[field]];
    const counted = explainEligibleFrom(start, span, label);
    addDate(out, listing, version, ctx, {
      kind: 'mayApplyFrom',
      counted,
      cite: version.wait.cite,
      headings: () => [
        rule,
        notice('why.wait', { span: spanParam(span), field: FIELD_NAMES[field] }),
        ...(start !== trigger ? [notice('why.revoked', { date: start })] : []),
        ...version.wait.conditions.map((text) => notice('why.condition', { text })),
      ],
    });
    const first = explainFirstWorkingDay(counted.date, ctx.calendar);
    addDate(out, listing, version, ctx, {
      kind: 'firstWorkingDayToFile',
      counted: first,
      cite: version.wait.cite,
      headings: () => [rule, notice('why.firstWorkingDay')],
    });
    out.mayApplyFrom = counted.date;
    out.firstWorkingDay = first.date;
  }

  const end = version.automaticEnd;
  if (end.span) {
    const { span: endSpan, note } = end;
    const counted = explainPeriodEnd(trigger, endSpan, LABELS[field]);
    addDate(out, listing, version, ctx, {
      kind: 'automaticEnd',
      counted,
      cite: end.cite,
      headings: () => [
        rule,
        notice('why.automaticEnd', { span: spanParam(endSpan), field: FIELD_NAMES[field] }),
        ...(note ? [notice('why.note', { text: note })] : []),
      ],
    });
    out.automaticEnd = counted.date;
  }

  const bar = revokedOn ? version.bars.find((b) => b.span) : undefined;
  if (bar?.span && revokedOn) {
    const counted = explainPeriodEnd(revokedOn, bar.span, LABELS.revoked);
    addDate(out, listing, version, ctx, {
      kind: 'reapplicationBarredUntil',
      counted,
      cite: bar.cite,
      headings: () => [rule, notice('why.bar', { text: bar.text })],
    });
    out.barredUntil = counted.date;
  }
  return out;
}
