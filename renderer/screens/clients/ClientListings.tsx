import { useState } from 'react';
import { Button, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { listingLabel } from '../../../core/listing-label';
import type { ClientDetail, Listing, MovedDates } from '../../../core/types';
import { ListingDetails } from '../../components/ListingDetails';
import { useLanguage } from '../../i18n/LanguageProvider';
import { EditListingModal } from '../listings/EditListingModal';
import { MovedDatesNotice } from '../listings/MovedDatesNotice';

/** The client's listings, each correctable; a save shows what moved in each of its cases. */
export function ClientListings({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const [editing, setEditing] = useState<Listing | null>(null);
  const [moved, setMoved] = useState<MovedDates[] | null>(null);

  if (client.listings.length === 0) return <Text c="dimmed">{t('clients.noListings')}</Text>;
  const writable = client.archivedAt === null;
  return (
    <Stack gap="sm">
      {moved && <MovedDatesNotice moved={moved} onDismiss={() => setMoved(null)} />}
      {client.listings.map((l) => (
        <ListingDetails
          key={l.id}
          listing={l}
          actions={
            writable &&
            l.archivedAt === null && (
              <Button
                variant="default"
                size="xs"
                leftSection={<IconPencil size={14} />}
                aria-label={t('listingEdit.editLabel', { name: listingLabel(l, lang) })}
                onClick={() => setEditing(l)}
              >
                {t('listingEdit.edit')}
              </Button>
            )
          }
        />
      ))}
      <EditListingModal
        listing={editing}
        onClose={() => setEditing(null)}
        onSaved={(saved) => setMoved(saved.moved)}
      />
    </Stack>
  );
}
