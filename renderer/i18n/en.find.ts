/** English strings of search, sorting, archive and restore. Add top-level keys here; zh.find.ts mirrors them. */
export const enFind = {
  /** Counted nouns, for any screen that shows "N things" (i18next picks _one or _other). */
  counts: {
    cases_one: '{{count}} case',
    cases_other: '{{count}} cases',
    clients_one: '{{count}} client',
    clients_other: '{{count}} clients',
    dates_one: '{{count}} date',
    dates_other: '{{count}} dates',
    versions_one: '{{count}} version',
    versions_other: '{{count}} versions',
    workingDays_one: '{{count}} working day',
    workingDays_other: '{{count}} working days',
    days_one: '{{count}} day',
    days_other: '{{count}} days',
    casesChanging_one: 'This year moves the dates of {{count}} open case.',
    casesChanging_other: 'This year moves the dates of {{count}} open cases.',
  },
  find: {
    view: 'Show',
    active: 'Active',
    archived: 'Archived',
    sortNextDue: 'Next date',
    sortStage: 'Stage (lifecycle order)',
    nextDue: 'Next date',
    noArchivedCases: 'No archived cases. Cases you archive are kept here and can be restored.',
    noArchivedMatch: 'No archived case matches “{{search}}”.',
    noArchivedClients:
      'No archived clients. Clients you archive are kept here and can be restored.',
    noArchivedClientMatch: 'No archived client matches “{{search}}”.',
    clientsList: 'Clients',
    actions: 'Actions',
  },
  restore: {
    button: 'Restore',
    caseLabel: 'Restore the case of {{name}}',
    clientLabel: 'Restore the client {{name}}',
    bothTitle: 'The client is archived too',
    bothConfirm: 'Restore client and case',
    caseRestored: 'Case restored. It is back in the Cases list.',
    clientRestored: 'Client restored. It is back in the Clients list.',
    clientNotice:
      'This client is archived: it is hidden from the Clients list and cannot be changed. Restore it to work with it again.',
  },
};
