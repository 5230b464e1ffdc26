/**
 * Authority events checked against their case, through dispatch: every refusal writes
 * nothing; the extension is the rule's; a decision states its outcome and number and may
 * carry its document under the event's own item key.
 */
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import type { Channel, Input } from './contract';
import { LISTING, readySamrCase, testBackend, type TestBackend } from './testing';

let t: TestBackend;
afterEach(() => t?.backend.close());

/** The SAMR case (listed 2024-06-03) with every document received. */
async function readyCase() {
  return (await readySamrCase(t)).id;
}

/** Calls a channel that must be refused, and checks that nothing was written. */
async function refused<C extends Channel>(channel: C, input: Input<C>, lang: 'en' | 'zh' = 'en') {
  const before = t.snapshot();
  const r = await t.backend.dispatch(channel, input, { lang });
  expect(r.ok).toBe(false);
  expect(t.snapshot()).toBe(before);
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}

const LISTING_EN = 'SAMR seriously illegal and dishonest list 杭市监严〔2024〕8号';
const filing = (caseId: number, date: string) =>
  ({ caseId, type: 'filed', date, channel: 'online' }) as const;

async function pdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([300, 400]);
  return doc.save();
}

/** One small file through uploads.* (one chunk), as the decision dialog sends it. */
async function uploadTo(caseId: number, itemKey: string, bytes: Uint8Array) {
  const { uploadId } = await t.ok('uploads.begin', {
    filename: 'decision.pdf',
    mime: 'application/pdf',
    size: bytes.length,
  });
  await t.ok('uploads.chunk', { uploadId, index: 0, data: bytes });
  return t.backend.dispatch('uploads.finish', { uploadId, caseId, itemKey }, { lang: 'en' });
}

describe('events checked against their case', () => {
  it('refuses each out-of-order date at the date field, writing nothing', async () => {
    t = testBackend();
    const caseId = await readyCase();

    // Before the listing: a hard refusal, which no written reason lifts.
    const early = await refused('events.add', {
      ...filing(caseId, '2024-05-30'),
      overrideReason: 'The client insists.',
    });
    expect(early).toEqual({
      code: 'conflict',
      field: 'date',
      message: `This date is before the listing ${LISTING_EN} (2024-06-03): no authority event can come before a listing of its case. Enter 2024-06-03 or later, or correct the listing’s dates first.`,
    });

    await t.ok('events.add', filing(caseId, '2026-01-05'));
    const beforeFiling = await refused(
      'events.add',
      { caseId, type: 'accepted', date: '2026-01-02' },
      'zh',
    );
    expect(beforeFiling).toMatchObject({ code: 'conflict', field: 'date' });
    expect(beforeFiling.message).toContain('早于上一事件（已提交，2026-01-05）');

    await t.ok('events.add', { caseId, type: 'accepted', date: '2026-01-07' });
    const beforeAcceptance = await refused('events.add', {
      caseId,
      type: 'decided',
      date: '2026-01-06',
      outcome: 'repaired',
      decisionNo: '杭市监信修〔2026〕4号',
    });
    expect(beforeAcceptance).toMatchObject({ code: 'conflict', field: 'date' });
    expect(beforeAcceptance.message).toContain('(Accepted, 2026-01-07)');
  });

  it('an edit that moves an event before the listing is refused too', async () => {
    t = testBackend();
    const caseId = await readyCase();
    const filed = await t.ok('events.add', filing(caseId, '2026-01-05'));
    const id = filed.events[0]!.id;
    const error = await refused('events.update', {
      id,
      type: 'filed',
      date: '2024-06-01',
      channel: 'online',
    });
    expect(error).toMatchObject({ code: 'conflict', field: 'date' });
    expect(error.message).toContain(LISTING_EN);
  });

  it('an extension of 30 where the rule says 10 is refused with the rule cited; 10 is what counts', async () => {
    t = testBackend();
    const caseId = await readyCase();
    await t.ok('events.add', filing(caseId, '2026-01-05'));
    await t.ok('events.add', { caseId, type: 'accepted', date: '2026-01-07' });
    const extension = {
      caseId,
      type: 'extension',
      date: '2026-01-09',
      reason: '案情复杂',
    } as const;

    const thirty = await refused('events.add', { ...extension, workingDays: 30 });
    expect(thirty).toEqual({
      code: 'conflict',
      field: 'workingDays',
      message:
        'SAMR Order No. 107, arts. 13–17, 23 sets the extension at 10 working days; 30 cannot be recorded. Choose 10 working days: it is what the decision deadline is extended by.',
    });
    const zh = await refused('events.add', { ...extension, workingDays: 30 }, 'zh');
    expect(zh.message).toContain(
      '国家市场监督管理总局令第107号第13–17、23条规定延长期限为 10 个工作日',
    );

    const extended = await t.ok('events.add', { ...extension, workingDays: 10 });
    expect(extended.events.at(-1)).toMatchObject({ type: 'extension', workingDays: 10 });
    const due = extended.evaluation.dates.find((d) => d.kind === 'decisionDue')!;
    expect(due.explanation.en.join(' ')).toContain('10 working days added once');
  });

  it('a rule version without extension refuses the event, citing that rule', async () => {
    t = testBackend();
    const caseId = await readyCase();
    // Filed under SAMR Order 44 (until 2025-12-24): 15 working days to decide, no extension.
    await t.ok('events.add', filing(caseId, '2025-12-01'));
    await t.ok('events.add', { caseId, type: 'accepted', date: '2025-12-03' });
    const error = await refused('events.add', {
      caseId,
      type: 'extension',
      date: '2025-12-05',
      workingDays: 10,
      reason: 'complex',
    });
    expect(error).toMatchObject({ code: 'conflict', field: 'workingDays' });
    expect(error.message).toMatch(/^SAMR Order No\. 44, arts\. 16–21 sets no extension/);
  });

  it('still asks for a written reason to file before the wait is over, naming that date', async () => {
    t = testBackend();
    const caseId = await readyCase();
    const error = await refused('events.add', filing(caseId, '2025-05-02'));
    expect(error).toMatchObject({ code: 'needs_override', field: 'overrideReason' });
    expect(error.message).toContain('not over on 2025-05-02');
    expect(error.message).toContain('2025-06-04');
  });
});

