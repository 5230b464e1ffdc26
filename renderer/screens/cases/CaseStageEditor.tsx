import { useState } from 'react';
import { Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/contract';
import { STAGES, type Stage } from '../../../core/stages';
import type { CaseDetail } from '../../../core/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';

interface Props {
  detail: Pick<CaseDetail, 'id' | 'stage' | 'assignee' | 'notes'>;
  disabled?: boolean;
}

/** Sets the stage by hand (temporary: the lifecycle milestone replaces it with guarded steps). */
export function CaseStageEditor({ detail, disabled }: Props) {
  const { stage } = detail;
  const { t } = useTranslation();
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);

  const change = async (next: string | null) => {
    if (!next || next === stage) return;
    setSaving(true);
    setError(null);
    // Every editable field is sent: the update schema fills an omitted text field with ''.
    const { id, assignee, notes } = detail;
    const result = await call('cases.update', { id, assignee, notes, stage: next as Stage });
    setSaving(false);
    if (!result.ok) setError(result.error);
  };

  return (
    <Stack gap="xs" maw={360}>
      <Select
        label={t('case.stage')}
        data={STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))}
        value={stage}
        onChange={(v) => void change(v)}
        allowDeselect={false}
        disabled={disabled || saving}
      />
      <Text size="xs" c="dimmed">
        {t('case.stageHint')}
      </Text>
      <ErrorAlert error={error} />
    </Stack>
  );
}
