import { useState } from 'react';
import { Group, Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, CaseListingsChanged } from '../../../core/types';
import { FormModal } from '../../components/FormModal';
import { useApiValue } from '../../lib/useApiValue';
import { AddListingForm } from './AddListingForm';

interface Props {
  detail: Pick<CaseDetail, 'id' | 'clientId' | 'listings'>;
  opened: boolean;
  onClose: () => void;
  onSaved: (changed: CaseListingsChanged) => void;
}

/** Adds a listing to an open case: a new one, or one of the client's listings on file. */
export function AddListingModal({ detail, opened, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} title={t('listingEdit.addTitle')} size="lg">
      <AddListingChoice
        detail={detail}
        onCancel={onClose}
        onSaved={(changed) => {
          onSaved(changed);
          onClose();
        }}
      />
    </FormModal>
  );
}

function AddListingChoice({
  detail,
  onCancel,
  onSaved,
}: {
  detail: Props['detail'];
  onCancel: () => void;
  onSaved: (changed: CaseListingsChanged) => void;
}) {
  const { t } = useTranslation();
  const client = useApiValue('clients.get', { id: detail.clientId });
  const inCase = new Set(detail.listings.map((l) => l.id));
  const onFile = (client.value?.listings ?? []).filter(
    (l) => !inCase.has(l.id) && l.archivedAt === null,
  );
  const [source, setSource] = useState<'new' | 'existing'>('new');
  const existing = source === 'existing' && onFile.length > 0;

  return (
    <Stack gap="sm">
      {onFile.length > 0 && (
        <Radio.Group
          label={t('listingEdit.source')}
          value={source}
          onChange={(v) => setSource(v === 'existing' ? 'existing' : 'new')}
        >
          <Group mt={6}>
            <Radio value="new" label={t('listingEdit.sourceNew')} />
            <Radio value="existing" label={t('listingEdit.sourceExisting')} />
          </Group>
        </Radio.Group>
      )}
      <AddListingForm
        // Remounted when the choice changes: each kind of form starts from its own defaults.
        key={existing ? 'existing' : 'new'}
        caseId={detail.id}
        onFile={existing ? onFile : undefined}
        onSaved={onSaved}
        onCancel={onCancel}
      />
    </Stack>
  );
}
