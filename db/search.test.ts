import { describe, expect, it } from 'vitest';
import { quotePhrase, splitTerms, textFilter } from './search';

const INDEX = { table: 'idx', columns: ['a', 'b'], id: 'x.id' };

describe('search terms', () => {
  it('sends terms of 3+ characters (code points) to MATCH, shorter ones to LIKE', () => {
    expect(splitTerms(' 北京  华信科技\u3000AB abc 𠮷野家 ')).toEqual({
      long: ['华信科技', 'abc', '𠮷野家'],
      short: ['北京', 'AB'],
    });
  });

  it('quotes every term as a phrase, doubling quotes', () => {
    expect(quotePhrase('a"b')).toBe('"a""b"');
    expect(textFilter('AND -x* "q"', INDEX)?.params).toEqual({ match: '"AND" "-x*" """q"""' });
  });

  it('matches short terms with escaped LIKE on every column', () => {
    const f = textFilter('%_', INDEX)!;
    expect(f.params).toEqual({ short0: '%\\%\\_%' });
    expect(f.sql).toBe(
      "x.id IN (SELECT rowid FROM idx WHERE (a LIKE :short0 ESCAPE '\\' OR b LIKE :short0 ESCAPE '\\'))",
    );
  });

  it('takes a NUL for a separator, never into a phrase (FTS5 would end the query there)', () => {
    expect(splitTerms('\u0000\u0000\u0000')).toEqual({ long: [], short: [] });
    expect(textFilter('abc\u0000def', INDEX)?.params).toEqual({ match: '"abc" "def"' });
  });

  it('is no filter for blank input', () => {
    expect(textFilter('   ', INDEX)).toBeNull();
  });
});
