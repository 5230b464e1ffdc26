import { useState } from 'react';
import { Button, Stack } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/contract';
import { listingLabel } from '../../../core/listing-label';
import type { CaseDetail, Listing, MovedDates } from '../../../core/types';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListingDetails } from '../../components/ListingDetails';
import { Section } from '../../components/Section';
import { useLanguage } from '../../i18n/LanguageProvider';
import { call } from '../../lib/api';
import { AddListingModal } from '../listings/AddListingModal';
import { EditListingModal } from '../listings/EditListingModal';
import { MovedDatesNotice } from '../listings/MovedDatesNotice';

interface Props {
  detail: CaseDetail;
  /** Archived: nothing can change. */
  disabled: boolean;
  onChanged: () => void;
}

/**
 * The case's listings, each correctable; on an open case a listing can be added or
 * (never the last) removed. After a save, the dates it moved stay shown until dismissed.
 */
export function CaseListings({ detail, disabled, onChanged }: Props) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const [editing, setEditing] = useState<Listing | null>(null);
  const [adding, setAdding] = useState(false);
  const [moved, setMoved] = useState<MovedDates[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  // Closed: the listings of what was filed and decided stay as they are.
  const open = !disabled && detail.stage !== 'closed';
  const live = detail.listings.filter((l) => l.archivedAt === null);

  const saved = (m: MovedDates[]) => {
    setError(null);
    setMoved(m);
    onChanged();
  };
  const remove = async (l: Listing) => {
    const result = await call('cases.removeListing', { caseId: detail.id, listingId: l.id });
    if (result.ok) saved([result.value.moved]);
    else setError(result.error);
  };

  return (
    <Section
      title={t('case.listings')}
      actions={
        open && (
          <Button
            variant="light"
            leftSection={<IconPlus size={16} />}
            onClick={() => setAdding(true)}
          >
            {t('listingEdit.add')}
          </Button>
        )
      }
    >
      <Stack gap="sm">
        {moved && <MovedDatesNotice moved={moved} onDismiss={() => setMoved(null)} />}
        <ErrorAlert error={error} />
        {detail.listings.map((l) => {
          const name = listingLabel(l, lang);
          const editable = !disabled && l.archivedAt === null;
          return (
            <ListingDetails
              key={l.id}
              listing={l}
              actions={
                editable && (
                  <>
                    <Button
                      variant="default"
                      size="xs"
                      leftSection={<IconPencil size={14} />}
                      aria-label={t('listingEdit.editLabel', { name })}
                      onClick={() => setEditing(l)}
                    >
                      {t('listingEdit.edit')}
                    </Button>
                    {open && live.length > 1 && (
                      <ConfirmButton
                        label={t('listingEdit.remove')}
                        aria-label={t('listingEdit.removeLabel', { name })}
                        title={t('listingEdit.removeTitle')}
                        text={t('listingEdit.removeText', { name })}
                        confirmLabel={t('listingEdit.confirmRemove')}
                        onConfirm={() => remove(l)}
                        color="red"
                        variant="subtle"
                        size="xs"
                      />
                    )}
                  </>
                )
              }
            />
          );
        })}
      </Stack>
      <EditListingModal
        listing={editing}
        onClose={() => setEditing(null)}
        onSaved={(s) => saved(s.moved)}
      />
      <AddListingModal
        detail={detail}
        opened={adding}
        onClose={() => setAdding(false)}
        onSaved={(c) => saved([c.moved])}
      />
    </Section>
  );
}
