/** English strings of the demo data: loading it, the notice while it is there, removing it. zh.demo.ts mirrors them. */
export const enDemo = {
  demo: {
    title: 'Demo data',
    hint: 'Fictional clients and cases to look around with. They can be removed at any time.',
    load: 'Load demo data',
    loadTitle: 'Load the demo data?',
    loadText:
      'Xiufu will add {{clients}} and {{cases}}, all fictional, at different stages: one waiting out its wait, one eligible now, one with a decision due soon, one overdue and one decided. Their documents come with small sample files.',
    loadRemovable:
      'You can remove all of it later, in Settings › Demo data or from the dashboard; your own records are never touched.',
    loadConfirm: 'Load demo data',
    notice: 'You are looking at demo data: fictional clients and cases.',
    present: 'Demo data is loaded: {{clients}} and {{cases}}, all fictional.',
    none: 'No demo data is loaded. It can be loaded into an empty data folder.',
    notEmpty:
      'This data folder holds your own clients or cases, so the demo data cannot be loaded here.',
    remove: 'Remove demo data',
    removeTitle: 'Remove the demo data?',
    removeText:
      'This removes the {{clients}} and {{cases}} the demo added, with their listings, events, documents and files. Your own clients and cases stay. The history keeps its entries and records the removal.',
    removeNothing: 'None of the demo clients can go: each has been made your own (see below).',
    removeUserAdded: 'What you added to these demo cases goes with them: {{events}} and {{files}}.',
    keptIntro: 'Kept, because you made them your own; they stay as your records:',
    kept: '{{name}}: {{reasons}}',
    reason: {
      edited: 'you edited it',
      ownCase: 'you added a case to it',
      ownListing: 'you added a listing to it',
    },
    close: 'Close',
    reasonSeparator: ', ',
    removeConfirm: 'Remove demo data',
    removed: 'Demo data removed: {{clients}} and {{cases}}.',
    events_one: '{{count}} event',
    events_other: '{{count}} events',
    files_one: '{{count}} file',
    files_other: '{{count}} files',
    historyRemoved: 'Removed the demo data: {{clients}} and {{cases}}',
  },
} as const;
