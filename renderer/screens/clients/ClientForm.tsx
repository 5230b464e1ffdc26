import { useState } from 'react';
import { Anchor, Button, Group, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Controller, useWatch } from 'react-hook-form';
import type { Client } from '../../../core/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useUnsavedChanges } from '../../components/UnsavedChanges';
import { call } from '../../lib/api';
import { useApiForm } from '../../lib/useApiForm';
import { useFirstFieldFocus } from '../../lib/useFirstFieldFocus';
import { clientResolver, type ClientValues } from './clientResolver';
import { ContactFields } from './ContactFields';
import { requiredLabel } from '../../lib/requiredLabel';

interface Props {
  /** The client to edit; a new client when absent. */
  client?: Client;
  /** A new client's name as typed elsewhere (the case's client picker). */
  name?: string;
  onSaved: (client: Client) => void;
  onCancel?: () => void;
}

function initialValues(client?: Client, name = ''): ClientValues {
  return {
    kind: client?.kind ?? 'company',
    name: client?.name ?? name,
    idNumber: client?.idNumber ?? '',
    address: client?.address ?? '',
    legalRep: client?.legalRep ?? '',
    contacts: client?.contacts.map((c) => ({ ...c })) ?? [],
  };
}

/** Creates or edits a client with the backend's own schema, validating as the user types. */
export function ClientForm({ client, name, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const { form, errorOf, apiError, setApiError, fail, handleSubmit } = useApiForm(
    { resolver: clientResolver },
    () => initialValues(client, name),
  );
  const { register, control, trigger, formState } = form;
  const firstField = useFirstFieldFocus<HTMLFormElement>();
  // The client that already has the identifier, when a save was refused for it.
  const [existing, setExisting] = useState<number | null>(null);
  const idError = errorOf('idNumber');
  const duplicate = existing !== null && formState.errors.idNumber?.type === 'server';
  const kind = useWatch({ control, name: 'kind' });
  const unsaved = useUnsavedChanges(formState.isDirty);

  const submit = handleSubmit(async (values) => {
    setApiError(null);
    const result = client
      ? await call('clients.update', { ...values, id: client.id })
      : await call('clients.create', values);
    if (result.ok) {
      // Saved: whatever onSaved does next (open the client, close a dialog) needs no asking.
      unsaved.release();
      onSaved(result.value);
    } else {
      setExisting(result.error.details?.clientId ?? null);
      fail(result.error);
    }
  });

  return (
    <form
      ref={firstField}
      onSubmit={(e) => {
        // This form also opens in a modal inside the New case form; React bubbles
        // events through portals, so keep this submit from reaching the outer form.
        e.stopPropagation();
        void submit(e);
      }}
      noValidate
    >
      <Stack gap="md">
        <Controller
          control={control}
          name="kind"
          render={({ field }) => (
            <Radio.Group
              label={t('clientForm.kind')}
              value={field.value}
              onChange={(v) => {
                field.onChange(v);
                // The identifier's rules depend on the kind: re-check what was typed.
                if (form.getValues('idNumber')) void trigger('idNumber');
              }}
              error={errorOf('kind')}
            >
              <Group mt={6}>
                <Radio value="company" label={t('kind.company')} />
                <Radio value="person" label={t('kind.person')} />
              </Group>
            </Radio.Group>
          )}
        />
        <TextInput
          {...requiredLabel(t('clientForm.name'))}
          {...register('name')}
          error={errorOf('name')}
        />
        <TextInput
          {...requiredLabel(kind === 'person' ? t('clientForm.idCard') : t('clientForm.uscc'))}
          autoComplete="off"
          spellCheck={false}
          styles={{ input: { fontFamily: 'monospace' } }}
          {...register('idNumber')}
          error={
            duplicate ? (
              <>
                {idError}{' '}
                <Anchor component={Link} to={`/clients/${existing}`} size="sm">
                  {t('forms.openExisting')}
                </Anchor>
              </>
            ) : (
              idError
            )
          }
        />
        <Textarea
          label={t('clientForm.address')}
          autosize
          minRows={1}
          {...register('address')}
          error={errorOf('address')}
        />
        {/* A person has none; the schema drops one sent for a person. */}
        {kind === 'company' && (
          <TextInput
            label={t('clientForm.legalRep')}
            {...register('legalRep')}
            error={errorOf('legalRep')}
          />
        )}
        <ContactFields form={form} />
        <ErrorAlert error={apiError} />
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" loading={formState.isSubmitting}>
            {t('clientForm.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
