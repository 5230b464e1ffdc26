import { Alert, Table, Text } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { listingLabel } from '../../../core/listing-label';
import type { MovedDates } from '../../../core/types';
import { BeforeAfterCells } from '../../components/DateBrief';
import { useLanguage } from '../../i18n/LanguageProvider';
import { clientNameOf } from '../../lib/clientName';

interface Props {
  moved: MovedDates[];
  onDismiss: () => void;
}

/**
 * What a saved correction moved: each computed date, before → after, with its listing
 * (and its case where the listing is in several). Stays until the user dismisses it.
 */
export function MovedDatesNotice({ moved, onDismiss }: Props) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const rows = moved.flatMap((m) => m.dates.map((d) => ({ m, d })));
  const manyCases = moved.length > 1;
  const nameOf = (m: MovedDates, listingId: number) => {
    const l = m.listings.find((x) => x.id === listingId);
    return l ? listingLabel(l, lang) : t('common.none');
  };

  return (
    <Alert
      color="blue"
      variant="light"
      role="status"
      title={t('moved.title')}
      icon={<IconCalendarEvent size={18} />}
      withCloseButton
      closeButtonLabel={t('moved.dismiss')}
      onClose={onDismiss}
    >
      {rows.length === 0 ? (
        <Text size="sm">{t('moved.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing={4} aria-label={t('moved.title')}>
            <Table.Thead>
              <Table.Tr>
                {manyCases && <Table.Th>{t('moved.case')}</Table.Th>}
                <Table.Th>{t('moved.date')}</Table.Th>
                <Table.Th>{t('moved.listing')}</Table.Th>
                <Table.Th>{t('moved.before')}</Table.Th>
                <Table.Th>{t('moved.after')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ m, d }) => (
                <Table.Tr key={`${m.caseId}:${d.kind}:${d.listingId}`}>
                  {manyCases && (
                    <Table.Td>
                      {t('moved.caseName', { client: clientNameOf(m.clientName, t), id: m.caseId })}
                    </Table.Td>
                  )}
                  <Table.Td>{t(`dateKind.${d.kind}`)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{nameOf(m, d.listingId)}</Text>
                  </Table.Td>
                  <BeforeAfterCells change={d} />
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Alert>
  );
}
