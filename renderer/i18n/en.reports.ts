/** English strings of the Reports screen. Spread into en.ts. */
export const enReports = {
  reports: {
    title: 'Reports',
    intro:
      'How the practice is doing: applications, approvals, how long authorities take, what is overdue, what becomes eligible soon and who carries which cases. Every chart has its table below it.',
    filtersLabel: 'Filter the reports',
    from: 'From',
    to: 'To',
    regime: 'Regime',
    authority: 'Authority',
    assignee: 'Assignee',
    all: 'All',
    show: 'Show',
    clear: 'Clear filters',
    range: 'Counted from {{from}} to {{to}}.',
    emptyTitle: 'Nothing to chart yet',
    badUrl:
      'The address held filters Xiufu cannot read; all reports are shown unfiltered. Choose the filters again.',
    copy: 'Copy table',
    copied: 'Table copied',
    copyFailed: 'The table could not be copied: the system refused the clipboard.',
    png: 'PNG',
    pdf: 'PDF page',
    pngLabel: 'Save “{{title}}” as a PNG picture',
    pdfLabel: 'Save “{{title}}” as a PDF page',
    exportFailed:
      'The chart could not be saved as a picture. Make the window larger and try again.',
    chartLabel: 'Chart: {{title}}',
    tableCaption: '{{title}} — table',
    unassigned: 'Nobody assigned',
    total: 'All authorities',
    none: '—',
    percent: '{{n}}%',
    days: '{{n}} working days',
    legalDays: '{{n}} {{unit}} days',
    unit: { working: 'working', calendar: 'calendar' },
    noLegal: 'not set',
    weekOf: 'Week {{n}}',
    stages: {
      title: 'Applications by stage, per month',
      note: 'Each month counts the cases whose logged authority events reached a stage in that month: filed, accepted, supplement requested, decided (repaired or refused), withdrawn. A case counts once per stage and month. The date range selects the events’ dates.',
      empty:
        'No authority event in this range yet. Once filings, acceptances and decisions are logged on cases (a case’s Next steps: Log filing, Log acceptance, Log decision), each month shows how many cases reached each stage.',
      month: 'Month',
    },
    approvalRegime: {
      title: 'Repair approval rate by regime',
      note: 'Decisions dated in the range: approved (repaired) ÷ decided, per regime of the case’s listings.',
      empty:
        'No decision in this range yet. Once an authority’s decision is logged on a case (a case’s Next steps → Log decision), the share of approvals appears here per regime.',
    },
    approvalAuthority: {
      title: 'Repair approval rate by authority',
      note: 'Decisions dated in the range: approved (repaired) ÷ decided, per authority of the case’s listings.',
      empty:
        'No decision in this range yet. Once an authority’s decision is logged on a case (a case’s Next steps → Log decision), the share of approvals appears here per authority.',
    },
    approval: {
      key: 'Regime or authority',
      decided: 'Decided',
      approved: 'Approved',
      rate: 'Rate',
    },
    decisionTime: {
      title: 'Decision time per authority, in working days',
      note: 'From acceptance (or filing, where no acceptance was logged) to the decision, in working days on China’s official holiday calendar — the count the legal deadline itself uses. Median and 90th percentile against the regime’s legal decision deadline. Time waiting for supplementary material is not taken off.',
      empty:
        'No decided application in this range yet. Once a case has a filing (or acceptance) and a decision logged, the authority’s median and 90th-percentile decision time appear here.',
      authority: 'Authority',
      regime: 'Regime',
      decisions: 'Decisions',
      median: 'Median',
      p90: '90th percentile',
      legal: 'Legal deadline',
      late: 'Later than the deadline',
    },
    overdue: {
      title: 'Overdue rate per authority',
      note: 'Cases waiting now on an authority (acceptance, decision or end of publicity) and, of those, the cases whose deadline passed without the authority acting. As of {{today}}; the date range does not apply.',
      empty:
        'No case is waiting on an authority. Once a case is filed, its acceptance and decision deadlines are followed here, and the share of overdue ones shows per authority.',
      awaiting: 'Waiting',
      overdue: 'Overdue',
      rate: 'Overdue rate',
    },
    eligible: {
      title: 'Cases becoming eligible, next 12 weeks',
      note: 'Cases not yet filed whose computed “may apply from” date falls in each week; week 1 starts today. The date range does not apply.',
      empty:
        'No case becomes eligible in the next 12 weeks. Cases in intake, waiting, preparing or ready to file appear here in the week their waiting period ends.',
      week: 'Week',
      fromTo: 'Days',
      cases: 'Cases',
    },
    workload: {
      title: 'Workload per assignee',
      note: 'Open cases now (not repaired, refused, closed or withdrawn) per assignee and stage. The date range does not apply.',
      empty:
        'No open case matches. Open cases appear here per assignee once cases are created; set the assignee on a case to share the work.',
      assignee: 'Assignee',
      total: 'Open cases',
    },
  },
};
