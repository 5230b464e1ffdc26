import { useTranslation } from 'react-i18next';
import { listingLabel } from '../../../core/listing-label';
import { listingUpdateInput } from '../../../core/schemas';
import type { Listing, ListingSaved } from '../../../core/types';
import { DialogForm } from '../../components/DialogForm';
import { useLanguage } from '../../i18n/LanguageProvider';
import { call } from '../../lib/api';
import { useApiForm } from '../../lib/useApiForm';
import { listingValues } from '../cases/caseForm';
import { ListingFieldset } from '../cases/ListingFieldset';

interface Props {
  listing: Listing;
  onSaved: (saved: ListingSaved) => void;
  onCancel: () => void;
}

/**
 * Corrects every field of a listing with the shared listing schema (dates in order, the
 * regime's trigger date given). A date the backend refuses because a logged authority
 * event would then come before the listing is shown at that date, naming the event.
 */
export function EditListingForm({ listing, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const { form, apiError, submitWith } = useApiForm(listingUpdateInput, () => ({
    id: listing.id,
    ...listingValues(listing),
  }));
  const submit = submitWith((values) => call('listings.update', values), onSaved);

  return (
    <DialogForm
      onSubmit={submit}
      onCancel={onCancel}
      submitLabel={t('listingEdit.save')}
      submitting={form.formState.isSubmitting}
      apiError={apiError}
    >
      <ListingFieldset form={form} path="" legend={listingLabel(listing, lang)} />
    </DialogForm>
  );
}
