import { Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { documentStatusInput } from '../../../core/documents';
import { DialogForm } from '../../components/DialogForm';
import { FormModal } from '../../components/FormModal';
import { call } from '../../lib/api';
import { requiredLabel } from '../../lib/requiredLabel';
import { useApiForm } from '../../lib/useApiForm';

export interface NotNeededTarget {
  caseId: number;
  documentId: string;
  name: string;
  note: string;
  validUntil: string;
  /** Both statuses need a note: why it is not needed, or where the paper original is. */
  status: 'notNeeded' | 'paperOriginal';
}
type Target = NotNeededTarget;

function ReasonForm({
  target,
  onDone,
  onCancel,
}: {
  target: Target;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { form, errorOf, apiError, submitWith } = useApiForm(documentStatusInput, {
    caseId: target.caseId,
    documentId: target.documentId,
    status: target.status,
    note: target.note,
    validUntil: target.validUntil,
  });
  const submit = submitWith((values) => call('documents.set', values), onDone);
  return (
    <DialogForm
      onSubmit={submit}
      onCancel={onCancel}
      submitLabel={t('documents.save')}
      submitting={form.formState.isSubmitting}
      apiError={apiError}
    >
      <Textarea
        {...requiredLabel(
          t(target.status === 'paperOriginal' ? 'paperOriginal.note' : 'documents.notNeededReason'),
        )}
        description={target.status === 'paperOriginal' ? t('paperOriginal.hint') : undefined}
        autosize
        minRows={2}
        {...form.register('note')}
        error={errorOf('note')}
      />
    </DialogForm>
  );
}

/**
 * "Not needed" departs from the rule version's list, so it asks for the reason first; a
 * paper original is in hand but not attached, so it asks where the original is.
 */
export function NotNeededModal({
  target,
  onClose,
  onSaved,
}: {
  target: Target | null;
  onClose: () => void;
  onSaved?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <FormModal
      opened={target !== null}
      onClose={onClose}
      title={
        !target
          ? ''
          : target.status === 'paperOriginal'
            ? t('paperOriginal.title', { name: target.name })
            : t('documents.notNeededTitle', { name: target.name })
      }
      centered
    >
      {target && (
        <ReasonForm
          target={target}
          onCancel={onClose}
          onDone={() => {
            onClose();
            onSaved?.();
          }}
        />
      )}
    </FormModal>
  );
}
