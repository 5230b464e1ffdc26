import { useState, type ReactNode } from 'react';
import { Alert, Anchor, Grid, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ApiError } from '../../../api/contract';
import type { CaseDetail } from '../../../core/types';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PrintButton } from '../../components/PrintButton';
import { ScreenHeader } from '../../components/ScreenHeader';
import { StageBadge } from '../../components/StageBadge';
import { useLanguage } from '../../i18n/LanguageProvider';
import { call } from '../../lib/api';
import { clientNameOf } from '../../lib/clientName';
import { CaseDetailsButton } from './CaseDetailsButton';
import { CaseNextSteps } from './CaseNextSteps';
import { NearestDate } from './NearestDate';
import { RestoreCaseButton } from './RestoreCaseButton';
import { ExportBundleButton } from '../bundles/ExportBundleButton';

interface Props {
  detail: CaseDetail;
  onChanged: () => void;
  onPrint: () => void;
}

/** A small caption over one fact of the header. */
function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed" fw={500} tt="uppercase" lts={0.3}>
        {label}
      </Text>
      {children}
    </Stack>
  );
}

/**
 * The top of a case, the same on every tab: the client (a link to their page) and code,
 * the stage, what the rules engine says comes next with the events that can be logged,
 * the nearest date, the assignee, and print, export as a bundle, edit, archive or restore.
 */
export function CaseHeader({ detail: c, onChanged, onPrint }: Props) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const navigate = useNavigate();
  const [error, setError] = useState<ApiError | null>(null);
  const archived = c.archivedAt !== null;
  const name = clientNameOf(c.clientName, t);

  const archive = async () => {
    const result = await call('cases.archive', { id: c.id });
    if (result.ok) void navigate('/cases');
    else setError(result.error);
  };

  return (
    <Stack gap="sm">
      <ScreenHeader
        title={
          <>
            <Anchor component={Link} to={`/clients/${c.client.id}`} inherit c="inherit">
              {name}
            </Anchor>{' '}
            <Text span ff="monospace" fz="md" c="dimmed" fw={400}>
              {c.clientIdNumber}
            </Text>
          </>
        }
      >
        <PrintButton title={t('casePage.printCase')} onClick={onPrint} />
        <ExportBundleButton caseIds={[c.id]} label={t('bundle.exportCase')} />
        {archived ? (
          <RestoreCaseButton caseId={c.id} clientName={name} onRestored={onChanged} />
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
      {archived && (
        <Alert color="gray" title={t('common.archived')}>
          {t('case.archivedNotice')}
        </Alert>
      )}
      <ErrorAlert error={error} />
      <Paper withBorder radius="md" px="md" py="sm">
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 3 }}>
            <Fact label={t('case.stage')}>
              <Group gap="sm" role="group" aria-label={t('case.stage')} title={t('case.stageHint')}>
                <StageBadge stage={c.stage} />
              </Group>
              <Group gap={6} wrap="wrap">
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {t('case.assigneeLine', { name: c.assignee || t('case.unassigned') })}
                </Text>
                {!archived && <CaseDetailsButton detail={c} onSaved={onChanged} />}
              </Group>
            </Fact>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Fact label={t('casePage.nextAction')}>
              <Text fw={500}>{c.evaluation.nextAction.text[lang]}</Text>
              <CaseNextSteps detail={c} disabled={archived} onChanged={onChanged} />
            </Fact>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 3 }}>
            <Fact label={t('casePage.nearest')}>
              <NearestDate detail={c} />
            </Fact>
          </Grid.Col>
        </Grid>
      </Paper>
    </Stack>
  );
}
