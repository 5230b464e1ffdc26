/** English strings of personal data (PIPL): masked ID numbers, export, erasure, retention. zh.personal.ts mirrors them. */
export const enPersonal = {
  personal: {
    section: 'Personal data',
    sectionHint:
      'Under PIPL the person may ask for a copy of everything stored about them, or for its erasure. Both are kept in the history.',
    reveal: 'Reveal',
    revealLabel: 'Reveal the full ID-card number (the reveal is logged)',
    hide: 'Hide',
    erasedClient: 'Erased client',
    erasedNotice:
      'The personal data of this client was erased on {{date}}. Its cases and their dates are kept under “Erased client”; nothing personal remains, in the data or in backups made from now on.',
    retention: {
      title: 'Personal data retention',
      hint: 'How long personal data is kept after a client’s last case has ended (withdrawn, closed, repaired, refused or archived). Clients past that are listed here to be erased; nothing is erased by itself.',
      years: 'Keep personal data for (years)',
      yearsHint: 'Whole years, 1 to {{max}}. Leave empty to turn retention off.',
      save: 'Save retention period',
      saved: 'Saved.',
      off: 'Retention is off: no client is listed for erasure.',
      noneDue: 'No client is due: none has had every case ended on or before {{cutoff}}.',
      due_one:
        '{{count}} client has had every case ended on or before {{cutoff}} and is due for erasure:',
      due_other:
        '{{count}} clients have had every case ended on or before {{cutoff}} and are due for erasure:',
      dueList: 'Clients due for erasure',
      lastEnded_one: '{{count}} case, last ended {{date}}',
      lastEnded_other: '{{count}} cases, the last ended {{date}}',
      more: 'More clients are due than shown: erase these first, then look again.',
    },
    export: {
      button: 'Export personal data',
      progress: 'Exporting personal data: {{done}} of {{total}} parts',
      saved: 'Saved {{filename}}. The export is in the client’s history.',
    },
    erase: {
      button: 'Erase personal data',
      title: 'Erase the personal data of {{name}}',
      intro:
        'This removes, for good: the name, identifier, address, legal representative and contacts; the notes and typed reasons of their cases; their documents’ notes and the files only they used; and the content of every history entry about them. The cases, listings and dates stay, named “Erased client”. It cannot be undone.',
      touches: 'What it touches',
      counts: {
        cases: 'Cases',
        listings: 'Listings',
        events: 'Logged events',
        documentNotes: 'Document notes',
        customItems: 'Custom checklist items',
        files: 'Attached files',
        packets: 'Submission packets',
        historyEntries: 'History entries',
      },
      noBackups: 'No backup holds this data yet. Backups made from now on hold none of it.',
      backups_one:
        '{{count}} backup made before today still holds this data. Backups are deleted only by pruning (Settings › Backups); backups made from now on hold none of it.',
      backups_other:
        '{{count}} backups made before today still hold this data. Backups are deleted only by pruning (Settings › Backups); backups made from now on hold none of it.',
      reason: 'Reason for the erasure',
      reasonHint:
        'Kept in the history, for example “the person’s written request of 30 November”. Write no personal data here.',
      confirm: 'Type the client’s name to confirm',
      confirmHint: 'Type {{name}} (or the identifier) exactly as shown.',
      logged_one: 'Reason: {{reason}}. {{count}} history entry emptied.',
      logged_other: 'Reason: {{reason}}. {{count}} history entries emptied.',
      submit: 'Erase for good',
      done_one: 'Personal data erased: {{count}} history entry emptied, the chain kept.',
      done_other: 'Personal data erased: {{count}} history entries emptied, the chain kept.',
    },
  },
};
