import { Button, Fieldset, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
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
  const errorOf = useFieldError(form.formState);

  return (
    <Stack gap="sm">
      <Text fw={600}>{t('clientForm.contacts')}</Text>
      {fields.map((field, i) => (
        <Fieldset key={field.id} legend={t('clientForm.contactLegend', { n: i + 1 })}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
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
          </SimpleGrid>
          <Group justify="flex-end" mt="sm">
            <Button
              variant="subtle"
              color="red"
              size="xs"
              leftSection={<IconTrash size={14} />}
              onClick={() => remove(i)}
            >
              {t('clientForm.removeContact')}
            </Button>
          </Group>
        </Fieldset>
      ))}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() => append(EMPTY_CONTACT)}
        >
          {t('clientForm.addContact')}
        </Button>
      </Group>
    </Stack>
  );
}
