import type { ReactNode } from 'react';
import { createTheme, MantineProvider } from '@mantine/core';
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

/** Everything a screen needs around it, in the app and in component tests alike. */
export function Providers({ children }: { children: ReactNode }) {
  return (
    <MantineProvider theme={theme}>
      <LanguageProvider>{children}</LanguageProvider>
    </MantineProvider>
  );
}
