/**
 * The key a name sorts by, stored beside the name so that lists sorted by name stay on an
 * index (a collation cannot be used by SQLite's keyset paging). Chinese characters sort by
 * their pinyin, as `Intl.Collator('zh-CN')` orders them, and Latin letters sort among them
 * by the same letters, so "Beta Ltd" stands beside 北京 (bei) rather than after every
 * Chinese name:
 *
 * - each Chinese character becomes its toneless pinyin followed by its tone digit
 *   (北京 → "bei3jing1"): the digit both orders same-sounding characters by tone, as the
 *   collator does (刘 liu2 < 柳 liu3 < 六 liu4), and ends the syllable, so 西安 (xi1an1)
 *   comes before 先 (xian1), character by character; ü is written v (绿 → lv4);
 * - a reading that depends on the word is taken from the word (长沙 → chang2sha1,
 *   银行 → yin2hang2), where the collator uses one reading per character;
 * - Latin letters and digits are kept, lower case, after Unicode compatibility folding
 *   (full-width Ａ１ → a1); letters of other scripts are kept as they are;
 * - punctuation, symbols and spaces are left out ("（北京）科技" sorts under b);
 * - after a separator below every other character, the name itself, so that names equal
 *   in the first part still sort the same way every time.
 */
import { pinyin } from 'pinyin-pro';

const SEPARATOR = '\u0001';
const LEFT_OUT = /[\p{P}\p{S}\p{Z}\p{C}]/u;

export function sortKey(name: string): string {
  const folded = name.normalize('NFKC');
  const parts = pinyin(folded, { toneType: 'num', type: 'all', v: true });
  let primary = '';
  for (const p of parts) {
    if (p.isZh && p.pinyin) primary += p.pinyin.toLowerCase();
    else if (!LEFT_OUT.test(p.origin)) primary += p.origin.toLowerCase();
  }
  return `${primary}${SEPARATOR}${name}`;
}

/** Orders names as the stored keys do (the clients and cases lists sorted by name). */
export function compareBySortKey(a: string, b: string): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
