import type { TFunction } from 'i18next';

/**
 * A client's name as lists show it: an erased client (personal data removed, PIPL) has an
 * empty name — a name is otherwise required — and reads "Erased client" in the UI language.
 */
export const clientNameOf = (name: string, t: TFunction): string =>
  name === '' ? t('personal.erasedClient') : name;
