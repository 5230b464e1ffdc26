import type { ReactNode } from 'react';
import { AppShell, Burger, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconBriefcase,
  IconLayoutDashboard,
  IconScale,
  IconSettings,
  IconUsers,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

const LINKS = [
  { to: '/', key: 'nav.dashboard', icon: IconLayoutDashboard },
  { to: '/cases', key: 'nav.cases', icon: IconBriefcase },
  { to: '/clients', key: 'nav.clients', icon: IconUsers },
  { to: '/rules', key: 'nav.rules', icon: IconScale },
  { to: '/settings', key: 'nav.settings', icon: IconSettings },
] as const;

/** The app's frame: title bar, navigation landmark, and the current screen. */
export function AppFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [opened, { toggle, close }] = useDisclosure();
  const isActive = (to: string) => (to === '/' ? pathname === '/' : pathname.startsWith(to));

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" gap="sm">
          <Burger
            opened={opened}
            onClick={toggle}
            hiddenFrom="sm"
            size="sm"
            aria-label={t('app.navigation')}
          />
          <Text fw={700} size="xl" c="teal.8">
            {t('app.title')}
          </Text>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" component="nav" aria-label={t('app.navigation')}>
        {LINKS.map(({ to, key, icon: Icon }) => (
          <NavLink
            key={to}
            component={Link}
            to={to}
            label={t(key)}
            leftSection={<Icon size={18} stroke={1.6} aria-hidden />}
            active={isActive(to)}
            aria-current={isActive(to) ? 'page' : undefined}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
