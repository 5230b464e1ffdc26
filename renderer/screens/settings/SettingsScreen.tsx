import type { ReactNode } from 'react';
import { Loader, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ScreenHeader } from '../../components/ScreenHeader';
import { Section } from '../../components/Section';
import { BackupsSection } from '../backups/BackupsSection';
import { IntegritySection } from '../integrity/IntegritySection';
import { SecuritySection } from '../security/SecuritySection';
import { useApiValue } from '../../lib/useApiValue';
import { ClockForm } from './ClockForm';
import { LanguageSelect } from './LanguageSelect';
import { NotificationsSwitch } from './NotificationsSwitch';
import { UserNameForm } from './UserNameForm';
import { PersonalRetention } from './PersonalRetention';
import { DemoData } from './DemoData';

/** One group of settings, as wide as the others, its save (if any) inside it. */
function SettingsGroup({ title, children }: { title?: string; children: ReactNode }) {
  return title ? (
    <Stack maw={640}>
      <Section title={title}>
        <Stack gap="lg">{children}</Stack>
      </Section>
    </Stack>
  ) : (
    <Paper component="section" withBorder p="lg" radius="md" maw={640}>
      {children}
    </Paper>
  );
}

/**
 * Settings in groups, each saving only itself so a button says what it saves: language
 * (applied at once) and the user's name (its own save), reminders (saved as switched), time
 * zone and calendar export (their own save), where the data lives; then how long personal
 * data is kept, the history's integrity, its encryption and its backups.
 */
export function SettingsScreen() {
  const { t } = useTranslation();
  const settings = useApiValue('settings.get', {});
  const s = settings.value;
  return (
    <Stack gap="md">
      <ScreenHeader title={t('settings.title')} />
      <ErrorAlert error={settings.error} />
      <SettingsGroup title={t('forms.settingsYou')}>
        <Stack gap={4}>
          <LanguageSelect />
          <Text size="xs" c="dimmed">
            {t('forms.appliedAtOnce')}
          </Text>
        </Stack>
        {!s && settings.loading && <Loader aria-label={t('app.loading')} />}
        {s && <UserNameForm userName={s.userName} />}
      </SettingsGroup>
      {s && (
        <>
          <SettingsGroup title={t('forms.settingsReminders')}>
            <Stack gap={4}>
              <NotificationsSwitch enabled={s.notifications} />
              <Text size="xs" c="dimmed">
                {t('forms.appliedAtOnce')}
              </Text>
            </Stack>
          </SettingsGroup>
          {/* The clock form titles itself and has its own save. */}
          <SettingsGroup>
            <ClockForm timeZone={s.timeZone} icsReminderDays={s.icsReminderDays} />
          </SettingsGroup>
          <SettingsGroup title={t('forms.settingsData')}>
            <TextInput
              label={t('settings.dataDir')}
              description={t('settings.dataDirHint')}
              value={s.dataDir}
              readOnly
              styles={{ input: { fontFamily: 'monospace' } }}
            />
          </SettingsGroup>
        </>
      )}
      <IntegritySection />
      <SecuritySection />
      <PersonalRetention />
      <BackupsSection />
      <DemoData />
    </Stack>
  );
}
