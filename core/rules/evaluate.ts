/**
 * evaluateCase: every date of a case with its status and explanation, and the next
 * step to take. Pure: the caller passes today and the holiday calendar.
 */
import { firstWorkingDayOnOrAfter } from '../dates/count';
import { dayNumber } from '../dates/plain';
import { applicationClock, type Application } from './application';
import {
  CASE_EVENT_TYPES,
  type CaseDate,
  type CaseEvaluation,
  type CaseEvent,
  type EvaluateInput,
} from './case-types';
import { DEFAULT_CATALOGUE, pickVersion } from './catalogue';
import type { Context } from './common';
import { eligibility, type Eligibility } from './eligibility';
import { notice, type Notice, type Params } from './messages';
import { remedyParams } from './remedy';
import { listingLabels } from '../listing-label';

/**
 * By date; same-day events keep the order they were logged in (the caller's order), so a
 * refusal and a re-filing on one day read as refused-then-filed, as the lifecycle sees it.
 */
function sortEvents(events: readonly CaseEvent[]): CaseEvent[] {
  events.forEach((e) => {
    dayNumber(e.date, `${e.type} date`);
    if (!CASE_EVENT_TYPES.includes(e.type))
      throw new Error(`Unknown case event type "${String(e.type)}".`);
  });
  return [...events].sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? -1 : 1));
}

interface Candidate {
  /** Lower ranks are more urgent; ties go to the earlier date. */
  rank: number;
  date: string;
  action: Notice;
}

function find(dates: CaseDate[], kind: CaseDate['kind']): CaseDate | undefined {
  return dates.find((d) => d.kind === kind);
}

function late(d: CaseDate): boolean {
  return d.status === 'overdue';
}

function applicationAction(app: Application, dates: CaseDate[]): Candidate | null {
  if (app.status === 'open') {
    if (app.supplementSince)
      return {
        rank: 2,
        date: app.supplementSince,
        action: notice('next.sendSupplement', { date: app.supplementSince }),
      };
    const decision = find(dates, 'decisionDue');
    if (decision) {
      const key = late(decision) ? 'next.followUpDecision' : 'next.awaitDecision';
      return {
        rank: late(decision) ? 1 : 4,
        date: decision.date,
        action: notice(key, { date: decision.date }),
      };
    }
    const acceptance = find(dates, 'acceptanceDue');
    if (acceptance && acceptance.status !== 'done') {
      const key = late(acceptance) ? 'next.followUpAcceptance' : 'next.awaitAcceptance';
      return {
        rank: late(acceptance) ? 1 : 4,
        date: acceptance.date,
        action: notice(key, { date: acceptance.date }),
      };
    }
    const key = acceptance ? 'next.awaitDecisionOpen' : 'next.awaitAcceptanceOpen';
    return { rank: 4, date: app.filed, action: notice(key) };
  }
  const closedOn = app.closedOn ?? app.filed;
  if (app.status === 'repaired') {
    const stop = find(dates, 'publicityStopDue');
    if (!stop) return { rank: 11, date: closedOn, action: notice('next.closeRepaired') };
    const rank = stop.status === 'upcoming' ? 9 : 3;
    return {
      rank,
      date: stop.date,
      action: notice('next.checkPublicityStopped', { date: stop.date }),
    };
  }
  if (app.status === 'refused')
    return {
      rank: 6,
      date: closedOn,
      action: notice('next.considerObjection', { date: closedOn }),
    };
  if (app.status === 'refusedToAccept')
    return { rank: 6, date: closedOn, action: notice('next.fixAndRefile', { date: closedOn }) };
  return null;
}

/**
 * `named`: the listing as notices name it (regime and decision number; its id stays in the
 * params for the program, never in the text). `remedy`: where no wait is counted.
 */
function eligibilityAction(
  named: Params,
  elig: Eligibility,
  remedy: Params | null,
  ctx: Context,
): Candidate | null {
  const { today } = ctx;
  // A record past its automatic end needs no application, only a check that it is gone.
  if (elig.automaticEnd && elig.automaticEnd < today) {
    return {
      rank: 12,
      date: elig.automaticEnd,
      action: notice('next.endedAutomatically', { ...named, date: elig.automaticEnd }),
    };
  }
  if (elig.barredUntil && elig.barredUntil >= today) {
    return {
      rank: 7,
      date: elig.barredUntil,
      action: notice('next.barred', { date: elig.barredUntil }),
    };
  }
  if (elig.mayApplyFrom && elig.firstWorkingDay) {
    if (elig.mayApplyFrom > today) {
      return {
        rank: 10,
        date: elig.mayApplyFrom,
        action: notice('next.waitUntil', { ...named, date: elig.mayApplyFrom }),
      };
    }
    const inPerson =
      elig.firstWorkingDay >= today
        ? elig.firstWorkingDay
        : firstWorkingDayOnOrAfter(today, ctx.calendar).date;
    return {
      rank: 8,
      date: elig.mayApplyFrom,
      action: notice('next.file', { ...named, date: inPerson }),
    };
  }
  if (elig.mayApplyFrom === null && elig.issues.length === 0 && remedy) {
    return { rank: 9, date: today, action: notice('next.remedyFirst', { ...named, ...remedy }) };
  }
  return null;
}

