import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../core/types';
import { useLanguage } from '../../i18n/LanguageProvider';

/** Whether the case can be filed: "Ready to file", or what is missing or expired, by name. */
export function ReadinessAlert({
  detail,
}: {
  detail: Pick<CaseDetail, 'checklist' | 'readiness'>;
}) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const { readiness } = detail;
  const nameOf = (id: string) =>
    detail.checklist.find((d) => d.documentId === id)?.name[lang] ?? id;
  if (detail.checklist.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {t('documents.empty')}
      </Text>
    );
  if (readiness.ready)
    return (
      <Alert
        color="teal"
        variant="light"
        role="status"
        icon={<IconCircleCheck size={18} aria-hidden />}
      >
        <Text fw={500}>{t('documents.ready')}</Text>
      </Alert>
    );
  return (
    <Alert
      color="yellow"
      variant="light"
      role="status"
      icon={<IconAlertTriangle size={18} aria-hidden />}
    >
      {readiness.missing.length > 0 && (
        <Text fw={500}>
          {t('documents.missing', {
            list: readiness.missing.map(nameOf).join(t('documents.listSeparator')),
          })}
        </Text>
      )}
      {readiness.expired.length > 0 && (
        <Text fw={500}>
          {t('fileCheck.expired', {
            list: readiness.expired
              .map((e) => t('fileCheck.expiredItem', { name: nameOf(e.id), date: e.validUntil }))
              .join(t('documents.listSeparator')),
          })}
        </Text>
      )}
    </Alert>
  );
}
