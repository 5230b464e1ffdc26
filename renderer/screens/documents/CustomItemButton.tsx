import { useState } from 'react';
import { Button, Checkbox, Group, Modal, Stack, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { ApiError } from '../../../api/contract';
import { customItemInput } from '../../../core/documents';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { applyApiError, fieldsOf, useFieldError } from '../../lib/formErrors';
import { requiredLabel } from '../../lib/requiredLabel';

type Values = z.input<typeof customItemInput>;
type Output = z.output<typeof customItemInput>;

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
  const [defaults] = useState<Values>({ caseId, name: '', required: true });
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(customItemInput),
    mode: 'onChange',
    defaultValues: defaults,
  });
  const errorOf = useFieldError(form.formState);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const submit = form.handleSubmit(async (values) => {
    setApiError(null);
    const result = await call('documents.addCustom', values);
    if (result.ok) onDone();
    else setApiError(applyApiError(result.error, form.setError, fieldsOf(defaults)));
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <TextInput
          {...requiredLabel(t('checklist.itemName'))}
          data-autofocus
          {...form.register('name')}
          error={errorOf('name')}
        />
        <Checkbox label={t('checklist.itemRequired')} {...form.register('required')} />
        <ErrorAlert error={apiError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('checklist.add')}
          </Button>
        </Group>
      </Stack>
    </form>
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
      <Modal opened={open} onClose={() => setOpen(false)} title={t('checklist.addItemTitle')}>
        {open && (
          <CustomItemForm
            caseId={caseId}
            onCancel={() => setOpen(false)}
            onDone={() => {
              setOpen(false);
              onAdded();
            }}
          />
        )}
      </Modal>
    </>
  );
}
