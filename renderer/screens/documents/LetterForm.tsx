import { useState } from 'react';
import { Button, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { ApiError } from '../../../api/contract';
import { letterSaveInput } from '../../../core/documents';
import type { CaseDetail } from '../../../core/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { applyApiError, fieldsOf, useFieldError } from '../../lib/formErrors';
import { requiredLabel } from '../../lib/requiredLabel';

export type LetterValues = z.input<typeof letterSaveInput>;
type Output = z.output<typeof letterSaveInput>;

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
  const [defaults] = useState<LetterValues>(draft);
  const form = useForm<LetterValues, unknown, Output>({
    resolver: zodResolver(letterSaveInput),
    mode: 'onChange',
    defaultValues: defaults,
  });
  const errorOf = useFieldError(form.formState);
  const [count, setCount] = useState(defaults.paragraphs.length);
  const [apiError, setApiError] = useState<ApiError | null>(null);

  const submit = form.handleSubmit(async (values) => {
    setApiError(null);
    const paragraphs = values.paragraphs.filter((p) => p !== '');
    const result = await call('letters.save', { ...values, paragraphs });
    if (result.ok) onSaved(result.value);
    else setApiError(applyApiError(result.error, form.setError, fieldsOf(defaults)));
  });

  const addParagraph = () => {
    form.setValue(`paragraphs.${count}`, '');
    setCount((n) => n + 1);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
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
        <ErrorAlert error={apiError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('letters.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
