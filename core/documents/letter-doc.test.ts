import { describe, expect, it } from 'vitest';
import { decodeMessage } from '../messages';
import { docTitle, draftDoc, letterDoc, MAX_LETTER_CHARS } from './letter-doc';

const errorOf = (value: unknown) => {
  const r = letterDoc.safeParse(value);
  if (r.success) throw new Error('accepted');
  expect(r.error.issues).toHaveLength(1);
  return decodeMessage(r.error.issues[0]!.message);
};

const text = (t: string, ...marks: string[]) => ({
  type: 'text',
  text: t,
  ...(marks.length ? { marks: marks.map((type) => ({ type })) } : {}),
});

describe('letterDoc', () => {
  it('accepts what the editor writes: headings, paragraphs, nested lists, three marks', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [text('信用承诺书')] },
        {
          type: 'paragraph',
          content: [text('We '), text('hereby', 'bold', 'italic', 'underline')],
        },
        { type: 'paragraph' },
        {
          type: 'orderedList',
          attrs: { start: 1, type: null },
          content: [
            {
              type: 'listItem',
              content: [
                { type: 'paragraph', content: [text('one')] },
                {
                  type: 'bulletList',
                  content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }],
                },
              ],
            },
          ],
        },
      ],
    };
    expect(letterDoc.parse(doc).content).toHaveLength(4);
  });

  it('names a block, a mark or a node a letter cannot hold', () => {
    const para = (...content: unknown[]) => ({
      type: 'doc',
      content: [{ type: 'paragraph', content }],
    });
    expect(errorOf({ type: 'doc', content: [{ type: 'table', content: [] }] })).toEqual({
      key: 'letters.unsupported',
      params: { what: 'table' },
    });
    expect(errorOf(para(text('x', 'strike'))).params).toEqual({ what: 'strike' });
    expect(errorOf(para({ type: 'image', attrs: { src: 'x' } })).params).toEqual({ what: 'image' });
    expect(
      errorOf({ type: 'doc', content: [{ type: 'heading', attrs: { level: 6 } }] }).params,
    ).toEqual({
      what: 'heading',
    });
    expect(errorOf('not a document').params).toEqual({ what: 'doc' });
  });

  it('refuses an empty letter, a letter too long, lists nested too deep', () => {
    expect(errorOf({ type: 'doc', content: [{ type: 'paragraph' }] }).key).toBe('letters.empty');
    const long = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [text('字'.repeat(MAX_LETTER_CHARS + 1))] }],
    };
    expect(errorOf(long).key).toBe('letters.tooLong');
    let node: unknown = { type: 'paragraph', content: [text('deep')] };
    for (let i = 0; i < 5; i++)
      node = { type: 'bulletList', content: [{ type: 'listItem', content: [node] }] };
    expect(errorOf({ type: 'doc', content: [node] }).key).toBe('letters.tooDeep');
  });

  it('turns a draft into a heading and paragraphs, and names the file by the heading', () => {
    const doc = draftDoc({ title: '守信承诺书', paragraphs: ['本单位承诺：', ''] });
    expect(doc.content.map((b) => b.type)).toEqual(['heading', 'paragraph', 'paragraph']);
    expect(letterDoc.parse(doc)).toEqual(doc);
    expect(docTitle(doc)).toBe('守信承诺书');
  });
});