export function evaluateCase(input: EvaluateInput): CaseEvaluation {
  // Checked strictly like every date; a valid YYYY-MM-DD is its own canonical text.
  const today = input.today;
  dayNumber(today, 'today');
  const catalogue = input.catalogue ?? DEFAULT_CATALOGUE;
  const ctx: Context = { today, calendar: input.calendar, catalogue };
  const events = sortEvents(input.events);
  const result: CaseEvaluation = {
    catalogueVersion: catalogue.version,
    ruleVersions: [],
    dates: [],
    issues: [],
    nextAction: notice('next.none'),
    remedies: [],
  };
  const candidates: Candidate[] = [];
  const fix = (named: Params, issue: Notice) => {
    result.issues.push(issue);
    candidates.push({ rank: 5, date: today, action: notice('next.fixListing', named) });
  };

  for (const listing of input.listings) {
    const named = { listingId: listing.id, listing: listingLabels(listing) };
    const regime = catalogue.regimes[listing.regimeId];
    if (!regime) {
      fix(named, notice('issue.unknownRegime', { ...named, regimeId: listing.regimeId }));
      result.ruleVersions.push({ listingId: listing.id, ruleVersionId: null });
      continue;
    }
    const mine = events.filter((e) => e.listingId === undefined || e.listingId === listing.id);
    const lastFiling = mine.map((e) => e.type).lastIndexOf('filed');
    const revokedOn = mine.filter((e) => e.type === 'revoked').at(-1)?.date ?? null;
    let app: Application | null = null;
    const filed = mine[lastFiling];
    if (filed) {
      const version = pickVersion(regime, filed.date);
      if (version) app = applicationClock(named, version, mine.slice(lastFiling), ctx);
      else fix(named, notice('issue.noVersion', { ...named, date: filed.date }));
    }
    // A revocation after the repair supersedes that application: the listing is back.
    if (app && revokedOn && app.closedOn && revokedOn >= app.closedOn) app = null;
    const basis =
      app?.status === 'open'
        ? { kind: 'filing' as const, date: app.filed }
        : { kind: 'today' as const, date: today };
    const version = pickVersion(regime, basis.date);
    result.ruleVersions.push({ listingId: listing.id, ruleVersionId: version?.id ?? null });
    if (app) {
      result.dates.push(...app.dates);
      result.issues.push(...app.issues);
    }
    const appAction = app ? applicationAction(app, app.dates) : null;
    if (appAction) candidates.push(appAction);
    if (!version) {
      if (!filed) fix(named, notice('issue.noVersion', { ...named, date: basis.date }));
      continue;
    }
    const elig = eligibility(listing, named, version, basis, revokedOn, ctx);
    result.dates.push(...elig.dates);
    elig.issues.forEach((issue) => fix(named, issue));
    const remedy = remedyParams(regime, version, ctx);
    if (remedy)
      result.remedies.push({ listingId: listing.id, notice: notice('why.noWait', remedy) });
    if (
      app &&
      elig.mayApplyFrom &&
      app.filed < elig.mayApplyFrom &&
      (!revokedOn || app.filed > revokedOn)
    ) {
      result.issues.push(
        notice('issue.filedEarly', {
          ...named,
          filed: app.filed,
          date: elig.mayApplyFrom,
        }),
      );
    }
    if (!appAction) {
      const action = eligibilityAction(named, elig, remedy, ctx);
      if (action) candidates.push(action);
    }
  }

  const missing = [...new Set(result.dates.flatMap((d) => d.missingYears))].sort((a, b) => a - b);
  if (missing.length)
    result.issues.push(
      notice('issue.provisional', { years: { en: missing.join(', '), zh: missing.join('、') } }),
    );
  const [best] = candidates.sort(
    (a, b) => a.rank - b.rank || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0),
  );
  if (best) result.nextAction = best.action;
  return result;
}
