import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { FieldsetList } from '../../components/FieldsetList';
import { useFieldError } from '../../lib/formErrors';
import type { ClientOutput, ClientValues } from './clientResolver';
import { requiredLabel } from '../../lib/requiredLabel';

const EMPTY_CONTACT = { name: '', role: '', phone: '', email: '' };

/** The client's contacts: any number, each with its own remove button. */
export function ContactFields({
  form,
}: {
  form: UseFormReturn<ClientValues, unknown, ClientOutput>;
}) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'contacts' });
  const errorOf = useFieldError(form.formState, form.getValues);

  return (
    <FieldsetList
      heading={t('clientForm.contacts')}
      rows={fields}
      legend={(n) => t('clientForm.contactLegend', { n })}
      cols={2}
      removeLabel={t('clientForm.removeContact')}
      addLabel={t('clientForm.addContact')}
      onRemove={remove}
      onAdd={() => append(EMPTY_CONTACT)}
    >
      {(i) => (
        <>
          <TextInput
            {...requiredLabel(t('clientForm.contactName'))}
            {...form.register(`contacts.${i}.name`)}
            error={errorOf(`contacts.${i}.name`)}
          />
          <TextInput
            label={t('clientForm.role')}
            {...form.register(`contacts.${i}.role`)}
            error={errorOf(`contacts.${i}.role`)}
          />
          <TextInput
            label={t('clientForm.phone')}
            type="tel"
            {...form.register(`contacts.${i}.phone`)}
            error={errorOf(`contacts.${i}.phone`)}
          />
          <TextInput
            label={t('clientForm.email')}
            type="email"
            {...form.register(`contacts.${i}.email`)}
            error={errorOf(`contacts.${i}.email`)}
          />
        </>
      )}
    </FieldsetList>
  );
}
