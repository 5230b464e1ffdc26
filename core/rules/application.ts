/**
 * The clock of one application (RULES.md §3): acceptance from submission, decision
 * from acceptance, stopped by a supplement request and restarted in full from the
 * complete material, extended once.
 */
import type { Explained } from '../dates/period';
import type { CaseDate, CaseEvent, DateKind } from './case-types';
import {
  caseDate,
  chain,
  countDays,
  countNotes,
  countText,
  deadlineStatus,
  LABELS,
  ruleLine,
  type Context,
} from './common';
import { notice, type Notice, type Params } from './messages';
import type { Bilingual, DayCount, RuleVersion } from './types';

export type ApplicationStatus = 'open' | 'repaired' | 'refused' | 'refusedToAccept' | 'withdrawn';

export interface Application {
  filed: string;
  status: ApplicationStatus;
  closedOn: string | null;
  /** Set while a supplement request waits for its material. */
  supplementSince: string | null;
  dates: CaseDate[];
  issues: Notice[];
}

const CLOSING: Partial<Record<CaseEvent['type'], (e: CaseEvent) => ApplicationStatus>> = {
  refusedToAccept: () => 'refusedToAccept',
  withdrawn: () => 'withdrawn',
  decided: (e) => (e.outcome === 'repaired' ? 'repaired' : 'refused'),
};

/** One running period: its start, a pause while material is missing, and why it restarted. */
interface Clock {
  start: string;
  label: Bilingual;
  pausedSince: string | null;
  restarts: Notice[];
}

const clockFrom = (start: string, label: Bilingual): Clock => ({
  start,
  label,
  pausedSince: null,
  restarts: [],
});

/**
 * `events` are this listing's events from its last filing on, in order. A supplement
 * requested before acceptance stops the acceptance clock the same way as the decision
 * clock: the authority can only accept a complete application.
 */
export function applicationClock(
  /** The listing's id and label, as notices name it. */
  named: Params & { listingId: number },
  version: RuleVersion,
  events: CaseEvent[],
  ctx: Context,
): Application {
  const [filing, ...rest] = events;
  if (!filing || filing.type !== 'filed')
    throw new Error('applicationClock needs events that start with a filing');
  const app: Application = {
    filed: filing.date,
    status: 'open',
    closedOn: null,
    supplementSince: null,
    dates: [],
    issues: [],
  };
  const { accept, decide, extension, publicityStop } = version.deadlines;
  const acceptClock = clockFrom(filing.date, LABELS.filed);
  // Without an acceptance step in the rule, the decision counts from the filing.
  let decideClock: Clock | null = accept ? null : clockFrom(filing.date, LABELS.filed);
  let acceptedOn: string | null = null;
  let extendedOn: string | null = null;

  for (const event of rest) {
    const clock = decideClock ?? acceptClock;
    const close = CLOSING[event.type];
    if (close) {
      app.status = close(event);
      app.closedOn = event.date;
      break;
    }
    if (event.type === 'accepted' && acceptedOn === null) {
      acceptedOn = event.date;
      decideClock = clockFrom(event.date, LABELS.accepted);
    } else if (event.type === 'supplementRequested') {
      clock.pausedSince ??= event.date;
    } else if (event.type === 'materialsReceived' && clock.pausedSince) {
      clock.restarts.push(
        notice('why.supplement', { requested: clock.pausedSince, received: event.date }),
      );
      Object.assign(clock, {
        start: event.date,
        label: LABELS.materialsReceived,
        pausedSince: null,
      });
    } else if (event.type === 'extension') {
      if (extendedOn) app.issues.push(notice('issue.extensionRepeated', { date: event.date }));
      else if (!extension) app.issues.push(notice('issue.noExtension', named));
      else extendedOn = event.date;
    }
  }
  const open = app.status === 'open';
  if (open) app.supplementSince = (decideClock ?? acceptClock).pausedSince;
  const rule = ruleLine(version, 'filing', filing.date, ctx);
  const push = (
    kind: DateKind,
    count: DayCount,
    counted: Explained,
    met: boolean,
    headings: () => Notice[],
  ) =>
    app.dates.push(
      caseDate(
        {
          kind,
          listingId: named.listingId,
          counted,
          status: deadlineStatus(counted.date, ctx.today, met),
          version,
          cite: count.cite,
          headings: () => [rule, ...headings()],
        },
        ctx,
      ),
    );

  if (accept && (acceptedOn !== null || !acceptClock.pausedSince)) {
    const counted = countDays(acceptClock.start, accept, ctx.calendar, acceptClock.label);
    const { restarts } = acceptClock;
    push('acceptanceDue', accept, counted, acceptedOn !== null || !open, () => [
      notice('why.accept', { count: countText(accept) }),
      ...countNotes(accept),
      ...restarts,
    ]);
  }

  if (decide && decideClock && (!decideClock.pausedSince || !open)) {
    let counted = countDays(decideClock.start, decide, ctx.calendar, decideClock.label);
    const from =
      acceptedOn === null ? { en: 'filing', zh: '收到申请' } : { en: 'acceptance', zh: '受理' };
    const { restarts } = decideClock;
    const extended = extendedOn && extension ? { on: extendedOn, count: extension } : null;
    if (extended)
      counted = chain(
        counted,
        countDays(counted.date, extended.count, ctx.calendar, LABELS.deadline),
      );
    push('decisionDue', decide, counted, !open, () => [
      notice('why.decide', { count: countText(decide), from }),
      ...countNotes(decide),
      ...restarts,
      ...(extended
        ? [
            notice('why.extension', { date: extended.on, count: countText(extended.count) }),
            ...countNotes(extended.count),
          ]
        : []),
    ]);
  }

  if (app.status === 'repaired' && publicityStop && app.closedOn) {
    const counted = countDays(app.closedOn, publicityStop, ctx.calendar, LABELS.decided);
    push('publicityStopDue', publicityStop, counted, false, () => [
      notice('why.publicityStop', { count: countText(publicityStop) }),
      ...countNotes(publicityStop),
    ]);
  }
  return app;
}
