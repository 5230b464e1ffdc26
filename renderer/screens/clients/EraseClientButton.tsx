import { useState } from 'react';
import { Alert, Button, Loader, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClientDetail } from '../../../core/types';
import type { ErasureRecord } from '../../../core/personal/erase';
import { eraseInput } from '../../../core/personal/schemas';
import { DialogForm } from '../../components/DialogForm';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FieldList } from '../../components/FieldList';
import { FormModal } from '../../components/FormModal';
import { call } from '../../lib/api';
import { requiredLabel } from '../../lib/requiredLabel';
import { useApiForm } from '../../lib/useApiForm';
import { useApiValue } from '../../lib/useApiValue';

type Client = Pick<ClientDetail, 'id' | 'name'>;

/** What the erasure will touch, and how many earlier backups keep the data. */
function ErasurePreview({ clientId }: { clientId: number }) {
  const { t } = useTranslation();
  const preview = useApiValue('personal.preview', { id: clientId });
  if (preview.error) return <ErrorAlert error={preview.error} />;
  if (!preview.value) return <Loader size="sm" aria-label={t('app.loading')} />;
  const { counts, backups } = preview.value;
  const keys = Object.keys(counts) as (keyof typeof counts)[];
  return (
    <>
      <Text fw={500} size="sm">
        {t('personal.erase.touches')}
      </Text>
      <FieldList
        cols={4}
        items={keys.map((k) => ({ label: t(`personal.erase.counts.${k}`), value: counts[k] }))}
      />
      <Alert color={backups > 0 ? 'yellow' : 'gray'}>
        {backups > 0
          ? t('personal.erase.backups', { count: backups })
          : t('personal.erase.noBackups')}
      </Alert>
    </>
  );
}

function EraseForm({
  client,
  onErased,
  onCancel,
}: {
  client: Client;
  onErased: (record: ErasureRecord) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { form, errorOf, apiError, submitWith } = useApiForm(eraseInput, {
    id: client.id,
    reason: '',
    confirm: '',
  });
  const submit = submitWith((values) => call('personal.erase', values), onErased);
  return (
    <DialogForm
      onSubmit={submit}
      onCancel={onCancel}
      submitLabel={t('personal.erase.submit')}
      submitColor="red"
      submitting={form.formState.isSubmitting}
      apiError={apiError}
    >
      <Text size="sm">{t('personal.erase.intro')}</Text>
      <ErasurePreview clientId={client.id} />
      <Textarea
        {...requiredLabel(t('personal.erase.reason'))}
        description={t('personal.erase.reasonHint')}
        autosize
        minRows={2}
        {...form.register('reason')}
        error={errorOf('reason')}
      />
      <TextInput
        {...requiredLabel(t('personal.erase.confirm'))}
        description={t('personal.erase.confirmHint', { name: client.name })}
        autoComplete="off"
        {...form.register('confirm')}
        error={errorOf('confirm')}
      />
    </DialogForm>
  );
}

/** "Erase personal data": the reason, a typed confirmation, then the erasure (PIPL). */
export function EraseClientButton({
  client,
  onErased,
}: {
  client: Client;
  onErased: (record: ErasureRecord) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button color="red" variant="light" onClick={() => setOpen(true)}>
        {t('personal.erase.button')}
      </Button>
      <FormModal
        opened={open}
        onClose={() => setOpen(false)}
        title={t('personal.erase.title', { name: client.name })}
        size="lg"
        centered
      >
        <EraseForm
          client={client}
          onCancel={() => setOpen(false)}
          onErased={(record) => {
            setOpen(false);
            onErased(record);
          }}
        />
      </FormModal>
    </>
  );
}
