import type { ReactNode } from 'react';
import { createTheme, MantineProvider } from '@mantine/core';
import { LanguageProvider } from './i18n/LanguageProvider';

/** Chinese text needs a CJK font; the system's is used (the app works offline). */
const theme = createTheme({
  primaryColor: 'teal',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", sans-serif',
  headings: { fontWeight: '600' },
});

/** Everything a screen needs around it, in the app and in component tests alike. */
export function Providers({ children }: { children: ReactNode }) {
  return (
    <MantineProvider theme={theme}>
      <LanguageProvider>{children}</LanguageProvider>
    </MantineProvider>
  );
}
