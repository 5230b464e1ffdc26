import { useEffect, useState } from 'react';
import { Alert, Button, Group, Paper, Progress, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportOpened } from '../../../core/import/results';
import type { Mapping } from '../../../core/import/types';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NavButton } from '../../components/NavButton';
import { ScreenHeader } from '../../components/ScreenHeader';
import { ImportBatches } from './ImportBatches';
import { ImportMapping } from './ImportMapping';
import { ImportPick } from './ImportPick';
import { ImportRows } from './ImportRows';
import { useImportJob, type ImportJobState } from './useImportJob';

function JobProgress({ job, onCancel }: { job: ImportJobState; onCancel: () => void }) {
  const { t } = useTranslation();
  if (job.state !== 'running') return null;
  const phase = t(`imports.progress.${job.phase ?? 'checking'}`);
  return (
    <Group gap="sm" align="center">
      <Progress
        style={{ flex: 1 }}
        value={job.total > 0 ? (job.done / job.total) * 100 : 5}
        animated
        aria-label={phase}
      />
      <Text size="sm">
        {t('imports.progressText', { phase, done: job.done, total: job.total })}
      </Text>
      <Button variant="default" size="xs" onClick={onCancel}>
        {t('imports.cancel')}
      </Button>
    </Group>
  );
}

/**
 * Import from spreadsheets: pick files → map columns → the rows checked, problems at their
 * cells (fix them in the mapping or skip the row) → dry run or import, with progress and
 * cancel → the result, with "Undo this import". Past imports are listed below.
 */
export function ImportScreen() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState<ImportOpened | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [skipped, setSkipped] = useState<Set<string>>(new Set());
  const [onlyProblems, setOnlyProblems] = useState(false);
  const check = useImportJob();
  const work = useImportJob();
  const { check: startCheck } = check;

  // Every change of the mapping or the skipped rows checks the rows again (a job in a worker).
  useEffect(() => {
    if (!opened) return;
    void startCheck({
      sessionId: opened.sessionId,
      mapping,
      skipped: [...skipped],
    });
  }, [opened, mapping, skipped, startCheck]);

  const open = (o: ImportOpened) => {
    setOpened(o);
    setMapping(o.mapping);
    setSkipped(new Set());
    work.reset();
  };
  const checked = check.job.state === 'done' ? check.job.outcome : null;
  const counts = checked?.counts;
  const running = work.job.state === 'running';
  const ran = work.job.state === 'done' ? work.job.outcome : null;
  const imported = ran?.mode === 'run' ? ran : null;
  const run = (mode: 'dryRun' | 'run') =>
    opened &&
    void work.start({ sessionId: opened.sessionId, mode, mapping, skipped: [...skipped] });

  return (
    <Stack gap="md">
      <ScreenHeader title={t('imports.title')} />
      <Text c="dimmed" size="sm">
        {t('imports.intro')}
      </Text>
      {!opened ? (
        <ImportPick onOpened={open} />
      ) : (
        <>
          <Group justify="space-between">
            <Text size="sm">
              {t('imports.files', { count: opened.files.length })}:{' '}
              {opened.files.map((f) => f.name).join(', ')}
            </Text>
            <Button variant="default" size="xs" onClick={() => setOpened(null)} disabled={running}>
              {t('imports.startOver')}
            </Button>
          </Group>
          <ImportMapping
            sheets={opened.sheets}
            mapping={mapping}
            remembered={opened.remembered}
            onChange={setMapping}
          />
          <Paper withBorder p="md" radius="md">
            <Stack gap="sm">
              <Title order={2} size="h4">
                {t('imports.previewTitle')}
              </Title>
              <div role="status">
                {check.job.state === 'running' && <Text size="sm">{t('imports.checking')}</Text>}
                {counts && check.job.state === 'done' && (
                  <Stack gap={4}>
                    <Text size="sm">{t('imports.counts', { ...counts })}</Text>
                    {counts.skipped > 0 && (
                      <Text size="sm">{t('imports.skippedCount', { count: counts.skipped })}</Text>
                    )}
                    <Text size="sm" fw={600} c={counts.rowsWithErrors > 0 ? 'red' : 'teal'}>
                      {counts.rowsWithErrors > 0
                        ? t('imports.problemRows', { count: counts.rowsWithErrors })
                        : t('imports.allClear')}
                    </Text>
                  </Stack>
                )}
              </div>
              <ErrorAlert error={check.job.state === 'failed' ? check.job.error : null} />
              <Switch
                label={t('imports.onlyProblems')}
                checked={onlyProblems}
                onChange={(e) => setOnlyProblems(e.currentTarget.checked)}
              />
              <ImportRows
                sheets={opened.sheets}
                mapping={mapping}
                problems={checked?.problems ?? []}
                skipped={skipped}
                onlyProblems={onlyProblems}
                onSkip={(key, skip) =>
                  setSkipped((s) => {
                    const next = new Set(s);
                    if (skip) next.add(key);
                    else next.delete(key);
                    return next;
                  })
                }
              />
              <Group>
                <Button
                  variant="default"
                  onClick={() => run('dryRun')}
                  disabled={running || !checked}
                >
                  {t('imports.dryRun')}
                </Button>
                <Button
                  onClick={() => run('run')}
                  disabled={running || !checked || checked.blocked || imported !== null}
                >
                  {t('imports.run')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        </>
      )}
      <JobProgress job={work.job} onCancel={() => void work.cancel()} />
      {work.job.state === 'cancelled' && <Alert color="gray">{t('imports.cancelled')}</Alert>}
      <ErrorAlert error={work.job.state === 'failed' ? work.job.error : null} />
      {ran?.mode === 'dryRun' && ran.counts && (
        <Alert color="blue">{t('imports.dryRunDone', { ...ran.counts })}</Alert>
      )}
      {ran?.mode === 'undo' && <Alert color="gray">{t('imports.undone')}</Alert>}
      {imported?.counts && (
        <Alert color="teal" title={t('imports.done', { ...imported.counts })}>
          <Group gap="sm" mt="xs">
            <NavButton to="/cases" size="xs">
              {t('imports.seeCases')}
            </NavButton>
            <ConfirmButton
              size="xs"
              variant="light"
              color="red"
              label={t('imports.undo')}
              title={t('imports.undoTitle')}
              text={t('imports.undoText')}
              confirmLabel={t('imports.undo')}
              onConfirm={() => void work.undo(imported.batchId!)}
            />
          </Group>
        </Alert>
      )}
      <ImportBatches busy={running} onUndo={(id) => void work.undo(id)} />
    </Stack>
  );
}
