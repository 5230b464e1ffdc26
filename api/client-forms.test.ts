import { afterEach, describe, expect, it } from 'vitest';
import { COMPANY, testBackend, type TestBackend } from './testing';

/** A resident identity card number with a valid check character (RULES.md §5). */
const PERSON = { kind: 'person', name: '刘建华', idNumber: '11010519491231002X' } as const;

let t: TestBackend;
afterEach(() => t?.backend.close());

describe('clients: what the client form relies on', () => {
  it('keeps no legal representative for a person, also when a company becomes a person', async () => {
    t = testBackend();
    const person = await t.ok('clients.create', { ...PERSON, legalRep: '张三' });
    expect(person.legalRep).toBe('');

    const company = await t.ok('clients.create', { ...COMPANY, legalRep: '王立新' });
    expect(company.legalRep).toBe('王立新');
    const changed = await t.ok('clients.update', {
      id: company.id,
      ...PERSON,
      idNumber: '110105194912310038',
      legalRep: '王立新',
    });
    expect(changed.legalRep).toBe('');
    expect((await t.ok('clients.get', { id: company.id })).legalRep).toBe('');
  });

  it('names the existing client by id when its code is added again, and writes nothing', async () => {
    t = testBackend();
    const first = await t.ok('clients.create', COMPANY);
    const before = t.snapshot();
    const again = await t.backend.dispatch(
      'clients.create',
      { ...COMPANY, name: 'Another name', idNumber: ' 91350100m000100y43 ' },
      { lang: 'zh' },
    );
    expect(again).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        field: 'idNumber',
        message: expect.stringContaining(COMPANY.name) as unknown as string,
        details: { clientId: first.id },
      },
    });
    expect(t.snapshot()).toBe(before);
  });
});
