import { useTranslation } from 'react-i18next';
import type { Listing, ListingSaved } from '../../../core/types';
import { FormModal } from '../../components/FormModal';
import { EditListingForm } from './EditListingForm';

interface Props {
  /** The listing to correct; null keeps the modal closed. */
  listing: Listing | null;
  onClose: () => void;
  onSaved: (saved: ListingSaved) => void;
}

/** The listing form in a modal over the case or client page. */
export function EditListingModal({ listing, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    <FormModal opened={listing !== null} onClose={onClose} title={t('listingEdit.title')} size="lg">
      {listing && (
        <EditListingForm
          listing={listing}
          onCancel={onClose}
          onSaved={(saved) => {
            onSaved(saved);
            onClose();
          }}
        />
      )}
    </FormModal>
  );
}
