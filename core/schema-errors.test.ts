import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { translateMessage } from './messages';
import { agendaFilter, agendaListInput } from './schemas';

const said = (schema: z.ZodType, input: unknown, lang: 'en' | 'zh') => {
  const r = schema.safeParse(input);
  if (r.success) throw new Error('accepted');
  return translateMessage(r.error.issues[0]!.message, lang);
};

describe('limits no schema worded', () => {
  it('are answered from the catalogue, in both languages', () => {
    const long = { authority: 'x'.repeat(300) };
    expect(said(agendaFilter, long, 'en')).toBe('Too long: at most 200 characters.');
    expect(said(agendaFilter, long, 'zh')).toBe('内容过长：最多 200 个字符。');
    expect(said(agendaListInput, { limit: 0 }, 'zh')).toBe('数值过小：至少为 1。');
    expect(said(agendaListInput, { limit: 1000 }, 'en')).toBe('Too large: at most 200.');
    expect(said(z.array(z.string()).max(2), ['a', 'b', 'c'], 'zh')).toBe('数量过多：最多 2 项。');
    expect(said(agendaListInput, { limit: 'ten' }, 'en')).toBe('This value is not valid.');
  });

  it('leave the messages a schema words itself alone', () => {
    expect(said(agendaListInput, { day: '2026-13-01' }, 'en')).toMatch(/^Enter a real date/);
  });
});
