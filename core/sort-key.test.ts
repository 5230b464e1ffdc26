import { describe, expect, it } from 'vitest';
import { compareBySortKey, sortKey } from './sort-key';

const sorted = (names: string[]) => [...names].sort(compareBySortKey);
/** The part of the key before the name itself. */
const primary = (name: string) => sortKey(name).split('\u0001')[0];

describe('sortKey', () => {
  it('puts 北京 before 刘 (pinyin, not code point)', () => {
    expect('北' > '刘').toBe(true);
    expect(sorted(['刘建华', '北京华信'])).toEqual(['北京华信', '刘建华']);
  });

  it('orders Chinese names as Intl.Collator("zh-CN") does', () => {
    const names = [
      '中国重工',
      '阿里巴巴',
      '上海明远',
      '北京华信',
      '刘',
      '柳',
      '六',
      '西安飞机',
      '先锋科技',
      '杭州青禾',
      '深圳远航',
      '成都锦江',
      '安徽',
      '李明',
      '广州',
      '天津港',
      '武汉',
      '南京',
    ];
    expect(sorted(names)).toEqual([...names].sort(new Intl.Collator('zh-CN').compare));
  });

  it('sorts Latin names among the Chinese by the same letters', () => {
    expect(sorted(['Zeta Ltd', '北京华信', 'Beta Ltd', '阿里巴巴', 'apple', '刘'])).toEqual([
      '阿里巴巴',
      'apple',
      '北京华信',
      'Beta Ltd',
      '刘',
      'Zeta Ltd',
    ]);
  });

  it('reads a character as the word reads it (长沙 chang, 银行 hang)', () => {
    expect(primary('长沙')).toBe('chang2sha1');
    expect(primary('中国银行')).toBe('zhong1guo2yin2hang2');
  });

  it('leaves out punctuation and spaces and folds full-width forms', () => {
    expect(primary('（北京）科技')).toBe('bei3jing1ke1ji4');
    expect(primary('Ａｐｐｌｅ １号')).toBe('apple1hao4');
    expect(sorted(['（北京）科技', '安徽'])).toEqual(['安徽', '（北京）科技']);
  });

  it('puts digits first and keeps names equal in sound apart, always the same way', () => {
    expect(sorted(['上海', '123 Trading'])).toEqual(['123 Trading', '上海']);
    expect(sortKey('Apple')).not.toBe(sortKey('apple'));
    expect(sorted(['apple', 'Apple'])).toEqual(sorted(['Apple', 'apple']));
  });
});
