import { useState } from 'react';
import { Button, TextInput } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { caseUpdateInput } from '../../../core/schemas';
import type { CaseDetail } from '../../../core/types';
import { DialogForm } from '../../components/DialogForm';
import { FormModal } from '../../components/FormModal';
import { call } from '../../lib/api';
import { useApiForm } from '../../lib/useApiForm';

type Detail = Pick<CaseDetail, 'id' | 'assignee'>;

/** "Edit details": who handles the case, changed in a modal and logged. */
export function CaseDetailsButton({ detail, onSaved }: { detail: Detail; onSaved: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="subtle"
        size="compact-sm"
        leftSection={<IconPencil size={14} />}
        onClick={() => setOpen(true)}
      >
        {t('caseDetails.edit')}
      </Button>
      <FormModal opened={open} onClose={() => setOpen(false)} title={t('caseDetails.title')}>
        <CaseDetailsForm
          detail={detail}
          onCancel={() => setOpen(false)}
          onSaved={() => {
            setOpen(false);
            onSaved();
          }}
        />
      </FormModal>
    </>
  );
}

function CaseDetailsForm({
  detail,
  onCancel,
  onSaved,
}: {
  detail: Detail;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { form, errorOf, apiError, submitWith } = useApiForm(caseUpdateInput, () => ({
    id: detail.id,
    assignee: detail.assignee,
  }));
  // A partial update: the notes (edited in their own section) are not sent.
  const submit = submitWith(
    (values) => call('cases.update', { id: values.id, assignee: values.assignee }),
    onSaved,
  );
  return (
    <DialogForm
      onSubmit={submit}
      onCancel={onCancel}
      submitLabel={t('caseDetails.save')}
      submitting={form.formState.isSubmitting}
      apiError={apiError}
    >
      <TextInput
        label={t('newCase.assignee')}
        data-autofocus
        {...form.register('assignee')}
        error={errorOf('assignee')}
      />
    </DialogForm>
  );
}
