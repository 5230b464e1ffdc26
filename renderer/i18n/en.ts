/**
 * Every visible English string of the renderer. zh.ts must have exactly the same keys
 * (its type is derived from this object, so a missing key fails the type check).
 * Validation messages are not here: they come from core/messages via translateMessage.
 */
import { enCasepage } from './en.casepage';
import { enLifecycle } from './en.lifecycle';
import { enRules } from './en.rules';
import { enDocuments } from './en.documents';
import { enEdit } from './en.edit';
import { enEvents } from './en.events';
import { enChecks } from './en.checks';
import { enFind } from './en.find';
import { enRecompute } from './en.recompute';
import { enClock } from './en.clock';
import { enOwner } from './en.owner';
import { enCrypt } from './en.crypt';
import { enFiles } from './en.files';
import { enBackups } from './en.backups';
import { enChain } from './en.chain';
import { enAudit } from './en.audit';
import { enExport } from './en.export';
import { HISTORY_FIELD_LABELS } from '../../core/audit/field-labels';
import { enPersonal } from './en.personal';
import { enDemo } from './en.demo';
import { enLetters } from './en.letters';
import { enBundle } from './en.bundle';
import { enScreens } from './en.screens';
import { enForms } from './en.forms';
import { enImport } from './en.import';
import { enReports } from './en.reports';

