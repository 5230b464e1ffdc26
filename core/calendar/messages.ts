/**
 * Messages for user-entered holiday years, in the `key|{json params}` encoding of
 * core/messages.ts. Kept apart until the catalogues are merged; unknown keys fall
 * through to core/messages so shared keys such as field.required still translate.
 */
import { translateMessage, type Lang } from '../messages';

type Params = Record<string, string | number>;

const en = {
  'calendar.year': 'Enter a year between {min} and {max}.',
  'calendar.yearOfficial':
    'The official calendar for {year} is already built in; only years without an announced calendar can be typed in.',
  'calendar.yearDuplicate': 'The year {year} has been entered twice; keep one.',
  'calendar.date': 'Enter a real date as YYYY-MM-DD, for example {example}.',
  'calendar.outsideYear': '{date} is not in {year}; every date of this notice must be in {year}.',
  'calendar.rangeOrder': 'The holiday "{name}" ends ({end}) before it starts ({start}).',
  'calendar.overlap':
    'The holidays "{first}" and "{second}" overlap; a day can belong to one holiday only.',
  'calendar.nameRequired': 'Enter the holiday’s name, for example 春节.',
  'calendar.nameTooLong': 'The holiday name is too long: at most {max} characters.',
  'calendar.makeupNotWeekend':
    '{date} is a weekday; a make-up working day (调休上班日) is always a Saturday or Sunday.',
  'calendar.makeupInHoliday':
    '{date} falls inside the holiday "{name}"; a make-up working day cannot be a holiday.',
  'calendar.makeupDuplicate': 'The make-up working day {date} is listed twice.',
} as const;

export type CalendarMessageKey = keyof typeof en;

const zh: Record<CalendarMessageKey, string> = {
  'calendar.year': '请输入 {min} 至 {max} 之间的年份。',
  'calendar.yearOfficial': '{year} 年的官方节假日安排已内置；只能录入尚未公布安排的年份。',
  'calendar.yearDuplicate': '{year} 年录入了两次；请只保留一份。',
  'calendar.date': '请输入真实日期，格式为 YYYY-MM-DD，例如 {example}。',
  'calendar.outsideYear': '{date} 不在 {year} 年内；该通知中的所有日期都必须在 {year} 年。',
  'calendar.rangeOrder': '假期“{name}”的结束日（{end}）早于开始日（{start}）。',
  'calendar.overlap': '假期“{first}”与“{second}”重叠；同一天只能属于一个假期。',
  'calendar.nameRequired': '请输入假期名称，例如“春节”。',
  'calendar.nameTooLong': '假期名称过长：最多 {max} 个字符。',
  'calendar.makeupNotWeekend': '{date} 是工作日；调休上班日必定是星期六或星期日。',
  'calendar.makeupInHoliday': '{date} 在假期“{name}”之内；调休上班日不能是假期。',
  'calendar.makeupDuplicate': '调休上班日 {date} 重复录入。',
};

const catalogues: Record<Lang, Record<CalendarMessageKey, string>> = { en, zh };

export function isCalendarMessageKey(key: string): key is CalendarMessageKey {
  return key in en;
}

export function encodeCalendarMessage(key: CalendarMessageKey, params?: Params): string {
  return params ? `${key}|${JSON.stringify(params)}` : key;
}

/** Translate an encoded message; keys of core/messages are passed on to translateMessage. */
export function translateCalendarMessage(encoded: string, lang: Lang): string {
  const bar = encoded.indexOf('|');
  const key = bar === -1 ? encoded : encoded.slice(0, bar);
  if (!isCalendarMessageKey(key)) return translateMessage(encoded, lang);
  let params: Params = {};
  if (bar !== -1) {
    try {
      params = JSON.parse(encoded.slice(bar + 1)) as Params;
    } catch {
      params = {};
    }
  }
  return catalogues[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
