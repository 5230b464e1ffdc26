/** English strings of long lists shown in part (issue 10). Add top-level keys here; zh.screens.ts mirrors them. */
export const enScreens = {
  dueMore: {
    all_one: 'Show the {{count}} date',
    all_other: 'Show all {{count}} dates',
    fewer_one: 'Show the first date only',
    fewer_other: 'Show the first {{count}} only',
  },
};
