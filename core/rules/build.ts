/** Small constructors that keep the catalogue tables readable. */
import type { Bilingual, Citation, DayCount, SourceId } from './types';

export const cite = (source: SourceId, ...articles: number[]): Citation => ({ source, articles });

export const wd = (n: number, c: Citation, extra: Partial<DayCount> = {}): DayCount => ({
  n,
  unit: 'working',
  cite: c,
  ...extra,
});

export const days = (n: number, c: Citation, extra: Partial<DayCount> = {}): DayCount => ({
  n,
  unit: 'calendar',
  cite: c,
  ...extra,
});

export const text = (en: string, zh: string): Bilingual => ({ en, zh });

/** Decision periods the older Credit China measures leave open: the firm plans with 15 wd. */
export const FIRM_15_WD = wd(15, cite('firm'), { firmSetting: true });
