/** Test support for personal data: a person client whose values are easy to scan for. */
import { samrCase, type TestBackend } from './testing';

export const PERSON = {
  kind: 'person' as const,
  name: '张三丰',
  idNumber: '11010519491231002X',
  address: '杭州市西湖区文三路 1 号',
  legalRep: '',
  contacts: [{ name: '张翠山', role: '家属', phone: '13900001111', email: 'zhang@example.com' }],
};
export const MASKED = '1101**********002X';

/** The person with a SAMR serious-list case, filed: an authority deadline puts it in every list. */
export async function personCase(t: TestBackend) {
  const c = await samrCase(t, PERSON);
  await t.ok('events.add', {
    caseId: c.id,
    type: 'filed',
    date: '2026-01-05',
    channel: 'online',
    overrideReason: 'Documents follow by post',
  });
  return { clientId: c.clientId, caseId: c.id };
}
