/** English strings of forms (issue 12, part 4). Add top-level keys here; zh.forms.ts mirrors them. */
export const enForms = {
  forms: {
    close: 'Close',
    skipToMain: 'Skip to main content',
    dateHint: 'YYYY-MM-DD, or pick a day',
    clearDate: 'Clear date',
    openExisting: 'Open the existing client',
    createClientHint: 'Press Enter to add “{{name}}” as a new client.',
    settingsYou: 'You and the language',
    settingsReminders: 'Notifications',
    appliedAtOnce: 'Applied and saved as soon as you choose.',
    settingsData: 'Where the data lives',
  },
};
