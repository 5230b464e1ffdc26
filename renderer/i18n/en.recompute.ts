/** English strings of recomputing case dates (a holiday year's check). zh.recompute.ts mirrors them. */
export const enRecompute = {
  yearCheck: {
    label: 'Checking the cases this year can move',
    progress: 'Checked {{done}} of {{total}} cases',
    starting: 'Finding the cases this year can move…',
    stop: 'Stop checking',
    stopHint: 'Stopping leaves everything as it was; nothing is saved.',
  },
};
