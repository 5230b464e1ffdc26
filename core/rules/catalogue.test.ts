import { describe, expect, it } from 'vitest';
import { REGIME_IDS } from '../regimes';
import { DEFAULT_CATALOGUE, pickVersion } from './catalogue';
import { citationText } from './sources';

const regimes = Object.values(DEFAULT_CATALOGUE.regimes);

describe('default catalogue', () => {
  it('has exactly the regimes of core/regimes.ts', () => {
    expect(Object.keys(DEFAULT_CATALOGUE.regimes).sort()).toEqual([...REGIME_IDS].sort());
    expect(DEFAULT_CATALOGUE.version).toBe('2026.1');
  });

  it.each(regimes.map((r) => [r.id, r] as const))(
    '%s: versions are ordered, unique and do not overlap',
    (_, regime) => {
      const ids = regime.versions.map((v) => v.id);
      expect(new Set(ids).size).toBe(ids.length);
      regime.versions.forEach((v, i) => {
        expect(v.id.startsWith(`${regime.id}@`)).toBe(true);
        if (v.validFrom && v.validTo) expect(v.validFrom <= v.validTo).toBe(true);
        const next = regime.versions[i + 1];
        if (next)
          expect(v.validTo !== null && next.validFrom !== null && v.validTo < next.validFrom).toBe(
            true,
          );
        v.documents.forEach((d) => expect(DEFAULT_CATALOGUE.documents[d]).toBeDefined());
      });
    },
  );

  it('chooses versions by filing date at their boundaries', () => {
    const cc = DEFAULT_CATALOGUE.regimes['cc-penalty-serious']!;
    expect(pickVersion(cc, '2019-06-30')).toBeNull();
    expect(pickVersion(cc, '2019-07-01')?.id).toBe('cc-penalty-serious@2019-07-01');
    expect(pickVersion(cc, '2023-04-30')?.wait.span).toEqual({ months: 6 });
    expect(pickVersion(cc, '2023-05-01')?.wait.span).toEqual({ years: 1 });
    expect(pickVersion(cc, '2026-03-31')?.deadlines.decide?.firmSetting).toBe(true);
    expect(pickVersion(cc, '2026-04-01')?.deadlines).toMatchObject({
      accept: { n: 3 },
      decide: { n: 7 },
      extension: { n: 10 },
    });
    const samr = DEFAULT_CATALOGUE.regimes['samr-serious-list']!;
    expect(pickVersion(samr, '2025-12-24')?.deadlines.decide?.n).toBe(15);
    expect(pickVersion(samr, '2025-12-25')?.deadlines.decide?.n).toBe(7);
    const abnormal = DEFAULT_CATALOGUE.regimes['samr-abnormal']!;
    expect(pickVersion(abnormal, '2020-01-01')?.deadlines.decide?.n).toBe(5);
    expect(pickVersion(abnormal, '2026-01-01')?.deadlines.decide?.n).toBe(2);
  });

  it('quotes sources and articles in both languages', () => {
    const cite = { source: 'samr-107' as const, articles: [13, 14, 15, 16, 17, 23] };
    expect(citationText(cite, 'en')).toBe('SAMR Order No. 107, arts. 13–17, 23');
    expect(citationText(cite, 'zh')).toBe('国家市场监督管理总局令第107号第13–17、23条');
    expect(citationText({ source: 'sta-54', articles: [25] }, 'zh')).toBe(
      '国家税务总局令第54号第二十五条',
    );
    expect(citationText({ source: 'sta-54', articles: [25] }, 'en')).toBe(
      'STA Order No. 54, art. 25',
    );
  });
});
