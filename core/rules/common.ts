/** Helpers shared by the eligibility and application clocks. */
import type { HolidayCalendar } from '../dates/calendar';
import { explainCalendarDays, explainWorkingDays } from '../dates/count';
import { calendarDaysText, renderSteps, workingDaysText, type CountStep } from '../dates/explain';
import type { Explained } from '../dates/period';
import type { TriggerField } from '../regimes';
import type { CaseDate, DateKind, DateStatus, Explanation } from './case-types';
import { notice, type Notice } from './messages';
import { settle } from './lazy';
import { citationText } from './sources';
import type { Bilingual, Catalogue, Citation, DayCount, RuleVersion } from './types';

export interface Context {
  today: string;
  calendar: HolidayCalendar;
  catalogue: Catalogue;
}

export const FIELD_NAMES: Record<TriggerField, Bilingual> = {
  decisionDate: { en: 'decision date', zh: '处罚决定日期' },
  listingDate: { en: 'listing date', zh: '列入日期' },
  publicationDate: { en: 'publication date', zh: '公布日期' },
};

/** How a counting start reads in an explanation: "listed 2024-06-03". */
export const LABELS = {
  decisionDate: { en: 'decided', zh: '作出处罚决定' },
  listingDate: { en: 'listed', zh: '列入名单' },
  publicationDate: { en: 'published', zh: '公布' },
  filed: { en: 'filed', zh: '提交申请' },
  accepted: { en: 'accepted', zh: '受理' },
  materialsReceived: { en: 'complete material received', zh: '收到齐全的补正材料' },
  decided: { en: 'repair decided', zh: '决定修复' },
  revoked: { en: 'repair revoked', zh: '撤销修复' },
  deadline: { en: 'original deadline', zh: '原期限届满' },
} satisfies Record<string, Bilingual>;

export function countText(count: DayCount): Bilingual {
  const text = count.unit === 'working' ? workingDaysText : calendarDaysText;
  return { en: text(count.n, 'en'), zh: text(count.n, 'zh') };
}

export function countDays(
  start: string,
  count: DayCount,
  calendar: HolidayCalendar,
  label: Bilingual,
): Explained {
  const fn = count.unit === 'working' ? explainWorkingDays : explainCalendarDays;
  return fn(start, count.n, calendar, label);
}

/** The headings every deadline carries: the firm-setting warning and the rule's own note. */
export function countNotes(count: DayCount): Notice[] {
  const notes: Notice[] = [];
  if (count.firmSetting) notes.push(notice('why.firm', { count: countText(count) }));
  if (count.note) notes.push(notice('why.note', { text: count.note }));
  return notes;
}

/** A milestone (a date from which something holds) is never overdue. */
export function milestoneStatus(date: string, today: string): DateStatus {
  if (date > today) return 'upcoming';
  return date === today ? 'dueToday' : 'done';
}

/** A deadline the authority must meet: done once its event happened, else by today. */
export function deadlineStatus(date: string, today: string, met: boolean): DateStatus {
  if (met) return 'done';
  if (date > today) return 'upcoming';
  return date === today ? 'dueToday' : 'overdue';
}

export function ruleLine(
  version: RuleVersion,
  basis: 'filing' | 'today',
  date: string,
  ctx: Context,
): Notice {
  return notice('why.rule', {
    cite: bilingualCitation(version.cite, ctx),
    version: periods.get(version) ?? remember(periods, version, versionPeriod(version)),
    basis:
      basis === 'filing'
        ? { en: 'the filing date', zh: '申请日' }
        : { en: "today's date", zh: '今日' },
    date,
  });
}

function remember<K extends object>(
  map: WeakMap<K, Bilingual>,
  key: K,
  text: Bilingual,
): Bilingual {
  const frozen = Object.freeze(text);
  map.set(key, frozen);
  return frozen;
}

/** "in force 2021-09-01 – 2025-12-24": a rule version as a reader knows it. */
function versionPeriod(v: RuleVersion): Bilingual {
  if (v.validFrom && v.validTo) {
    return {
      en: `in force ${v.validFrom} – ${v.validTo}`,
      zh: `${v.validFrom} 至 ${v.validTo} 施行`,
    };
  }
  if (v.validFrom) return { en: `in force since ${v.validFrom}`, zh: `自 ${v.validFrom} 起施行` };
  if (v.validTo) return { en: `in force until ${v.validTo}`, zh: `施行至 ${v.validTo}` };
  return { en: 'in force', zh: '现行' };
}

/** Texts made once per catalogue object: every case of a bulk recompute cites the same few. */
const cited = new WeakMap<Citation, WeakMap<object, Bilingual>>();
const periods = new WeakMap<RuleVersion, Bilingual>();

export function bilingualCitation(cite: Citation, ctx: Context): Bilingual {
  const sources = ctx.catalogue.sources;
  let bySources = cited.get(cite);
  if (!bySources) cited.set(cite, (bySources = new WeakMap()));
  let text = bySources.get(sources);
  if (!text) {
    text = Object.freeze({
      en: citationText(cite, 'en', sources),
      zh: citationText(cite, 'zh', sources),
    });
    bySources.set(sources, text);
  }
  return text;
}

export function explanation(headings: readonly Notice[], counted: Explained): Explanation {
  return {
    en: [...headings.map((n) => n.text.en), ...renderSteps(counted.steps, 'en')],
    zh: [...headings.map((n) => n.text.zh), ...renderSteps(counted.steps, 'zh')],
  };
}

export interface DateSpec {
  kind: DateKind;
  listingId: number;
  counted: Explained;
  status: DateStatus;
  version: RuleVersion;
  cite: Citation;
  /** Made only when the explanation is read: a bulk recompute reads none. */
  headings: () => Notice[];
}

/**
 * The explanation and citation are texts in two languages that only a reader of the case
 * needs; recomputing thousands of cases never looks at them. They are built the first
 * time they are read (JSON and structured clone read them like any property).
 */
export function caseDate(spec: DateSpec, ctx: Context): CaseDate {
  const { counted } = spec;
  const date: CaseDate = {
    kind: spec.kind,
    listingId: spec.listingId,
    date: counted.date,
    status: spec.status,
    provisional: counted.provisional,
    missingYears: counted.missingYears,
    ruleVersionId: spec.version.id,
    get citation() {
      return settle(date, 'citation', bilingualCitation(spec.cite, ctx));
    },
    set citation(value) {
      settle(date, 'citation', value);
    },
    get explanation() {
      return settle(date, 'explanation', explanation(spec.headings(), counted));
    },
    set explanation(value) {
      settle(date, 'explanation', value);
    },
  };
  return date;
}

/** Two counts in a row (a deadline and its extension) read as one. */
export function chain(first: Explained, second: Explained): Explained {
  const missingYears = [...new Set([...first.missingYears, ...second.missingYears])].sort(
    (a, b) => a - b,
  );
  const steps: CountStep[] = [...first.steps, ...second.steps].filter(
    (s) => s.kind !== 'provisional',
  );
  if (missingYears.length) steps.push({ kind: 'provisional', years: missingYears });
  return { date: second.date, provisional: missingYears.length > 0, missingYears, steps };
}
