import { useState } from 'react';
import { Button, Text, TextInput, Textarea } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { letterSaveInput } from '../../../core/documents';
import type { CaseDetail } from '../../../core/types';
import { DialogForm } from '../../components/DialogForm';
import { call } from '../../lib/api';
import { requiredLabel } from '../../lib/requiredLabel';
import { useApiForm } from '../../lib/useApiForm';

export type LetterValues = z.input<typeof letterSaveInput>;

/**
 * A drafted letter, editable before it is saved: its title and one box per paragraph
 * (an emptied paragraph is left out). Saving renders the PDF and attaches it.
 */
export function LetterForm({
  draft,
  onSaved,
  onCancel,
}: {
  draft: LetterValues;
  onSaved: (detail: CaseDetail) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { form, errorOf, apiError, submitWith } = useApiForm(letterSaveInput, draft);
  const [count, setCount] = useState(draft.paragraphs.length);

  const submit = submitWith(
    (values) =>
      call('letters.save', { ...values, paragraphs: values.paragraphs.filter((p) => p !== '') }),
    onSaved,
  );

  const addParagraph = () => {
    form.setValue(`paragraphs.${count}`, '');
    setCount((n) => n + 1);
  };

  return (
    <DialogForm
      onSubmit={submit}
      onCancel={onCancel}
      submitLabel={t('letters.save')}
      submitting={form.formState.isSubmitting}
      apiError={apiError}
    >
      <TextInput
        {...requiredLabel(t('letters.title'))}
        {...form.register('title')}
        error={errorOf('title')}
      />
      {Array.from({ length: count }, (_, i) => (
        <Textarea
          key={i}
          label={t('letters.paragraph', { n: i + 1 })}
          autosize
          minRows={1}
          maxRows={12}
          {...form.register(`paragraphs.${i}`)}
          error={errorOf(`paragraphs.${i}`)}
        />
      ))}
      {errorOf('paragraphs') && (
        <Text size="sm" c="red" role="alert">
          {errorOf('paragraphs')}
        </Text>
      )}
      <Button
        variant="subtle"
        size="compact-sm"
        leftSection={<IconPlus size={14} aria-hidden />}
        onClick={addParagraph}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('letters.addParagraph')}
      </Button>
    </DialogForm>
  );
}
