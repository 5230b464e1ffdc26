import type { ReactNode } from 'react';
import { AppShell, Badge, Burger, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconBriefcase,
  IconCalendar,
  IconChartBar,
  IconChecklist,
  IconHistory,
  IconFileImport,
  IconLayoutDashboard,
  IconScale,
  IconSettings,
  IconUsers,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { IntegrityBanner } from './components/IntegrityBanner';
import { ReadOnlyBanner } from './components/ReadOnlyBanner';
import { ReminderStack } from './components/ReminderStack';
import { MAIN_ID } from './components/SkipLink';
import { useOverdueCount } from './lib/useOverdueCount';
import { useReminders } from './lib/useReminders';

const LINKS = [
  { to: '/', key: 'nav.dashboard', icon: IconLayoutDashboard },
  { to: '/cases', key: 'nav.cases', icon: IconBriefcase },
  { to: '/queue', key: 'nav.queue', icon: IconChecklist },
  { to: '/calendar', key: 'nav.calendar', icon: IconCalendar },
  { to: '/clients', key: 'nav.clients', icon: IconUsers },
  { to: '/reports', key: 'nav.reports', icon: IconChartBar },
  { to: '/audit', key: 'nav.audit', icon: IconHistory },
  { to: '/import', key: 'nav.import', icon: IconFileImport },
  { to: '/rules', key: 'nav.rules', icon: IconScale },
  { to: '/settings', key: 'nav.settings', icon: IconSettings },
] as const;

/**
 * The app's frame: title bar, navigation landmark (the queue link carries the overdue
 * count), the red banner when the history chain does not hold, the read-only banner when
 * nothing can be changed, the current screen, and the
 * reminders of due and overdue dates.
 */
export function AppFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [opened, { toggle, close }] = useDisclosure();
  const isActive = (to: string) => (to === '/' ? pathname === '/' : pathname.startsWith(to));
  const overdue = useOverdueCount();
  const { reminders, dismiss } = useReminders();

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
          {/* The name is the same in both languages; its Chinese half is marked as Chinese, so a
              screen reader says it in Chinese and Chromium looks for its glyphs as Chinese text
              (in an English page it drew them as empty boxes with a Latin system font). */}
          <Text fw={700} size="xl" c="teal.8">
            Xiufu <span lang="zh-CN">修复</span>
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
            // The name stays "Queue"; the overdue count describes it.
            aria-label={t(key)}
            aria-describedby={to === '/queue' && overdue > 0 ? 'overdue-count' : undefined}
            leftSection={<Icon size={18} stroke={1.6} aria-hidden />}
            active={isActive(to)}
            aria-current={isActive(to) ? 'page' : undefined}
            onClick={close}
            rightSection={
              to === '/queue' && overdue > 0 ? (
                <Badge
                  id="overdue-count"
                  color="red"
                  variant="filled"
                  size="sm"
                  circle={overdue < 10}
                  role="status"
                  aria-label={t('badge.overdue', { count: overdue })}
                >
                  {overdue}
                </Badge>
              ) : undefined
            }
          />
        ))}
      </AppShell.Navbar>
      {/* The skip link's target: focusable from a script, not a Tab stop of its own. */}
      <AppShell.Main id={MAIN_ID} tabIndex={-1} style={{ outline: 'none' }}>
        <IntegrityBanner />
        <ReadOnlyBanner />
        {children}
      </AppShell.Main>
      <ReminderStack reminders={reminders} onDismiss={dismiss} />
    </AppShell>
  );
}
