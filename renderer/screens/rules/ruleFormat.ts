/** How the Rules screen words the catalogue's figures, from the same helpers as the explanations. */
import type { TFunction } from 'i18next';
import type { Lang } from '../../../core/messages';
import { spanText } from '../../../core/dates';
import type { DayCount, RuleVersion } from '../../../core/rules';
import type { UserYear } from '../../../core/dates';
import type { YearSummary } from '../../../core/calendar';
import { dayNumber } from '../../../core/dates/plain';

/** "15 working days" / "1 day", pluralised by i18next. */
export function dayCountText(count: DayCount, t: TFunction): string {
  return count.unit === 'working'
    ? t('counts.workingDays', { count: count.n })
    : t('counts.days', { count: count.n });
}

/** "Applications filed 2021-09-01 – 2025-12-24": a version is chosen by its filing date. */
export function versionRange(v: RuleVersion, t: TFunction): string {
  if (v.validFrom && v.validTo)
    return t('rules.filedBetween', { from: v.validFrom, to: v.validTo });
  if (v.validFrom) return t('rules.filedFrom', { from: v.validFrom });
  if (v.validTo) return t('rules.filedUntil', { to: v.validTo });
  return t('rules.inForce');
}

/** "one year after the listing date" / "自列入日期起满一年". */
export function spanAfter(
  span: RuleVersion['wait']['span'],
  v: RuleVersion,
  t: TFunction,
  lang: Lang,
) {
  if (!span) return undefined;
  const field = t(`listing.${v.trigger}`);
  return t('rules.waitSpan', {
    span: spanText(span, lang),
    field: lang === 'en' ? field.toLowerCase() : field,
  });
}

/** A calendar year as the table shows it, official or typed in, names in the UI language. */
export interface YearRow {
  year: number;
  official: boolean;
  holidays: { start: string; end: string; name: string }[];
  makeupWorkdays: string[];
}

export function officialRow(y: YearSummary, lang: Lang): YearRow {
  return {
    year: y.year,
    official: true,
    holidays: y.holidays.map((h) => ({ ...h, name: h.name[lang] })),
    makeupWorkdays: y.makeupWorkdays,
  };
}

export function userRow(y: UserYear): YearRow {
  return { ...y, official: false };
}

export function holidayDays(row: YearRow): number {
  return row.holidays.reduce((n, h) => n + dayNumber(h.end) - dayNumber(h.start) + 1, 0);
}
