/** Every count in the UI goes through i18next plurals: _one and _other in English, _other in Chinese. */
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zh } from './zh';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string'
      ? [[`${prefix}${k}`, v] as [string, string]]
      : leaves(v, `${prefix}${k}.`),
  );
}

const enLeaves = new Map(leaves(en as unknown as Tree));
const zhLeaves = new Map(leaves(zh as unknown as Tree));

describe('plurals', () => {
  it('counts only in plural keys, each with both English forms', () => {
    for (const [key, text] of enLeaves) {
      if (!text.includes('{{count}}')) continue;
      expect(key, `${key} shows a count`).toMatch(/_(one|other)$/);
      const base = key.replace(/_(one|other)$/, '');
      expect(enLeaves.has(`${base}_one`) && enLeaves.has(`${base}_other`), base).toBe(true);
    }
  });

  it('Chinese has the _other form only (one plural category)', () => {
    for (const key of enLeaves.keys()) {
      if (key.endsWith('_other')) expect(zhLeaves.has(key), key).toBe(true);
    }
    expect([...zhLeaves.keys()].filter((k) => k.endsWith('_one'))).toEqual([]);
  });

  it('reads "1 case" and "2 cases" through i18next', async () => {
    const { i18n } = await import('./index');
    const t = i18n.getFixedT('en');
    expect(t('counts.cases', { count: 1 })).toBe('1 case');
    expect(t('counts.cases', { count: 2 })).toBe('2 cases');
    expect(t('cases.count', { count: 1 })).toBe('1 case shown');
    expect(i18n.getFixedT('zh')('counts.cases', { count: 1 })).toBe('1 个案件');
  });
});
