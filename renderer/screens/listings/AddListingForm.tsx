import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Controller } from 'react-hook-form';
import { listingLabel } from '../../../core/listing-label';
import { caseAddListingInput } from '../../../core/schemas';
import type { CaseListingsChanged, Listing } from '../../../core/types';
import { DialogForm } from '../../components/DialogForm';
import { useLanguage } from '../../i18n/LanguageProvider';
import { call } from '../../lib/api';
import { requiredLabel } from '../../lib/requiredLabel';
import { useApiForm } from '../../lib/useApiForm';
import { EMPTY_LISTING } from '../cases/caseForm';
import { ListingFieldset } from '../cases/ListingFieldset';

interface Props {
  caseId: number;
  /** The client's listings on file to choose from; absent: a new listing is typed in. */
  onFile?: Listing[];
  onSaved: (changed: CaseListingsChanged) => void;
  onCancel: () => void;
}

/** A listing joining an open case: one of the client's on file, or a new one typed in. */
export function AddListingForm({ caseId, onFile, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const { form, errorOf, apiError, submitWith } = useApiForm(caseAddListingInput, () =>
    onFile ? { caseId, listingId: undefined } : { caseId, listing: EMPTY_LISTING },
  );
  const submit = submitWith((values) => call('cases.addListing', values), onSaved);
  const options = (onFile ?? []).map((l) => ({
    value: String(l.id),
    label: t('listingEdit.existingOption', { name: listingLabel(l, lang), date: l.decisionDate }),
  }));

  return (
    <DialogForm
      onSubmit={submit}
      onCancel={onCancel}
      submitLabel={t('listingEdit.addSave')}
      submitting={form.formState.isSubmitting}
      apiError={apiError}
    >
      {onFile ? (
        <Controller
          control={form.control}
          name="listingId"
          render={({ field }) => (
            <Select
              {...requiredLabel(t('listingEdit.existing'))}
              placeholder={t('listingEdit.existingPlaceholder')}
              data={options}
              value={field.value ? String(field.value) : null}
              onChange={(v) => field.onChange(v ? Number(v) : undefined)}
              onBlur={field.onBlur}
              ref={field.ref}
              error={errorOf('listingId')}
              comboboxProps={{ withinPortal: true }}
            />
          )}
        />
      ) : (
        <ListingFieldset form={form} path="listing" legend={t('listingEdit.newLegend')} />
      )}
    </DialogForm>
  );
}
