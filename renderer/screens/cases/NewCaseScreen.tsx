import { useState } from 'react';
import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Controller } from 'react-hook-form';
import { useNavigate, useSearchParams } from 'react-router';
import { caseCreateInput } from '../../../core/schemas';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useUnsavedChanges } from '../../components/UnsavedChanges';
import { Section } from '../../components/Section';
import { call } from '../../lib/api';
import { useApiForm } from '../../lib/useApiForm';
import { EMPTY_LISTING, type CaseValues } from './caseForm';
import { ClientPicker } from './ClientPicker';
import { ListingsFields } from './ListingsFields';

/** Opens a case: its client (chosen or created here), its listings, who handles it. */
export function NewCaseScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [defaults] = useState(() => {
    const fromUrl = Number(params.get('client'));
    return {
      clientId: Number.isInteger(fromUrl) && fromUrl > 0 ? fromUrl : undefined,
      assignee: '',
      notes: '',
      listingIds: [],
      listings: [EMPTY_LISTING],
    } as Partial<CaseValues>;
  });
  const { form, errorOf, apiError, setApiError, fail, handleSubmit } = useApiForm(
    caseCreateInput,
    defaults as CaseValues,
  );
  const { control, register, formState } = form;
  const unsaved = useUnsavedChanges(formState.isDirty);

  const submit = handleSubmit(async (values) => {
    setApiError(null);
    const result = await call('cases.create', values);
    if (result.ok) {
      unsaved.release();
      void navigate(`/cases/${result.value.id}`);
    } else fail(result.error);
  });

  return (
    <Stack gap="md">
      <ScreenHeader title={t('newCase.title')} />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md" maw={900}>
          <Section title={t('newCase.clientSection')}>
            <Controller
              control={control}
              name="clientId"
              render={({ field, fieldState }) => (
                <ClientPicker
                  value={field.value}
                  onChange={(id) => field.onChange(id)}
                  onBlur={field.onBlur}
                  // "Not a valid value" says little when nothing was chosen yet.
                  error={
                    fieldState.error &&
                    (field.value ? errorOf('clientId') : t('newCase.clientRequired'))
                  }
                />
              )}
            />
          </Section>
          <Section title={t('newCase.listingsSection')}>
            <ListingsFields form={form} />
          </Section>
          <Section title={t('newCase.detailsSection')}>
            <Stack gap="sm">
              <TextInput
                label={t('newCase.assignee')}
                {...register('assignee')}
                error={errorOf('assignee')}
                maw={420}
              />
              <Textarea
                label={t('newCase.notes')}
                autosize
                minRows={3}
                {...register('notes')}
                error={errorOf('notes')}
              />
            </Stack>
          </Section>
          <ErrorAlert error={apiError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void navigate(-1)}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={formState.isSubmitting}>
              {t('newCase.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
