import { useState } from 'react';
import { Alert, Anchor, Text } from '@mantine/core';
import { IconUserQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiValue } from '../../lib/useApiValue';

const DISMISSED_KEY = 'xiufu.userNameNoticeDismissed';

/** Reminds the user to set a name in Settings, so the history says who made each change. */
export function UserNameNotice() {
  const { t } = useTranslation();
  const settings = useApiValue('settings.get', {});
  const [dismissed, setDismissed] = useState(() => localStorage.getItem(DISMISSED_KEY) === '1');
  if (dismissed || !settings.value || settings.value.userName !== '') return null;
  return (
    <Alert
      color="blue"
      variant="light"
      role="note"
      icon={<IconUserQuestion size={18} aria-hidden />}
      withCloseButton
      closeButtonLabel={t('notice.dismiss')}
      onClose={() => {
        localStorage.setItem(DISMISSED_KEY, '1');
        setDismissed(true);
      }}
    >
      <Text size="sm">
        {t('notice.userName')}{' '}
        <Anchor component={Link} to="/settings" size="sm">
          {t('notice.openSettings')}
        </Anchor>
      </Text>
    </Alert>
  );
}
