import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../core/types';

interface Props {
  detail: Pick<CaseDetail, 'id' | 'stage' | 'assignee' | 'notes'>;
  disabled?: boolean;
}

/** The stage follows from the case's dated events and documents; it is shown, not typed. */
export function CaseStageEditor({ detail }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" maw={360}>
      <Badge size="lg" variant="light">
        {t(`stage.${detail.stage}`)}
      </Badge>
      <Text size="xs" c="dimmed">
        {t('case.stageHint')}
      </Text>
    </Stack>
  );
}
