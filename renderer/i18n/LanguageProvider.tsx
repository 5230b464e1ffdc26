import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/contract';
import type { Lang } from '../../core/messages';
import type { Settings } from '../../core/types';
import { call, subscribe } from '../lib/api';
import { askOnce } from '../lib/early';
import { applyTimeZone } from '../lib/timeZone';
import { i18n, systemLang } from './index';

/** Remembers in this profile that the language was chosen, so the system language no longer applies. */
const CHOSEN_KEY = 'xiufu.languageChosen';

interface LanguageApi {
  lang: Lang;
  /**
   * Shows the UI in this language at once and saves it in the backend's settings (not
   * with `save: false`: the recovery screen has no settings to save it in).
   */
  setLang: (lang: Lang, save?: boolean) => Promise<ApiError | null>;
}

const LanguageContext = createContext<LanguageApi | null>(null);

function apply(lang: Lang): Promise<unknown> {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  return i18n.changeLanguage(lang);
}

/**
 * First run (the backend still has its default and nothing was chosen here): use the
 * system language. Afterwards the backend's saved language wins.
 */
function isFirstRun(s: Settings): boolean {
  return s.language === 'en' && s.userName === '' && localStorage.getItem(CHOSEN_KEY) === null;
}

/**
 * Loads the saved language (and time zone) before the first screen is shown, and lets
 * Settings change the language.
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const { i18n: live } = useTranslation();
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const load = () =>
      void askOnce('settings.get', {}).then(async (result) => {
        let lang = systemLang();
        if (result.ok) {
          // Before the first screen: forms compute today, and screens show times, in it.
          applyTimeZone(result.value.timeZone);
          lang = isFirstRun(result.value) ? systemLang() : result.value.language;
          if (lang !== result.value.language) await call('settings.update', { language: lang });
        }
        await apply(lang);
        setReady(true);
      });
    load();
    // A restored backup brings its own settings (or the first ones after recovery mode).
    return subscribe('backup.done', (e) => e.restored && load());
  }, []);

  const setLang = useCallback(async (lang: Lang, save = true) => {
    localStorage.setItem(CHOSEN_KEY, '1');
    await apply(lang);
    if (!save) return null;
    const result = await call('settings.update', { language: lang });
    return result.ok ? null : result.error;
  }, []);

  const lang: Lang = live.language === 'zh' ? 'zh' : 'en';
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);

  if (!ready) {
    return (
      <Center h="100vh">
        <Loader aria-label={live.t('app.loading')} />
      </Center>
    );
  }
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageApi {
  const api = useContext(LanguageContext);
  if (!api) throw new Error('useLanguage must be used inside LanguageProvider');
  return api;
}
