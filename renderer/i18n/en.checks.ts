/** English strings of documents checked on attach, paper originals, packet pre-flight. Add top-level keys here; zh.checks.ts mirrors them. */
export const enChecks = {
  paperOriginal: {
    title: 'Paper original of “{{name}}” received',
    note: 'Where is the original, and how does it reach the authority?',
    hint: 'It counts as in hand. The packet does not enclose it; its index lists it as “paper original, not enclosed” with this note.',
    badge: 'Paper original',
  },
  fileCheck: {
    notInPacket: 'Not in the packet',
    type: 'Kept as supporting material: the packet can hold only PDF, PNG and JPEG files, so this file does not count as the document received. To enclose it, print or export it to PDF (or scan the paper as PNG or JPEG) and attach that.',
    encrypted:
      'Kept as supporting material: this PDF is password-protected, so its pages cannot be placed in the packet and it does not count as the document received. Open it, save or print it as a new PDF without a password, and attach that.',
    kept: '“{{filename}}” was kept as supporting material; it does not count as “{{name}}” received.',
    expired: 'Expired: {{list}}',
    expiredItem: '{{name}} (valid until {{date}})',
  },
  preflight: {
    title: 'Check before export',
    checking: 'Checking every document and stored file…',
    allClear_one: 'Everything required is in hand and readable: {{count}} file will be enclosed.',
    allClear_other:
      'Everything required is in hand and readable: {{count}} files will be enclosed.',
    problems_one: '{{count}} item would not be enclosed in the packet',
    problems_other: '{{count}} items would not be enclosed in the packet',
    fix: 'Attach or fix them in the checklist above, or write why the packet goes out without them.',
    paper: 'Paper originals (named in the index, not enclosed)',
    reason: 'Reason to export without them',
    reasonHint: 'Kept in the case history. The packet’s index lists each item as “not enclosed”.',
    reasonRequired:
      'Write why the packet goes out without these items, for example “the receipt follows by post”.',
    exportAnyway: 'Export without them',
  },
  packetResult: {
    partial_one: 'Packet exported without {{count}} item',
    partial_other: 'Packet exported without {{count}} items',
    leftOut: 'Not enclosed',
    reason: 'Reason given: {{reason}}',
    listed_one: '{{count}} not enclosed: {{list}}',
    listed_other: '{{count}} not enclosed: {{list}}',
    history: ' Not enclosed: {{list}}. Reason: “{{reason}}”.',
  },
};
