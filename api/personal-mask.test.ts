/**
 * A person's ID-card number is masked in every answer that lists it (first 4 and last 4
 * shown) and in the pages of the client and its cases; the full number leaves the backend
 * only through clients.reveal, which logs who asked and when. A company's code is public.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { COMPANY, testBackend, type TestBackend } from './testing';
import { MASKED, PERSON, personCase as personCaseOf } from './personal-testing';

let t: TestBackend;
afterEach(() => t?.backend.close());

async function personCase() {
  t = testBackend();
  return personCaseOf(t);
}

const carries = (value: unknown, text: string) => JSON.stringify(value).includes(text);

describe('masked ID-card numbers', () => {
  it('lists carry the mask, never the full number', async () => {
    const { clientId, caseId } = await personCase();
    const answers = {
      clients: await t.ok('clients.list', {}),
      clientsFound: await t.ok('clients.list', { search: '张三丰' }),
      cases: await t.ok('cases.list', {}),
      casesFound: await t.ok('cases.list', { search: '张三丰' }),
      dashboard: await t.ok('dashboard.summary', {}),
      queue: await t.ok('queue.list', {}),
      agenda: await t.ok('agenda.list', { from: '2024-01-01', to: '2030-12-31' }),
      client: await t.ok('clients.get', { id: clientId }),
      case: await t.ok('cases.get', { id: caseId }),
    };
    expect(answers.clients.items[0]!.idNumber).toBe(MASKED);
    expect(answers.clientsFound.items[0]!.idNumber).toBe(MASKED);
    expect(answers.cases.items[0]!.clientIdNumber).toBe(MASKED);
    expect(answers.casesFound.items[0]!.clientIdNumber).toBe(MASKED);
    expect(answers.agenda.items.length).toBeGreaterThan(0);
    expect(answers.agenda.items[0]!.clientIdNumber).toBe(MASKED);
    expect(carries(answers.dashboard, MASKED), 'dashboard').toBe(true);
    expect(carries(answers.queue, MASKED), 'queue').toBe(true);
    expect(answers.client.idNumber).toBe(MASKED);
    expect(answers.case.client.idNumber).toBe(MASKED);
    expect(answers.case.clientIdNumber).toBe(MASKED);
    // The history of the client and of its case holds snapshots with the number: masked too.
    expect(answers.client.history.length).toBeGreaterThan(0);
    expect(answers.case.history.length).toBeGreaterThan(0);
    for (const [name, value] of Object.entries(answers)) {
      expect(carries(value, PERSON.idNumber), name).toBe(false);
    }
  });

  it("a company's credit code is public and shown whole", async () => {
    t = testBackend();
    const client = await t.ok('clients.create', COMPANY);
    expect((await t.ok('clients.list', {})).items[0]!.idNumber).toBe(COMPANY.idNumber);
    expect((await t.ok('clients.get', { id: client.id })).idNumber).toBe(COMPANY.idNumber);
    const before = t.snapshot();
    expect(await t.ok('clients.reveal', { id: client.id })).toEqual({
      idNumber: COMPANY.idNumber,
    });
    expect(t.snapshot()).toBe(before);
  });

  it('a reveal answers the full number and logs who asked, when and why', async () => {
    const { clientId } = await personCase();
    await t.ok('settings.update', { userName: '王律师' });
    const historyBefore = (await t.ok('clients.get', { id: clientId })).history.length;
    expect(await t.ok('clients.reveal', { id: clientId, purpose: 'edit' })).toEqual({
      idNumber: PERSON.idNumber,
    });
    const { history } = await t.ok('clients.get', { id: clientId });
    expect(history).toHaveLength(historyBefore + 1);
    expect(history[0]).toMatchObject({
      actor: '王律师',
      entity: 'client',
      entityId: clientId,
      action: 'reveal',
      before: null,
      after: { field: 'idNumber', purpose: 'edit' },
    });
    expect(carries(history[0], PERSON.idNumber)).toBe(false);
  });

  it('a reveal of an unknown client is refused and writes nothing', async () => {
    await personCase();
    const before = t.snapshot();
    const r = await t.backend.dispatch('clients.reveal', { id: 999 }, { lang: 'zh' });
    expect(r.ok).toBe(false);
    expect(t.snapshot()).toBe(before);
  });

  it('editing with the revealed number saves; the answer of the list stays masked', async () => {
    const { clientId } = await personCase();
    const { idNumber } = await t.ok('clients.reveal', { id: clientId, purpose: 'edit' });
    await t.ok('clients.update', { id: clientId, ...PERSON, idNumber, address: '新地址' });
    const client = await t.ok('clients.get', { id: clientId });
    expect(client).toMatchObject({ address: '新地址', idNumber: MASKED });
  });
});