export const en = {
  app: {
    navigation: 'Main navigation',
    loading: 'Loading…',
    notFound: 'This page does not exist.',
    backToDashboard: 'Back to the dashboard',
  },
  nav: {
    dashboard: 'Dashboard',
    cases: 'Cases',
    queue: 'Queue',
    calendar: 'Calendar',
    clients: 'Clients',
    audit: 'Audit log',
    import: 'Import',
    reports: 'Reports',
    rules: 'Rules',
    settings: 'Settings',
  },
  common: {
    cancel: 'Cancel',
    confirmArchive: 'Yes, archive',
    loadMore: 'Load more',
    yes: 'Yes',
    no: 'No',
    none: '—',
    reference: 'Reference: {{id}}',
    errorTitle: 'Something needs your attention',
    saved: 'Saved.',
    archived: 'Archived',
    newClient: 'New client',
    newCase: 'New case',
  },
  errors: {
    network: 'Xiufu cannot reach its backend. Check that Xiufu is still running, then try again.',
    session:
      'This page has no valid session. Open Xiufu again from the link it printed when it started.',
  },
  kind: {
    label: 'Kind',
    company: 'Company',
    person: 'Person',
  },
  stage: {
    label: 'Stage',
    intake: 'Intake',
    waiting: 'Waiting period',
    preparing: 'Preparing documents',
    ready: 'Ready to file',
    filed: 'Filed',
    accepted: 'Accepted',
    supplement: 'Supplement requested',
    repaired: 'Repaired',
    refused: 'Refused',
    closed: 'Closed',
    withdrawn: 'Withdrawn',
  },
  dashboard: {
    title: 'Dashboard',
    clients: 'Clients',
    openCases: 'Open cases',
    allCases: 'All cases',
    byStage: 'Cases by stage',
    emptyTitle: 'No clients yet',
    emptyText:
      'Start by adding a client, or open a case and add its client there. To look around first, load the demo data.',
    loadDemo: 'Load demo data',
    demoLoaded: 'Demo data loaded: {{clients}} and {{cases}}.',
  },
  clients: {
    title: 'Clients',
    search: 'Search clients',
    searchPlaceholder: 'Name or identifier',
    name: 'Name',
    identifier: 'Identifier',
    empty: 'No clients yet. Add one with New client.',
    noMatch: 'No client matches “{{search}}”.',
    newTitle: 'New client',
    editTitle: 'Edit client',
    edit: 'Edit',
    archive: 'Archive',
    archiveTitle: 'Archive this client?',
    archiveText:
      'The client is hidden from lists but kept with its history. Its cases are not deleted.',
    details: 'Details',
    contacts: 'Contacts',
    noContacts: 'No contacts.',
    listings: 'Listings',
    noListings: 'No listings.',
    cases: 'Cases',
    noCases: 'No cases for this client.',
  },
  clientForm: {
    kind: 'Kind',
    name: 'Name',
    uscc: 'Unified social credit code',
    idCard: 'Resident identity card number',
    address: 'Address',
    legalRep: 'Legal representative',
    contacts: 'Contacts',
    addContact: 'Add contact',
    contactLegend: 'Contact {{n}}',
    contactName: 'Contact name',
    role: 'Role',
    phone: 'Phone',
    email: 'E-mail',
    removeContact: 'Remove contact',
    save: 'Save client',
  },
  listing: {
    regime: 'Regime',
    authority: 'Authority',
    decisionNo: 'Decision number',
    decisionDate: 'Decision date',
    listingDate: 'Listing date',
    publicationDate: 'Publication date',
    reason: 'Reason',
    penaltyAmount: 'Penalty amount (yuan)',
    penalty: 'Penalty',
    penaltyPaid: 'Penalty paid',
    datePlaceholder: 'YYYY-MM-DD',
    yuan: '{{amount}} yuan',
  },
  cases: {
    title: 'Cases',
    search: 'Search cases',
    searchPlaceholder: 'Client, code, authority, decision or reference number, assignee, notes',
    allStages: 'All stages',
    sortBy: 'Sort by',
    sortUpdated: 'Last updated',
    sortCreated: 'Created',
    sortClient: 'Client name',
    direction: 'Direction',
    desc: 'Descending',
    asc: 'Ascending',
    listLabel: 'Cases',
    client: 'Client',
    code: 'Code',
    listings: 'Listings',
    assignee: 'Assignee',
    updated: 'Updated',
    empty: 'No cases yet. Create one with New case.',
    noMatch: 'No case matches “{{search}}”.',
    noMatchStage: 'No case is at this stage.',
    count_one: '{{count}} case shown',
    count_other: '{{count}} cases shown',
    loadingMore: 'Loading more cases…',
  },
  newCase: {
    title: 'New case',
    clientSection: 'Client',
    client: 'Client',
    clientPlaceholder: 'Type to search clients',
    clientRequired: 'Choose a client or create a new one.',
    noClientFound: 'No client found. Use New client to add it.',
    listingsSection: 'Listings',
    listingLegend: 'Listing {{n}}',
    addListing: 'Add listing',
    removeListing: 'Remove listing',
    detailsSection: 'Case',
    assignee: 'Assignee',
    notes: 'Notes',
    create: 'Create case',
  },
  case: {
    client: 'Client',
    listings: 'Listings',
    stage: 'Stage',
    stageHint: 'The stage follows from the logged authority events and the documents.',
    notes: 'Notes',
    saveNotes: 'Save notes',
    history: 'History',
    assigneeLine: 'Assignee: {{name}}',
    unassigned: 'Unassigned',
    archive: 'Archive case',
    archiveTitle: 'Archive this case?',
    archiveText: 'The case is hidden from lists but kept with its history.',
    archivedNotice:
      'This case is archived: it is hidden from the Cases list and cannot be changed. Restore it to work on it again.',
    when: 'When',
    who: 'Who',
    what: 'What',
    unknownActor: 'Unknown',
  },
  history: {
    create: 'Created the {{entity}}',
    update: 'Updated the {{entity}}',
    archive: 'Archived the {{entity}}',
    restore: 'Restored the {{entity}}',
    erase: 'Erased the personal data of the {{entity}}',
    reveal: 'Revealed the ID number of the {{entity}}',
    export: 'Exported the personal data of the {{entity}}',
    erased: 'Content erased on {{date}}',
    entity: {
      client: 'client',
      listing: 'listing',
      case: 'case',
      settings: 'settings',
      calendar: 'holiday calendar',
    },
    field: HISTORY_FIELD_LABELS.en,
    changed: 'Changed: {{list}}',
    fieldChange: '{{field}}: {{from}} → {{to}}',
    separator: '; ',
    empty: 'No history yet.',
  },
  ...enRules,
  ...enLifecycle,
  ...enDocuments,
  ...enEdit,
  ...enEvents,
  ...enChecks,
  ...enFind,
  ...enRecompute,
  ...enClock,
  ...enOwner,
  ...enCrypt,
  ...enFiles,
  ...enBackups,
  ...enChain,
  ...enAudit,
  ...enExport,
  ...enPersonal,
  ...enDemo,
  ...enImport,
  ...enLetters,
  ...enScreens,
  ...enCasepage,
  ...enForms,
  ...enReports,
  ...enBundle,
  settings: {
    title: 'Settings',
    language: 'Language',
    userName: 'Your name',
    userNameHint: 'Shown in the history as the person who made each change.',
    save: 'Save name',
    saved: 'Name saved.',
    dataDir: 'Data folder',
    dataDirHint: 'Every client, case and attachment is stored here, on this computer only.',
    notifications: 'Reminders',
    notificationsHint:
      'A notification when a deadline falls due today or becomes overdue (once per date).',
  },
} as const;

/**
 * The shape both catalogues share: the same keys, any text. A plural's `_one` form may be
 * left out: Chinese has a single plural form, so i18next reads only its `_other`.
 */
type Catalogue<T> = {
  [K in keyof T as K extends `${string}_one` ? never : K]: T[K] extends string
    ? string
    : Catalogue<T[K]>;
} & { [K in keyof T as K extends `${string}_one` ? K : never]?: string };
export type Messages = Catalogue<typeof en>;
