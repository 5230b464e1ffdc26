/**
 * Counting steps as data, and their rendering in English and Chinese (RULES.md §2.8).
 * The counting functions record steps; callers (core/rules) prepend the rule and its
 * article and show the lines in the user's language.
 */
import type { Bilingual, Span } from './plain';
import type { Lang } from '../messages';

export type CountStep =
  /** The trigger or start day; label says what it is ("listed", "received"). */
  | { kind: 'start'; date: string; label: Bilingual | null }
  /** A month/year/day period ended (Civil Code arts. 201–202). */
  | { kind: 'periodEnd'; span: Span; end: string; lastDayOfMonth: boolean }
  /** The day after a waiting period: the earliest application day (RULES.md §2.3). */
  | { kind: 'dayAfter'; date: string }
  /** One working day counted; makeup names the holiday when it is a make-up weekend day. */
  | { kind: 'workingDay'; date: string; index: number; makeup: Bilingual | null }
  /** A run of rest days skipped; holidays empty means an ordinary weekend. */
  | { kind: 'restDays'; from: string; to: string; holidays: Bilingual[] }
  | { kind: 'workingDaysEnd'; n: number; date: string }
  | { kind: 'calendarDaysEnd'; n: number; date: string }
  /** The last day fell on a rest day and moved to the next working day (Civil Code art. 203). */
  | { kind: 'rolledForward'; from: string; to: string }
  | { kind: 'isWorkingDay'; date: string; makeup: Bilingual | null }
  | { kind: 'firstWorkingDay'; date: string }
  /** Years the count touched with no holiday calendar loaded (RULES.md §2.7). */
  | { kind: 'provisional'; years: number[] };

const EN_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
const ZH_DIGITS = '零一二三四五六七八九';

/** Chinese numerals for 0–9999, as used in legal texts (第二百零二条, 十五日). */
export function zhNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) return String(n);
  if (n === 0) return '零';
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let out = '';
  let zeroPending = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i] ?? '';
    if (d === 0) {
      zeroPending = out !== '';
      return;
    }
    if (zeroPending) out += '零';
    zeroPending = false;
    out += ZH_DIGITS[d] + unit;
  });
  // 10–19 read 十, 十五 rather than 一十, 一十五.
  return n >= 10 && n < 20 ? out.slice(1) : out;
}

function enCount(n: number, unit: string): string {
  const word = EN_WORDS[n] ?? String(n);
  return `${word} ${unit}${n === 1 ? '' : 's'}`;
}

export function spanText(span: Span, lang: Lang): string {
  const parts: string[] = [];
  const { years = 0, months = 0, days = 0 } = span;
  if (lang === 'en') {
    if (years) parts.push(enCount(years, 'year'));
    if (months) parts.push(enCount(months, 'month'));
    if (days) parts.push(enCount(days, 'day'));
    return parts.length ? parts.join(' and ') : 'no time';
  }
  if (years) parts.push(`${zhNumber(years)}年`);
  if (months) parts.push(`${zhNumber(months)}个月`);
  if (days) parts.push(`${zhNumber(days)}日`);
  return parts.length ? parts.join('') : '零日';
}

export function workingDaysText(n: number, lang: Lang): string {
  return lang === 'en' ? `${n} working day${n === 1 ? '' : 's'}` : `${n} 个工作日`;
}

export function calendarDaysText(n: number, lang: Lang): string {
  return lang === 'en' ? `${n} day${n === 1 ? '' : 's'}` : `${n} 日`;
}

function range(from: string, to: string): string {
  return from === to ? from : `${from}–${to}`;
}

function holidayNames(names: Bilingual[], lang: Lang): string {
  return names.map((n) => (lang === 'en' ? n.en : n.zh)).join(lang === 'en' ? ' / ' : '、');
}

const CIVIL = {
  en: (a: number) => `Civil Code art. ${a}`,
  zh: (a: number) => `《民法典》第${zhNumber(a)}条`,
};

