import { useState } from 'react';
import { Button, Checkbox, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { customItemInput } from '../../../core/documents';
import { DialogForm } from '../../components/DialogForm';
import { FormModal } from '../../components/FormModal';
import { call } from '../../lib/api';
import { requiredLabel } from '../../lib/requiredLabel';
import { useApiForm } from '../../lib/useApiForm';

function CustomItemForm({
  caseId,
  onDone,
  onCancel,
}: {
  caseId: number;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { form, errorOf, apiError, submitWith } = useApiForm(customItemInput, {
    caseId,
    name: '',
    required: true,
  });
  const submit = submitWith((values) => call('documents.addCustom', values), onDone);
  return (
    <DialogForm
      onSubmit={submit}
      onCancel={onCancel}
      submitLabel={t('checklist.add')}
      submitting={form.formState.isSubmitting}
      apiError={apiError}
    >
      <TextInput
        {...requiredLabel(t('checklist.itemName'))}
        data-autofocus
        {...form.register('name')}
        error={errorOf('name')}
      />
      <Checkbox label={t('checklist.itemRequired')} {...form.register('required')} />
    </DialogForm>
  );
}

/** "Add checklist item": a document the rule version does not list but this case needs. */
export function CustomItemButton({
  caseId,
  disabled,
  onAdded,
}: {
  caseId: number;
  disabled?: boolean;
  onAdded: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="default"
        size="compact-sm"
        leftSection={<IconPlus size={14} aria-hidden />}
        disabled={disabled}
        onClick={() => setOpen(true)}
      >
        {t('checklist.addItem')}
      </Button>
      <FormModal opened={open} onClose={() => setOpen(false)} title={t('checklist.addItemTitle')}>
        <CustomItemForm
          caseId={caseId}
          onCancel={() => setOpen(false)}
          onDone={() => {
            setOpen(false);
            onAdded();
          }}
        />
      </FormModal>
    </>
  );
}
