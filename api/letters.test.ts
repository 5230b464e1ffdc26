import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import type { Output } from './contract';
import { personCase, PERSON } from './personal-testing';
import { samrCase, storedFiles, testBackend, type TestBackend } from './testing';

let t: TestBackend;
afterEach(() => t?.backend.close());

const bold = (text: string) => ({ type: 'text', text, marks: [{ type: 'bold' }] });

describe('letters as documents', () => {
  it('saves each version with its PDF and history; earlier versions stay as they were', async () => {
    t = testBackend();
    const c = await samrCase(t);
    const { doc } = await t.ok('letters.draft', { caseId: c.id, kind: 'commitment', lang: 'zh' });
    expect(doc.content[0]).toMatchObject({ type: 'heading', attrs: { level: 1 } });

    const first = await t.ok('letters.save', { caseId: c.id, kind: 'commitment', lang: 'zh', doc });
    expect(first.version).toMatchObject({ version: 1, lang: 'zh', kind: 'commitment', doc });
    const edited = {
      ...doc,
      content: [...doc.content, { type: 'paragraph' as const, content: [bold('补充承诺')] }],
    };
    const second = await t.ok('letters.save', {
      caseId: c.id,
      kind: 'commitment',
      lang: 'en',
      doc: edited,
    });
    expect(second.version.version).toBe(2);

    const versions = await t.ok('letters.list', { caseId: c.id, kind: 'commitment' });
    expect(versions.map((v) => [v.version, v.lang])).toEqual([
      [2, 'en'],
      [1, 'zh'],
    ]);
    expect(versions[1]!.doc).toEqual(doc);
    expect(versions[0]!.doc).toEqual(edited);
    expect(await t.ok('letters.list', { caseId: c.id, kind: 'application' })).toEqual([]);

    // Both PDFs stay attached to the item, each named by its version.
    const item = second.detail.checklist.find(
      (i) => i.documentId === 'integrity-commitment-letter',
    )!;
    expect(item.files.map((f) => f.id).sort()).toEqual(versions.map((v) => v.fileId).sort());
    expect(item.files.map((f) => f.filename).sort()).toEqual([
      expect.stringMatching(/^守信承诺书 v1 \d{4}-\d{2}-\d{2}\.pdf$/),
      expect.stringMatching(/^守信承诺书 v2 \d{4}-\d{2}-\d{2}\.pdf$/),
    ]);
    const history = second.detail.history.filter(
      (h) => h.after && typeof h.after === 'object' && 'letterVersion' in h.after,
    );
    expect(
      history.map((h) => (h.after as { letterVersion: { version: number } }).letterVersion.version),
    ).toEqual([2, 1]);
  });

  it('previews exactly the PDF a save attaches', async () => {
    t = testBackend();
    const c = await samrCase(t);
    const { doc } = await t.ok('letters.draft', { caseId: c.id, kind: 'commitment', lang: 'en' });
    const before = t.snapshot();
    const preview = await t.ok('letters.preview', { doc });
    expect(preview.pageCount).toBe(1);
    expect(t.snapshot()).toBe(before);
    const saved = await t.ok('letters.save', { caseId: c.id, kind: 'commitment', lang: 'en', doc });
    const read = await t.ok('files.read', { id: saved.version.fileId });
    expect(read.data).toBe(preview.data);
    expect((await PDFDocument.load(Buffer.from(read.data, 'base64'))).getPageCount()).toBe(1);
  });

  it('refuses a document a letter cannot hold, naming it, and writes nothing', async () => {
    t = testBackend();
    const c = await samrCase(t);
    const before = t.snapshot();
    const table = { type: 'doc', content: [{ type: 'table', content: [] }] };
    for (const lang of ['en', 'zh'] as const) {
      const result = await t.backend.dispatch(
        'letters.save',
        { caseId: c.id, kind: 'commitment', lang, doc: table },
        { lang },
      );
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
      expect(JSON.stringify(result)).toContain(
        lang === 'en' ? 'The letter holds “table”' : '文书中含有“table”',
      );
    }
    const empty = await t.backend.dispatch(
      'letters.preview',
      { doc: { type: 'doc', content: [{ type: 'paragraph' }] } },
      { lang: 'en' },
    );
    expect(JSON.stringify(empty)).toContain('The letter is empty');
    expect(t.snapshot()).toBe(before);
    expect(storedFiles(t)).toEqual([]);
  });

  it('refuses to save on an archived case, writing nothing', async () => {
    t = testBackend();
    const c = await samrCase(t);
    const { doc } = await t.ok('letters.draft', { caseId: c.id, kind: 'commitment', lang: 'en' });
    await t.ok('cases.archive', { id: c.id });
    const before = t.snapshot();
    const result = await t.backend.dispatch(
      'letters.save',
      { caseId: c.id, kind: 'commitment', lang: 'en', doc },
      { lang: 'en' },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(t.snapshot()).toBe(before);
  });
});

describe('letters and personal data', () => {
  it('erasing a client removes its letters’ saved versions (their text names the person)', async () => {
    t = testBackend();
    const { clientId, caseId } = await personCase(t);
    const kinds = ['commitment', 'application'] as const;
    let saved = 0;
    for (const kind of kinds) {
      const draft = await t.backend.dispatch(
        'letters.draft',
        { caseId, kind, lang: 'zh' },
        { lang: 'en' },
      );
      if (!draft.ok) continue;
      await t.ok('letters.save', {
        caseId,
        kind,
        lang: 'zh',
        doc: (draft.value as Output<'letters.draft'>).doc,
      });
      saved++;
    }
    expect(saved).toBeGreaterThan(0);
    const versionsOf = async () =>
      (await Promise.all(kinds.map((kind) => t.ok('letters.list', { caseId, kind })))).flat();
    expect(JSON.stringify(await versionsOf())).toContain(PERSON.name);
    await t.ok('personal.erase', {
      id: clientId,
      reason: 'The person asked',
      confirm: PERSON.name,
    });
    expect(await versionsOf()).toEqual([]);
  });
});
