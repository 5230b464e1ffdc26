import { describe, expect, it } from 'vitest';
import type { BundleCase, BundleClient } from './format';
import { brokenLink, customIdOfKey } from './links';

const at = '2026-01-05T01:00:00.000Z';
const client: BundleClient = {
  id: 3,
  kind: 'company',
  name: '杭州测试科技有限公司',
  idNumber: '91350100M000100Y43',
  address: '',
  legalRep: '',
  contacts: [],
  createdAt: at,
  updatedAt: at,
  archivedAt: null,
};
const file = {
  id: 9,
  itemKey: 'event-4',
  sha256: 'a'.repeat(64),
  filename: 'decision.pdf',
  mime: 'application/pdf',
  size: 10,
  addedAt: at,
  addedBy: '',
  notEmbeddable: null,
  path: 'cases/7/files/9-decision.pdf',
};
const kase: BundleCase = {
  case: {
    id: 7,
    clientId: 3,
    stage: 'filed',
    assignee: '',
    notes: '',
    catalogueVersion: '2026.1',
    createdAt: at,
    updatedAt: at,
    archivedAt: null,
  },
  listings: [],
  events: [{ id: 4, type: 'accepted', date: '2026-01-05', data: {}, createdAt: at, createdBy: '' }],
  documents: [
    {
      documentId: 'custom-5',
      status: 'received',
      note: '',
      validUntil: '',
      updatedAt: at,
      updatedBy: '',
    },
  ],
  customItems: [{ id: 5, name: '补充说明', required: true }],
  files: [file],
  packets: [],
  letters: [],
  dates: [],
};

describe('brokenLink', () => {
  it('accepts records that point only at records of the bundle', () => {
    expect(brokenLink(kase, [client])).toBeNull();
  });

  it('names the first record that points outside the bundle', () => {
    expect(brokenLink(kase, [])).toBe('case 7');
    expect(brokenLink({ ...kase, events: [] }, [client])).toBe('file 9');
    expect(brokenLink({ ...kase, customItems: [] }, [client])).toBe('document custom-5');
    const letter = {
      id: 2,
      kind: 'commitment' as const,
      lang: 'zh' as const,
      version: 1,
      doc: {},
      savedAt: at,
      savedBy: '',
      fileId: 10,
    };
    expect(brokenLink({ ...kase, letters: [letter] }, [client])).toBe('letter 2');
  });
});

describe('customIdOfKey', () => {
  it('reads the id of a custom item key only', () => {
    expect(customIdOfKey('custom-12')).toBe(12);
    expect(customIdOfKey('business-licence')).toBeNull();
    expect(customIdOfKey('custom-0')).toBeNull();
  });
});
