/** A case with two checklist items, for the documents component tests. */
import type { CaseDetail, ChecklistItem } from '../../../core/types';
import { caseDetail, samrListing } from '../../test/caseFixture';

export function item(documentId: string, en: string, zh: string): ChecklistItem {
  return {
    documentId,
    name: { en, zh },
    status: 'missing',
    note: '',
    updatedAt: null,
    updatedBy: null,
    custom: false,
    required: true,
    validUntil: '',
    expiry: 'ok',
    files: [],
  };
}

export const detail: CaseDetail = {
  ...caseDetail([samrListing(11, '2024-06-03', '杭市监严〔2024〕8号')]),
  stage: 'preparing',
  checklist: [
    item('integrity-commitment-letter', 'Integrity commitment letter', '守信承诺书'),
    item('business-licence', 'Business licence', '营业执照'),
  ],
  readiness: { ready: false, missing: ['integrity-commitment-letter', 'business-licence'] },
};
