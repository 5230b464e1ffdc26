/** Test support for personal data: a person client whose values are easy to scan for. */
import { samplePdf } from '../db/attachments/test-files';
import { samrCase, upload, type TestBackend } from './testing';

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

export const FILE_SECRET = 'FILE-CONTENT-ZSF-7f3a';
export const NOTE_SECRET = '张三丰的病历在抽屉里';

/** The person's case with notes, a document note naming a contact's phone and a stored file. */
export async function personWithEverything(t: TestBackend) {
  const ids = await personCase(t);
  await t.ok('cases.update', { id: ids.caseId, notes: NOTE_SECRET });
  const detail = await t.ok('cases.get', { id: ids.caseId });
  const item = detail.checklist[0]!;
  await t.ok('documents.set', {
    caseId: ids.caseId,
    documentId: item.documentId,
    status: 'received',
    note: `电话 ${PERSON.contacts[0]!.phone}`,
  });
  // A comment after the end of a good PDF: readers skip it, a byte scan finds it.
  const bytes = Buffer.concat([await samplePdf(), Buffer.from(`\n% ${FILE_SECRET}\n`)]);
  await upload(t, ids.caseId, item.documentId, '张三丰身份证.pdf', 'application/pdf', bytes);
  await t.ok('clients.reveal', { id: ids.clientId });
  return { ...ids, fileBytes: bytes };
}
