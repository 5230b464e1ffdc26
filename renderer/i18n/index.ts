/**
 * i18next set up once, synchronously, with both catalogues bundled (the app works offline
 * and the catalogues are small). The language is chosen later from the backend's settings.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../../core/messages';
import { en } from './en';
import { zh } from './zh';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, zh: { translation: zh } },
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: ['en', 'zh'],
  // React escapes text already; escaping here would show &amp; in names.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

/** The language i18next shows now, as the contract's Lang. */
export function currentLang(): Lang {
  return i18n.language === 'zh' ? 'zh' : 'en';
}

/** English unless the system (browser) language is Chinese: the first-run default. */
export function systemLang(): Lang {
  return typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('zh')
    ? 'zh'
    : 'en';
}

export { i18n };
