/** English strings of time zone, timestamps, agenda range, month grid, calendar export, unsaved changes. Add top-level keys here; zh.clock.ts mirrors them. */
export const enClock = {
  agendaRange: {
    legend: 'Dates from … to …',
    from: 'From',
    to: 'To',
    show: 'Show dates',
    reset: 'Default range',
    truncated_one: 'Only the first date is shown. Choose a shorter range to see every date.',
    truncated_other:
      'Only the first {{count}} dates are shown. Choose a shorter range to see every date.',
    today: 'Today is {{date}} ({{zone}}).',
  },
  agendaStatus: {
    overdue: 'Overdue',
    dueToday: 'Due today',
    upcoming: 'Upcoming',
    done: 'Done',
    past: 'Past',
  },
  monthGrid: {
    label: 'Month grid',
    previous: 'Previous month',
    next: 'Next month',
    hint: 'Choose a day to list only its dates.',
    separator: ', ',
    dates_one: '{{count}} date',
    dates_other: '{{count}} dates',
    overdue_one: '{{count}} overdue',
    overdue_other: '{{count}} overdue',
    today: 'today',
    selected: 'Only {{date}} is listed.',
    showAll: 'List every date of the range',
    emptyDay: 'Nothing falls on {{date}}.',
  },
  clock: {
    title: 'Time and calendar export',
    timeZone: 'Time zone',
    timeZoneHint:
      '“Today” for every deadline is taken in this zone, and every time shown (history, files, packets) is given in it. China Standard Time is Asia/Shanghai.',
    timeZoneSearch: 'Type to search, e.g. Shanghai or Berlin',
    noZone: 'No time zone matches.',
    now: 'Now in this zone: {{now}}',
    reminderDays: 'Calendar reminder (days before)',
    reminderHint:
      'Each event of an exported .ics file reminds you this many days before its date; 0 exports no reminders.',
    save: 'Save time settings',
    saved: 'Time settings saved.',
  },
  unsaved: {
    title: 'Leave without saving?',
    text: 'Changes on this page are not saved yet. If you leave now, they are lost.',
    stay: 'Stay',
    leave: 'Leave without saving',
  },
};
