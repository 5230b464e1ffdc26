import { startTransition, useEffect, useState } from 'react';
import { Alert, Anchor, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ApiError } from '../../../api/contract';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FieldList } from '../../components/FieldList';
import { ScreenHeader } from '../../components/ScreenHeader';
import { Section } from '../../components/Section';
import { call } from '../../lib/api';
import { useApiValue } from '../../lib/useApiValue';
import { useIdParam } from '../../lib/useIdParam';
import { CaseDates } from './CaseDates';
import { CaseDetailsButton } from './CaseDetailsButton';
import { CaseListings } from './CaseListings';
import { CaseHistory } from './CaseHistory';
import { CaseNotesEditor } from './CaseNotesEditor';
import { CaseDocuments } from './CaseDocuments';
import { CasePacket } from '../documents/CasePacket';
import { CaseEvents } from './CaseEvents';
import { CaseStage } from './CaseStage';
import { RestoreCaseButton } from './RestoreCaseButton';
import { clientNameOf } from '../../lib/clientName';

/**
 * One case: its stage and next steps, dates, authority events, documents, client,
 * listings, notes and the history of every change.
 */
export function CaseScreen() {
  const { t } = useTranslation();
  const id = useIdParam();
  const detail = useApiValue('cases.get', { id });
  const navigate = useNavigate();
  const [error, setError] = useState<ApiError | null>(null);
  const c = detail.value;
  // The sections below the dates (events, documents, packet, client, listings, notes,
  // history) are most of the page's drawing: they follow in a transition once the top of
  // the case is on screen, so the first screenful does not wait for the whole page.
  const [whole, setWhole] = useState(false);
  const loaded = c !== undefined;
  useEffect(() => {
    if (loaded) startTransition(() => setWhole(true));
  }, [loaded]);

  if (!c)
    return detail.error ? (
      <ErrorAlert error={detail.error} />
    ) : (
      <Loader aria-label={t('app.loading')} />
    );

  const archive = async () => {
    const result = await call('cases.archive', { id: c.id });
    if (result.ok) void navigate('/cases');
    else setError(result.error);
  };
  const archived = c.archivedAt !== null;

  return (
    <Stack gap="md">
      <ScreenHeader
        title={
          <>
            {clientNameOf(c.clientName, t)}{' '}
            <Text span ff="monospace" fz="md" c="dimmed" fw={400}>
              {c.clientIdNumber}
            </Text>
          </>
        }
      >
        {archived ? (
          <RestoreCaseButton
            caseId={c.id}
            clientName={clientNameOf(c.clientName, t)}
            onRestored={detail.reload}
          />
        ) : (
          <ConfirmButton
            label={t('case.archive')}
            title={t('case.archiveTitle')}
            text={t('case.archiveText')}
            confirmLabel={t('common.confirmArchive')}
            onConfirm={archive}
            color="red"
            variant="light"
          />
        )}
      </ScreenHeader>
      <Group gap="sm" mt={-12}>
        <Text size="sm" c="dimmed">
          {t('case.assigneeLine', { name: c.assignee || t('case.unassigned') })}
        </Text>
        {!archived && <CaseDetailsButton detail={c} onSaved={detail.reload} />}
      </Group>
      {archived && (
        <Alert color="gray" title={t('common.archived')}>
          {t('case.archivedNotice')}
        </Alert>
      )}
      <ErrorAlert error={error} />
      <Section title={t('case.stage')}>
        <CaseStage detail={c} disabled={archived} onChanged={detail.reload} />
      </Section>
      <Section
        title={t('timeline.title')}
        actions={
          <Text size="sm" c="dimmed">
            {t('timeline.rulesVersion', { version: c.catalogueVersion })}
          </Text>
        }
      >
        <CaseDates detail={c} />
      </Section>
      {whole && (
        <>
          <Section title={t('lifecycle.section')}>
            <CaseEvents detail={c} disabled={archived} onChanged={detail.reload} />
          </Section>
          <Section title={t('documents.section')}>
            <CaseDocuments detail={c} disabled={archived} onChanged={detail.reload} />
          </Section>
          <Section title={t('packets.section')}>
            <CasePacket detail={c} disabled={archived} onChanged={detail.reload} />
          </Section>
          <Section title={t('case.client')}>
            <FieldList
              items={[
                {
                  label: t('clientForm.name'),
                  value: (
                    <Anchor component={Link} to={`/clients/${c.client.id}`}>
                      {clientNameOf(c.client.name, t)}
                    </Anchor>
                  ),
                },
                {
                  label: c.client.kind === 'person' ? t('clientForm.idCard') : t('clientForm.uscc'),
                  value: c.client.idNumber,
                },
                { label: t('clientForm.kind'), value: t(`kind.${c.client.kind}`) },
                ...(c.client.kind === 'company'
                  ? [{ label: t('clientForm.legalRep'), value: c.client.legalRep }]
                  : []),
              ]}
            />
          </Section>
          <CaseListings detail={c} disabled={archived} onChanged={detail.reload} />
          <Section title={t('case.notes')}>
            <CaseNotesEditor detail={c} disabled={archived} />
          </Section>
          <Section title={t('case.history')}>
            <CaseHistory entries={c.history} caseId={c.id} />
          </Section>
        </>
      )}
    </Stack>
  );
}