describe('decisions', () => {
  async function accepted() {
    const caseId = await readyCase();
    await t.ok('events.add', filing(caseId, '2026-01-05'));
    await t.ok('events.add', { caseId, type: 'accepted', date: '2026-01-07' });
    return caseId;
  }
  const decide = (caseId: number, extra: { outcome?: 'refused'; reasons?: string } = {}) =>
    t.ok('events.add', {
      caseId,
      type: 'decided',
      date: '2026-01-15',
      outcome: 'repaired',
      decisionNo: '杭市监信修〔2026〕4号',
      ...extra,
    });

  it('have no default outcome and need their number, writing nothing without them', async () => {
    t = testBackend();
    const caseId = await accepted();
    const decision = { caseId, type: 'decided', date: '2026-01-15' } as const;
    // Checked by dispatch with the contract's own schema (the form's base schema).
    expect(
      await refused('events.add', { ...decision, decisionNo: '杭市监信修〔2026〕4号' } as never),
    ).toEqual({
      code: 'invalid',
      field: 'outcome',
      message: 'Choose what the authority decided: Repaired or Refused, as the decision says.',
    });
    expect(await refused('events.add', { ...decision, outcome: 'repaired' } as never)).toEqual({
      code: 'invalid',
      field: 'decisionNo',
      message: 'This field is required.',
    });
    const decided = await decide(caseId);
    expect(decided.events.at(-1)).toMatchObject({
      type: 'decided',
      decisionNo: '杭市监信修〔2026〕4号',
      files: [],
    });
  });

  it('keep their document under event-<id>, apart from the checklist, and lose it with the event', async () => {
    t = testBackend();
    const caseId = await accepted();
    const decided = await decide(caseId);
    const event = decided.events.at(-1)!;
    const acceptance = decided.events.find((e) => e.type === 'accepted')!;
    const bytes = await pdf();

    const attached = await uploadTo(caseId, `event-${event.id}`, bytes);
    if (!attached.ok) throw new Error(attached.error.message);
    const detail = attached.value as typeof decided;
    const file = detail.events.at(-1)!.files[0]!;
    expect(file).toMatchObject({ itemKey: `event-${event.id}`, filename: 'decision.pdf' });
    // Not a checklist item: the checklist and readiness stay as they were.
    expect(detail.checklist).toEqual(decided.checklist);
    expect(detail.readiness).toEqual(decided.readiness);
    const read = await t.ok('files.read', { id: file.id });
    expect(Buffer.from(read.data, 'base64').equals(Buffer.from(bytes))).toBe(true);

    // Only a decision of this case takes a document.
    for (const itemKey of [`event-${acceptance.id}`, 'event-999']) {
      const before = t.snapshot();
      const r = await uploadTo(caseId, itemKey, bytes);
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid', field: 'itemKey' } });
      expect(t.snapshot()).toBe(before);
    }
    const other = await t.ok('cases.create', { clientId: decided.clientId, listings: [LISTING] });
    const before = t.snapshot();
    const r = await uploadTo(other.id, `event-${event.id}`, bytes);
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid', field: 'itemKey' } });
    expect(t.snapshot()).toBe(before);

    const removed = await t.ok('events.delete', { id: event.id, reason: 'Logged twice.' });
    expect(removed.events.map((e) => e.type)).toEqual(['filed', 'accepted']);
    const gone = await t.backend.dispatch('files.read', { id: file.id }, { lang: 'en' });
    expect(gone).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('logged before numbers were asked still show; editing one asks for the number', async () => {
    t = testBackend();
    const caseId = await accepted();
    const decided = await decide(caseId, { outcome: 'refused', reasons: '证明材料不足' });
    const id = decided.events.at(-1)!.id;
    // As stored before this change: no decisionNo in the event's data.
    const db = new BetterSqlite3(join(t.dir, 'xiufu.db'));
    db.prepare("UPDATE case_events SET data = json_remove(data, '$.decisionNo') WHERE id = ?").run(
      id,
    );
    db.close();

    const shown = await t.ok('cases.get', { id: caseId });
    expect(shown.stage).toBe('refused');
    expect(shown.events.at(-1)).toMatchObject({ type: 'decided', outcome: 'refused' });
    expect(shown.events.at(-1)).not.toHaveProperty('decisionNo');

    const edit = {
      id,
      type: 'decided',
      date: '2026-01-15',
      outcome: 'refused',
      reasons: '证明材料不足',
    } as const;
    expect(await refused('events.update', edit as never)).toMatchObject({
      code: 'invalid',
      field: 'decisionNo',
    });
    const edited = await t.ok('events.update', { ...edit, decisionNo: '杭市监信修〔2026〕5号' });
    expect(edited.events.at(-1)).toMatchObject({ decisionNo: '杭市监信修〔2026〕5号' });
  });
});
