import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COMPANY, LISTING, testBackend, type TestBackend } from './testing';

let t: TestBackend;

/**
 * Tuesday 2026-03-03, 10:00 in China. Only Date is faked: today() reads the clock through
 * Temporal.Now, which the fake moves, so production code keeps calling today() as it is.
 */
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-03T02:00:00Z'));
  t = testBackend();
  clientId = undefined;
});
afterEach(() => {
  t.backend.close();
  vi.useRealTimers();
});

let clientId: number | undefined;

/** A case with one SAMR serious-list listing (listed 2024-06-03), all for one client. */
async function samrCase(_t: TestBackend) {
  clientId ??= (await t.ok('clients.create', COMPANY)).id;
  return t.ok('cases.create', {
    clientId,
    listings: [{ ...LISTING, decisionDate: '2024-05-20', listingDate: '2024-06-03' }],
  });
}

async function receiveAll(caseId: number) {
  for (const item of (await t.ok('cases.get', { id: caseId })).checklist) {
    await t.ok('documents.set', {
      caseId,
      documentId: item.documentId,
      status: 'received',
      note: '',
    });
  }
}

/** Filed Monday 2026-01-05, accepted 2026-01-07: the decision (SAMR Order 107, 7 wd) is overdue. */
async function overdueDecision() {
  const c = await samrCase(t);
  await receiveAll(c.id);
  await t.ok('events.add', { caseId: c.id, type: 'filed', date: '2026-01-05', channel: 'online' });
  return t.ok('events.add', { caseId: c.id, type: 'accepted', date: '2026-01-07' });
}

/** The authority's decision, logged (one place to follow the decision event's fields). */
const decide = (caseId: number, date: string, outcome: 'repaired' | 'refused', reasons = '') =>
  t.ok('events.add', {
    caseId,
    type: 'decided',
    date,
    outcome,
    decisionNo: '杭市监信修〔2026〕4号',
    reasons,
  });

const kinds = (items: { caseId: number; kind: string }[], caseId: number) =>
  items.filter((i) => i.caseId === caseId).map((i) => i.kind);

