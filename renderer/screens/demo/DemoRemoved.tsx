import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DemoStatus } from '../../../core/demo-removal';

/** What a removal took away, and which demo clients stayed as the user's. */
export function DemoRemoved({ removed, onClose }: { removed: DemoStatus; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="teal" withCloseButton closeButtonLabel={t('demo.close')} onClose={onClose}>
      {t('demo.removed', {
        clients: t('counts.clients', { count: removed.clients }),
        cases: t('counts.cases', { count: removed.cases }),
      })}
    </Alert>
  );
}
