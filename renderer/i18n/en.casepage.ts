/** English strings of the case page's header, tabs and printing. zh.casepage.ts mirrors them. */
export const enCasepage = {
  casePage: {
    tabs: 'Case sections',
    tab: {
      overview: 'Overview',
      dates: 'Dates and events',
      documents: 'Documents and packet',
      client: 'Client and listings',
      history: 'History',
    },
    nextAction: 'Next action',
    nearest: 'Nearest date',
    noNearest: 'No date ahead',
    print: 'Print',
    printCase: 'Print a one-page summary of this case',
    printQueue: 'Print the reviewer queue',
    documents: 'Documents status',
    received_one: '{{received}} of {{count}} required document received',
    received_other: '{{received}} of {{count}} required documents received',
    openDocuments: 'Open documents and packet',
  },
};
