import { Loader, Paper, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ScreenHeader } from '../../components/ScreenHeader';
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

/** Language (applied at once), the user's name, reminders, time zone, where the data lives, how long personal data is kept, the history's integrity, its encryption and its backups. */
export function SettingsScreen() {
  const { t } = useTranslation();
  const settings = useApiValue('settings.get', {});
  const s = settings.value;
  return (
    <Stack gap="md">
      <ScreenHeader title={t('settings.title')} />
      <Paper withBorder p="lg" radius="md" maw={640}>
        <Stack gap="lg">
          <ErrorAlert error={settings.error} />
          <LanguageSelect />
          {!s && settings.loading && <Loader aria-label={t('app.loading')} />}
          {s && <UserNameForm userName={s.userName} />}
          {s && <NotificationsSwitch enabled={s.notifications} />}
          {s && <ClockForm timeZone={s.timeZone} icsReminderDays={s.icsReminderDays} />}
          {s && (
            <TextInput
              label={t('settings.dataDir')}
              description={t('settings.dataDirHint')}
              value={s.dataDir}
              readOnly
              styles={{ input: { fontFamily: 'monospace' } }}
            />
          )}
        </Stack>
      </Paper>
      <IntegritySection />
      <SecuritySection />
      <PersonalRetention />
      <BackupsSection />
      <DemoData />
    </Stack>
  );
}
