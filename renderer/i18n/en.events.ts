/** English strings of authority events checked against the case. Add top-level keys here; zh.events.ts mirrors them. */
export const enEvents = {
  events: {
    outcomePlaceholder: 'Choose the outcome',
    decisionNo: 'Decision number (文号)',
    decisionNoPlaceholder: 'As printed on the decision, e.g. 杭市监信修〔2026〕4号',
    document: 'Decision document',
    documentHint:
      'Optional: the decision as a PDF or scan. It is kept with this decision, not in the application’s checklist.',
    documentAttached: 'Attached: {{names}}. A file chosen here is added.',
    nameSeparator: ', ',
    documentPlaceholder: 'Choose a file',
    documentClear: 'Remove the chosen file',
    documentNotAttached:
      'The decision was saved, but its document was not attached: {{error}} Choose the file again and save, or attach it later on the case page.',
    extensionLength: 'Extension',
    extensionRule: 'Set by {{cite}}, the rule in force at the filing of {{filed}}.',
    extensionNoneHint:
      '{{cite}} sets no extension of the decision deadline, so none can be recorded for this application.',
    decisionNoDetail: 'No. {{no}}',
    noDecisionNo: 'decision number not recorded: edit the decision to add it',
    documents: 'Decision document',
    attachLabel: 'the decision of {{date}}',
    historyItem: 'the decision',
  },
};
