import type { ReactNode } from 'react';
import { createTheme, MantineProvider, MantineThemeProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import 'dayjs/locale/zh-cn';
import { useTranslation } from 'react-i18next';
// Noto Sans SC as one variable font cut into unicode-range slices: the browser loads only the
// slices a screen's characters need, from the app itself (offline, in both shells).
import '@fontsource-variable/noto-sans-sc';
import { LanguageProvider } from './i18n/LanguageProvider';

/**
 * Latin text keeps the system's face; Chinese falls through to the bundled Noto Sans SC, so it
 * reads the same on every machine, including Linux desktops without any Chinese font.
 */
const theme = createTheme({
  primaryColor: 'teal',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans SC Variable", "PingFang SC", "Microsoft YaHei", sans-serif',
  fontFamilyMonospace:
    'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace, "Noto Sans SC Variable"',
  headings: { fontWeight: '600' },
});

/**
 * Defaults that speak the user's language, set once for every dialog and date field: a
 * modal's or drawer's close button is named ("Close" / "关闭"), and calendars use the UI's
 * locale with weeks from Monday, as Chinese calendars print them, and no weekend marked.
 */
function LocalizedDefaults({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const closeButtonProps = { 'aria-label': t('forms.close') };
  const localized = createTheme({
    components: {
      Modal: { defaultProps: { closeButtonProps } },
      Drawer: { defaultProps: { closeButtonProps } },
    },
  });
  return (
    <MantineThemeProvider theme={localized}>
      <DatesProvider
        // No weekend in red: a make-up working Saturday (调休上班日) is a working day here.
        settings={{
          locale: i18n.language === 'zh' ? 'zh-cn' : 'en',
          firstDayOfWeek: 1,
          weekendDays: [],
        }}
      >
        {children}
      </DatesProvider>
    </MantineThemeProvider>
  );
}

/** Everything a screen needs around it, in the app and in component tests alike. */
export function Providers({ children }: { children: ReactNode }) {
  return (
    <MantineProvider theme={theme}>
      <LanguageProvider>
        <LocalizedDefaults>{children}</LocalizedDefaults>
      </LanguageProvider>
    </MantineProvider>
  );
}
