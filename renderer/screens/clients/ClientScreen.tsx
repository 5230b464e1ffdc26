import { useState } from 'react';
import { Alert, Anchor, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ApiError } from '../../../api/contract';
import type { ClientDetail } from '../../../core/types';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FieldList } from '../../components/FieldList';
import { NavButton } from '../../components/NavButton';
import { ScreenHeader } from '../../components/ScreenHeader';
import { StageBadge } from '../../components/StageBadge';
import { Section } from '../../components/Section';
import { call } from '../../lib/api';
import { instantDate } from '../../lib/dates';
import { useApiValue } from '../../lib/useApiValue';
import { useIdParam } from '../../lib/useIdParam';
import { CaseHistory } from '../cases/CaseHistory';
import { ClientContacts } from './ClientContacts';
import { ClientListings } from './ClientListings';
import { IdNumberReveal } from './IdNumberReveal';
import { ExportPersonalData } from './ExportPersonalData';
import { EraseClientButton } from './EraseClientButton';
import { clientNameOf } from '../../lib/clientName';
import type { ErasureRecord } from '../../../core/personal/erase';
import { RestoreClientButton } from './RestoreClientButton';

/** One client: its details, contacts, listings and cases. */
export function ClientScreen() {
  const { t } = useTranslation();
  const id = useIdParam();
  const client = useApiValue('clients.get', { id });
  const [error, setError] = useState<ApiError | null>(null);
  const [erased, setErased] = useState<ErasureRecord | null>(null);
  const navigate = useNavigate();
  const c = client.value;

  if (!c) {
    return client.error ? (
      <ErrorAlert error={client.error} />
    ) : (
      <Loader aria-label={t('app.loading')} />
    );
  }

  const archive = async () => {
    const result = await call('clients.archive', { id: c.id });
    if (result.ok) void navigate('/clients');
    else setError(result.error);
  };

  return (
    <Stack gap="md">
      <ScreenHeader title={clientNameOf(c.name, t)}>
        {c.archivedAt ? (
          <RestoreClientButton
            clientId={c.id}
            clientName={clientNameOf(c.name, t)}
            onRestored={client.reload}
            onError={setError}
          />
        ) : (
          <>
            {!c.erasedAt && (
              <>
                <NavButton to={`/cases/new?client=${c.id}`} variant="default">
                  {t('common.newCase')}
                </NavButton>
                <NavButton to={`/clients/${c.id}/edit`} variant="default">
                  {t('clients.edit')}
                </NavButton>
              </>
            )}
            <ConfirmButton
              label={t('clients.archive')}
              title={t('clients.archiveTitle')}
              text={t('clients.archiveText')}
              confirmLabel={t('common.confirmArchive')}
              onConfirm={archive}
              color="red"
              variant="light"
            />
          </>
        )}
      </ScreenHeader>
      {c.archivedAt && (
        <Alert color="gray" title={t('common.archived')}>
          {t('restore.clientNotice')}
        </Alert>
      )}
      {erased && (
        <Alert color="green" role="status">
          {t('personal.erase.done', { count: erased.counts.historyEntries })}
        </Alert>
      )}
      {c.erasedAt && (
        <Alert color="gray" title={t('personal.erasedClient')}>
          {t('personal.erasedNotice', { date: instantDate(c.erasedAt) })}
        </Alert>
      )}
      <ErrorAlert error={error ?? client.error} />
      <Section title={t('clients.details')}>
        <ClientFacts client={c} onError={setError} />
      </Section>
      {!c.erasedAt && (
        <Section title={t('personal.section')}>
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t('personal.sectionHint')}
            </Text>
            <Group gap="sm" align="flex-start">
              <ExportPersonalData clientId={c.id} onError={setError} />
              <EraseClientButton client={c} onErased={setErased} />
            </Group>
          </Stack>
        </Section>
      )}
      <Section title={t('clients.contacts')}>
        <ClientContacts contacts={c.contacts} />
      </Section>
      <Section title={t('clients.listings')}>
        <ClientListings client={c} />
      </Section>
      <Section title={t('clients.cases')}>
        <ClientCases client={c} />
      </Section>
      <Section title={t('clientPage.history')}>
        <CaseHistory entries={c.history} />
      </Section>
    </Stack>
  );
}

function ClientFacts({
  client,
  onError,
}: {
  client: ClientDetail;
  onError: (error: ApiError | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <FieldList
      items={[
        { label: t('clientForm.kind'), value: t(`kind.${client.kind}`) },
        {
          label: client.kind === 'person' ? t('clientForm.idCard') : t('clientForm.uscc'),
          value: client.erasedAt ? (
            ''
          ) : (
            <IdNumberReveal key={client.id} client={client} onError={onError} />
          ),
        },
        { label: t('clientForm.address'), value: client.address },
        // A person has no legal representative.
        ...(client.kind === 'company'
          ? [{ label: t('clientForm.legalRep'), value: client.legalRep }]
          : []),
      ]}
    />
  );
}

function ClientCases({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  if (client.cases.length === 0) return <Text c="dimmed">{t('clients.noCases')}</Text>;
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('cases.client')}</Table.Th>
          <Table.Th>{t('stage.label')}</Table.Th>
          <Table.Th>{t('cases.listings')}</Table.Th>
          <Table.Th>{t('cases.updated')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {client.cases.map((k) => (
          <Table.Tr key={k.id}>
            <Table.Td>
              <Anchor component={Link} to={`/cases/${k.id}`}>
                {clientNameOf(k.clientName, t)} #{k.id}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <StageBadge stage={k.stage} size="md" />
            </Table.Td>
            <Table.Td>{k.listingCount}</Table.Td>
            <Table.Td>{instantDate(k.updatedAt)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
