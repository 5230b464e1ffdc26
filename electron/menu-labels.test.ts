import { describe, expect, it } from 'vitest';
import { langForLocale, menuLabels, unsavedLabels } from './menu-labels';

describe('menu labels', () => {
  it.each(['zh', 'zh-CN', 'zh-TW', 'zh_HK', 'ZH-cn'])('reads Chinese for %s', (locale) => {
    expect(langForLocale(locale)).toBe('zh');
  });

  it.each(['en-US', 'en', 'de', '', 'zhx'])('reads English for %s', (locale) => {
    expect(langForLocale(locale)).toBe('en');
  });

  it('has every label in both languages', () => {
    const en = menuLabels('en');
    const zh = menuLabels('zh-CN');
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    expect(zh.copy).toBe('复制');
    expect(en.quit).toBe('Quit Xiufu');
  });

  it('asks about unsaved changes in both languages', () => {
    expect(unsavedLabels('en-GB')).toMatchObject({ stay: 'Stay', leave: 'Leave without saving' });
    expect(unsavedLabels('zh-CN')).toMatchObject({ stay: '留在此页', leave: '不保存，离开' });
  });
});
