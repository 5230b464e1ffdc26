/** English strings of personal data (PIPL): masked ID numbers, export, erasure, retention. zh.personal.ts mirrors them. */
export const enPersonal = {
  personal: {
    reveal: 'Reveal',
    revealLabel: 'Reveal the full ID-card number (the reveal is logged)',
    hide: 'Hide',
    maskedHint: 'Masked: the full number is shown on request, and each reveal is logged.',
  },
};