describe('agenda.list: every date of open cases, marked', () => {
  it('shows an overdue decision deadline, marked overdue, in the default range', async () => {
    const c = await overdueDecision();
    const decision = c.evaluation.dates.find((d) => d.kind === 'decisionDue')!;
    expect(decision.date < '2026-02-01').toBe(true);
    const agenda = await t.ok('agenda.list', {});
    expect(agenda.today).toBe('2026-03-03');
    // The default reaches back to the oldest overdue deadline, further than 30 days.
    expect(agenda.from).toBe(decision.date);
    expect(agenda.to).toBe('2027-03-03');
    expect(agenda.items).toContainEqual(
      expect.objectContaining({ caseId: c.id, kind: 'decisionDue', status: 'overdue' }),
    );
    expect(agenda.nextCursor).toBeNull();
    // Met deadlines and reached milestones stay, marked done and past.
    const wide = await t.ok('agenda.list', { from: '2025-01-01', to: '2026-12-31' });
    const status = Object.fromEntries(wide.items.map((i) => [i.kind, i.status]));
    expect(status).toEqual({
      mayApplyFrom: 'past',
      firstWorkingDayToFile: 'past',
      acceptanceDue: 'done',
      decisionDue: 'overdue',
    });
  });

  it('marks milestones past, today and upcoming against today', async () => {
    const c = await samrCase(t);
    const agenda = await t.ok('agenda.list', { from: '2025-01-01', to: '2028-12-31' });
    const mine = agenda.items.filter((i) => i.caseId === c.id);
    // Listed 2024-06-03: may apply from 2025-06-04 (past); automatic end 2027-06-03 (ahead).
    expect(mine).toContainEqual(
      expect.objectContaining({ kind: 'mayApplyFrom', date: '2025-06-04', status: 'past' }),
    );
    expect(mine).toContainEqual(
      expect.objectContaining({ kind: 'automaticEnd', status: 'upcoming' }),
    );
  });

  it('keeps only the publicity-stop deadline of a repaired case', async () => {
    const c = await overdueDecision();
    await decide(c.id, '2026-02-10', 'repaired');
    const agenda = await t.ok('agenda.list', { from: '2020-01-01', to: '2030-12-31' });
    expect(kinds(agenda.items, c.id)).toEqual(['publicityStopDue']);
    // Publicity had to stop within 3 working days of the decision: overdue now.
    expect(agenda.items[0]).toMatchObject({ stage: 'repaired', status: 'overdue' });
    const ics = new ICAL.Component(ICAL.parse((await t.ok('agenda.ics', {})).content));
    expect(ics.getAllSubcomponents('vevent')).toHaveLength(1);
  });

  it('shows nothing of a withdrawn or a closed case, nor of an archived one', async () => {
    const withdrawn = await overdueDecision();
    await t.ok('events.add', { caseId: withdrawn.id, type: 'withdrawn', date: '2026-02-02' });
    const open = await samrCase(t);
    const all = { from: '2020-01-01', to: '2030-12-31' };
    expect(kinds((await t.ok('agenda.list', all)).items, withdrawn.id)).toEqual([]);
    expect(kinds((await t.ok('agenda.list', all)).items, open.id).length).toBeGreaterThan(0);

    // A refused case may be filed again: its waits and automatic end still count.
    const refused = await overdueDecision();
    await decide(refused.id, '2026-02-03', 'refused', '罚款尚未缴清');
    expect(kinds((await t.ok('agenda.list', all)).items, refused.id)).toContain('automaticEnd');
    await t.ok('events.add', { caseId: refused.id, type: 'closed', date: '2026-02-04' });
    expect(kinds((await t.ok('agenda.list', all)).items, refused.id)).toEqual([]);

    await t.ok('cases.archive', { id: open.id });
    expect((await t.ok('agenda.list', all)).items).toEqual([]);
  });

  it('keeps to the range asked for, both ends included', async () => {
    await overdueDecision();
    const every = (await t.ok('agenda.list', { from: '2020-01-01', to: '2030-12-31' })).items;
    const [first, second] = [every[0]!.date, every[1]!.date];
    const one = await t.ok('agenda.list', { from: first, to: first });
    expect(one).toMatchObject({ from: first, to: first });
    expect(one.items.every((i) => i.date === first)).toBe(true);
    const two = await t.ok('agenda.list', { from: first, to: second });
    expect(two.items.map((i) => i.date)).toEqual(
      every.filter((i) => i.date >= first && i.date <= second).map((i) => i.date),
    );
    // A range that starts after the overdue date does not show it.
    const later = await t.ok('agenda.list', { from: '2026-03-01' });
    expect(later.items.some((i) => i.status === 'overdue')).toBe(false);
    expect(later.to).toBe('2027-03-03');
  });

  it('pages the list by keyset; a day of the grid narrows it', async () => {
    for (let i = 0; i < 3; i++) await overdueDecision();
    const range = { from: '2020-01-01', to: '2030-12-31' };
    const whole = await t.ok('agenda.list', { ...range, limit: 200 });
    expect(whole.items.length).toBeGreaterThan(5);
    const paged: typeof whole.items = [];
    let cursor: string | undefined;
    do {
      const page = await t.ok('agenda.list', { ...range, limit: 2, cursor });
      expect(page.items.length).toBeLessThanOrEqual(2);
      expect(page).toMatchObject(range);
      paged.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(paged).toEqual(whole.items);

    const overdue = whole.items.find((i) => i.status === 'overdue')!;
    const day = await t.ok('agenda.list', { ...range, day: overdue.date });
    expect(day).toMatchObject({ ...range, nextCursor: null });
    expect(day.items).toEqual(whole.items.filter((i) => i.date === overdue.date));
  });

  it('counts the month grid’s days: how many dates, how many overdue, the most urgent', async () => {
    for (let i = 0; i < 3; i++) await overdueDecision();
    const range = { from: '2020-01-01', to: '2030-12-31' };
    const whole = (await t.ok('agenda.list', { ...range, limit: 200 })).items;
    const overdue = whole.find((i) => i.status === 'overdue')!;
    const month = overdue.date.slice(0, 7);
    const { days } = await t.ok('agenda.summary', { ...range, month: `${month}-20` });
    const inMonth = whole.filter((i) => i.date.startsWith(month));
    expect(days.map((d) => d.date)).toEqual([...new Set(inMonth.map((i) => i.date))]);
    for (const d of days) {
      const items = inMonth.filter((i) => i.date === d.date);
      expect(d.count).toBe(items.length);
      expect(d.overdue).toBe(items.filter((i) => i.status === 'overdue').length);
    }
    expect(days.find((d) => d.date === overdue.date)).toMatchObject({
      count: 3,
      overdue: 3,
      status: 'overdue',
    });
    // Only the part of the month inside the range, and nothing outside it.
    const cut = await t.ok('agenda.summary', {
      from: overdue.date,
      to: overdue.date,
      month: `${month}-01`,
    });
    expect(cut.days.map((d) => d.date)).toEqual([overdue.date]);
    const outside = await t.ok('agenda.summary', { from: '2030-01-01', month: `${month}-01` });
    expect(outside.days).toEqual([]);
  });

  it('refuses a range that ends before it starts, or a date that does not exist, and writes nothing', async () => {
    await overdueDecision();
    const before = t.snapshot();
    for (const [input, field, message] of [
      [
        { from: '2026-03-10', to: '2026-03-01' },
        'to',
        /ends on 2026-03-01, before it starts on 2026-03-10/,
      ],
      [{ from: '2026-02-30' }, 'from', /real date/],
      [{ to: '2026/03/01' }, 'to', /real date/],
    ] as const) {
      for (const channel of ['agenda.list', 'agenda.ics'] as const) {
        const r = await t.backend.dispatch(channel, input, { lang: 'en' });
        expect(r).toMatchObject({ ok: false, error: { code: 'invalid', field } });
        if (!r.ok) expect(r.error.message).toMatch(message);
      }
    }
    const zh = await t.backend.dispatch(
      'agenda.list',
      { from: '2026-03-10', to: '2026-03-01' },
      { lang: 'zh' },
    );
    expect(zh).toMatchObject({ ok: false, error: { message: expect.stringContaining('结束日') } });
    expect(t.snapshot()).toBe(before);
  });
});

describe('agenda.ics: the same dates, with reminders and links', () => {
  const parse = (content: string) =>
    new ICAL.Component(ICAL.parse(content)).getAllSubcomponents('vevent');

  it('includes the overdue decision with a reminder N days before and the case link', async () => {
    const c = await overdueDecision();
    await t.ok('settings.update', { icsReminderDays: 5 });
    const range = { from: '2026-01-01', to: '2026-12-31' };
    const agenda = await t.ok('agenda.list', range);
    const file = await t.ok('agenda.ics', range);
    expect(file.filename).toBe('xiufu-agenda-2026-01-01-2026-12-31.ics');
    const events = parse(file.content);
    expect(events).toHaveLength(agenda.items.length);
    const decision = events.find((v) =>
      String(v.getFirstPropertyValue('uid')).endsWith('-decisionDue@xiufu.local'),
    )!;
    const event = new ICAL.Event(decision);
    expect(event.uid).toBe(`xiufu-case${c.id}-listing${c.listings[0]!.id}-decisionDue@xiufu.local`);
    expect(event.summary).toMatch(/^Overdue: Decision due — /);
    expect(decision.getFirstPropertyValue('url')).toBe(`xiufu://cases/${c.id}`);
    expect(event.description).toContain(`Open in Xiufu: xiufu://cases/${c.id}`);
    expect(event.description).toContain('Status on 2026-03-03: Overdue');
    const alarm = decision.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarm.getFirstPropertyValue('trigger'))).toBe('-P5D');
    // A met deadline needs no reminder.
    const accepted = events.find((v) =>
      String(v.getFirstPropertyValue('uid')).endsWith('-acceptanceDue@xiufu.local'),
    )!;
    expect(accepted.getFirstSubcomponent('valarm')).toBeNull();
  });

  it('exports without reminders when the setting is 0, in the user’s language', async () => {
    await overdueDecision();
    await t.ok('settings.update', { icsReminderDays: 0 });
    const r = await t.backend.dispatch('agenda.ics', {}, { lang: 'zh' });
    if (!r.ok) throw new Error(r.error.message);
    const events = parse((r.value as { content: string }).content);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((v) => v.getFirstSubcomponent('valarm') === null)).toBe(true);
    const summaries = events.map((v) => String(v.getFirstPropertyValue('summary')));
    expect(summaries).toContainEqual(expect.stringMatching(/^已逾期：决定期限 — /));
  });
});
