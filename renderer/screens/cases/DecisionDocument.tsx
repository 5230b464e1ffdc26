import { useState } from 'react';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/contract';
import { eventItemKey } from '../../../core/lifecycle';
import type { CaseEventView, CaseFile } from '../../../core/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { AttachButton } from '../documents/AttachButton';
import { ItemFiles } from '../documents/ItemFiles';
import { UploadProgress } from '../documents/UploadProgress';
import { useUploads } from '../documents/useUploads';

interface Props {
  caseId: number;
  event: CaseEventView;
  disabled?: boolean;
  onPreview: (file: CaseFile) => void;
  onChanged: () => void;
}

/**
 * A decision's own document (the authority's decision as a file), stored under the event's
 * item key: opened, downloaded and removed like any attached file, and attachable later.
 */
export function DecisionDocument({ caseId, event, disabled, onPreview, onChanged }: Props) {
  const { t } = useTranslation();
  const uploads = useUploads(
    { caseId, itemKey: eventItemKey(event.id), name: t('events.documents') },
    onChanged,
  );
  const [error, setError] = useState<ApiError | null>(null);
  const remove = async (file: CaseFile) => {
    setError(null);
    const result = await call('files.remove', { id: file.id });
    if (result.ok) onChanged();
    else setError(result.error);
  };

  if (disabled && event.files.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed" fw={500}>
        {t('events.documents')}
      </Text>
      <ItemFiles files={event.files} disabled={disabled} onPreview={onPreview} onRemove={remove} />
      {!disabled && (
        <AttachButton
          name={t('events.attachLabel', { date: event.date })}
          disabled={uploads.current !== null}
          dropHint={false}
          onFiles={(files) => void uploads.start(files)}
        />
      )}
      {uploads.current && <UploadProgress state={uploads.current} onCancel={uploads.cancel} />}
      <ErrorAlert error={uploads.error ?? error} />
    </Stack>
  );
}
