/** English strings of the Export menu every list has (CSV / Excel). Spread into en.ts. */
export const enExport = {
  exportList: {
    button: 'Export',
    label: 'Export {{what}}',
    csv: 'CSV (.csv)',
    xlsx: 'Excel (.xlsx)',
    preparing: 'Preparing the export…',
    progress: 'Exporting {{what}}: {{done}} of {{total}}',
    cancel: 'Cancel export',
    done_one: 'Exported {{count}} row to {{filename}}.',
    done_other: 'Exported {{count}} rows to {{filename}}.',
    empty:
      'There is nothing to export: the list is empty. Change the search or filters so that it shows rows, then export again.',
    cancelled: 'The export was cancelled; no file was saved.',
    lists: {
      cases: 'the cases shown',
      clients: 'the clients shown',
      queue: 'the reviewer queue',
      agenda: 'the dates shown',
      audit: 'the entries shown',
    },
  },
};