function line(step: CountStep, lang: Lang): string {
  const en = lang === 'en';
  const cite = (a: number) => CIVIL[lang](a);
  switch (step.kind) {
    case 'start':
      if (step.label) return en ? `${step.label.en} ${step.date}` : `${step.date} ${step.label.zh}`;
      return en
        ? `counting from ${step.date}, which is not counted`
        : `自 ${step.date} 起算，当日不计入`;
    case 'periodEnd': {
      const clamp = step.lastDayOfMonth;
      const span = spanText(step.span, lang);
      // Art. 202 governs month and year periods; a period of days only follows art. 201.
      const article = step.span.years || step.span.months ? 202 : 201;
      const parts = [step.span.years, step.span.months, step.span.days].filter(Boolean);
      const verb = parts.length === 1 && parts[0] === 1 ? 'ends' : 'end';
      return en
        ? `${span} ${verb} ${step.end}${clamp ? ', the last day of that month' : ''} (${cite(article)})`
        : `${span}期间于 ${step.end} 届满${clamp ? '（该月无对应日，以月末日为最后一日）' : ''}（${cite(article)}）`;
    }
    case 'dayAfter':
      return en ? `may apply from ${step.date}` : `自 ${step.date} 起可以申请`;
    case 'workingDay': {
      const makeup = step.makeup ? holidayNames([step.makeup], lang) : '';
      if (en)
        return `${step.date} (${step.index}${makeup ? `; make-up working day for ${makeup}` : ''})`;
      return `${step.date}（第 ${step.index} 个工作日${makeup ? `；${makeup}调休上班日` : ''}）`;
    }
    case 'restDays': {
      const names = holidayNames(step.holidays, lang);
      if (en)
        return `${range(step.from, step.to)} ${names ? `is the ${names} holiday` : 'is a weekend'}, not counted`;
      return `${range(step.from, step.to)} 为${names ? `${names}假期` : '周末'}，不计入`;
    }
    case 'workingDaysEnd':
      return en
        ? `${workingDaysText(step.n, lang)} end ${step.date}`
        : `${workingDaysText(step.n, lang)}于 ${step.date} 届满`;
    case 'calendarDaysEnd':
      return en
        ? `${calendarDaysText(step.n, lang)} end ${step.date}`
        : `${calendarDaysText(step.n, lang)}于 ${step.date} 届满`;
    case 'rolledForward':
      return en
        ? `${step.from} is a rest day, so the last day is the next working day, ${step.to} (${cite(203)})`
        : `${step.from} 为休息日，以其后第一个工作日 ${step.to} 为最后一日（${cite(203)}）`;
    case 'isWorkingDay': {
      const makeup = step.makeup ? holidayNames([step.makeup], lang) : '';
      if (en)
        return `${step.date} is a working day${makeup ? ` (make-up working day for ${makeup})` : ''}`;
      return `${step.date} 为工作日${makeup ? `（${makeup}调休上班日）` : ''}`;
    }
    case 'firstWorkingDay':
      return en ? `first working day: ${step.date}` : `第一个工作日：${step.date}`;
    case 'provisional': {
      const years = step.years.join(', ');
      return en
        ? `provisional: no holiday calendar is loaded for ${years}, so only weekends were treated as rest days; load or enter that year's State Council notice`
        : `暂定：尚未载入 ${step.years.join('、')} 年的节假日安排，仅按周末计算；请载入或录入该年国务院放假通知`;
    }
  }
}

/** Render steps as lines; consecutive counted working days share one line. */
export function renderSteps(steps: readonly CountStep[], lang: Lang): string[] {
  const lines: string[] = [];
  let days: string[] = [];
  const flush = () => {
    if (days.length === 0) return;
    lines.push(lang === 'en' ? `working days: ${days.join(', ')}` : `工作日：${days.join('，')}`);
    days = [];
  };
  for (const step of steps) {
    if (step.kind === 'workingDay') {
      days.push(line(step, lang));
      continue;
    }
    flush();
    lines.push(line(step, lang));
  }
  flush();
  return lines;
}

export function explainSteps(steps: readonly CountStep[]): { en: string[]; zh: string[] } {
  return { en: renderSteps(steps, 'en'), zh: renderSteps(steps, 'zh') };
}
