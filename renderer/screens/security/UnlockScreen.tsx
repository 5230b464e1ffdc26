import {
  Button,
  Checkbox,
  Code,
  Container,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { unlockInput } from '../../../core/crypt';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { useApiForm } from '../../lib/useApiForm';
import { useApiValue } from '../../lib/useApiValue';
import { LanguageSelect } from '../settings/LanguageSelect';

/**
 * The whole window while the data folder is encrypted and locked: the passphrase, and on
 * the desktop "Remember on this computer". A wrong passphrase is said on its field; nothing
 * else of the app is reachable until the data opens.
 */
export function UnlockScreen({ dataDir, onUnlocked }: { dataDir: string; onUnlocked(): void }) {
  const { t } = useTranslation();
  const status = useApiValue('security.status', {});
  const canRemember = status.value?.canRemember ?? false;
  const { form, errorOf, apiError, submitWith } = useApiForm(unlockInput, {
    passphrase: '',
    remember: false,
  });
  const submit = submitWith((values) => call('security.unlock', values), onUnlocked);

  return (
    <Container size="xs" py="xl" component="main">
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start">
          <Title order={1} size="h2">
            <Group gap="xs" component="span">
              <IconLock aria-hidden />
              {t('unlock.title')}
            </Group>
          </Title>
          <LanguageSelect save={false} />
        </Group>
        <Stack gap={4}>
          <Text>{t('unlock.intro')}</Text>
          <Text size="sm">
            {t('unlock.folder')}: <Code>{dataDir}</Code>
          </Text>
        </Stack>
        <Paper withBorder p="lg" radius="md">
          <form onSubmit={(e) => void submit(e)} noValidate>
            <Stack gap="md">
              <PasswordInput
                label={t('unlock.passphrase')}
                autoComplete="current-password"
                data-autofocus
                {...form.register('passphrase')}
                error={errorOf('passphrase')}
              />
              {canRemember ? (
                <Checkbox
                  label={t('unlock.remember')}
                  description={t('unlock.rememberHint')}
                  {...form.register('remember')}
                />
              ) : (
                <Text size="sm" c="dimmed">
                  {t('unlock.rememberBrowser')}
                </Text>
              )}
              <ErrorAlert error={apiError} />
              <Group>
                <Button type="submit" loading={form.formState.isSubmitting}>
                  {t('unlock.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      </Stack>
    </Container>
  );
}
