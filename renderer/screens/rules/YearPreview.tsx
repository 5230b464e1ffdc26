import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/LanguageProvider';
import { Link } from 'react-router';
import type { CalendarChange } from '../../../core/types';
import { BeforeAfterCells } from '../../components/DateBrief';
import { clientNameOf } from '../../lib/clientName';
import { caseLink } from '../../lib/caseTab';

/** Which open cases' dates the year would move, before and after, before anything is saved. */
export function YearPreview({ changes }: { changes: CalendarChange[] }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  return (
    <Stack gap="xs" component="section" aria-label={t('yearForm.previewTitle')}>
      <Title order={2} size="h5">
        {t('yearForm.previewTitle')}
      </Title>
      {changes.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('yearForm.noChanges')}
        </Text>
      ) : (
        <Text size="sm">{t('counts.casesChanging', { count: changes.length })}</Text>
      )}
      {changes.length > 0 && (
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('yearForm.client')}</Table.Th>
              <Table.Th>{t('yearForm.date')}</Table.Th>
              <Table.Th>{t('yearForm.before')}</Table.Th>
              <Table.Th>{t('yearForm.after')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changes.flatMap((c) =>
              c.dates.map((d, i) => (
                <Table.Tr key={`${c.caseId}:${d.kind}:${d.listingId}`}>
                  <Table.Td>
                    {i === 0 && (
                      <Anchor component={Link} to={caseLink(c.caseId, 'dates')} size="sm">
                        {clientNameOf(c.clientName, t)}
                      </Anchor>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(`dateKind.${d.kind}`)}</Text>
                    <Text size="xs" c="dimmed">
                      {d.listing[lang]}
                    </Text>
                  </Table.Td>
                  <BeforeAfterCells change={d} />
                </Table.Tr>
              )),
            )}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
