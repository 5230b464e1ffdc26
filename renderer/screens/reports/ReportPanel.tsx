import { useRef, useState } from 'react';
import { Alert, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCopy, IconFileTypePdf, IconPhoto } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { base64Blob, saveBlob } from '../../lib/bytes';
import { blobBase64, chartPng, tsv } from './chartImage';
import { ReportTable } from './ReportTable';
import type { ReportView } from './views';

/**
 * One chart with its table below it, and what can be done with it: copy the table (tab-
 * separated, as a spreadsheet pastes it), save the chart as a PNG or as a PDF page (the
 * picture and the table, made by the backend with the bundled Chinese font).
 */
export function ReportPanel({
  view,
  selection,
  fileBase,
}: {
  view: ReportView;
  /** The range and filters the figures were counted with, printed on the PDF page. */
  selection: string;
  fileBase: string;
}) {
  const { t } = useTranslation();
  const chartRef = useRef<HTMLDivElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<'png' | 'pdf' | null>(null);
  const headingId = `report-${view.id}`;
  const name = `${fileBase}-${view.id}`;

  const copy = () =>
    navigator.clipboard.writeText(tsv(view.columns, view.rows)).then(
      () => setCopied(true),
      () => setCopied(false),
    );

  const png = async () => {
    if (!chartRef.current) throw new Error('no chart');
    return chartPng(chartRef.current, view.legend);
  };
  const exportAs = async (kind: 'png' | 'pdf') => {
    setBusy(kind);
    setError(null);
    try {
      const image = await png();
      if (kind === 'png') return saveBlob(`${name}.png`, image);
      const { title, note, columns, rows } = view;
      const r = await call('reports.preview', {
        title,
        note: `${note}\n${selection}`,
        columns,
        rows,
        png: await blobBase64(image),
      });
      if (!r.ok) return setError(r.error);
      saveBlob(`${name}.pdf`, base64Blob(r.value.data, 'application/pdf'));
    } catch {
      setError({ code: 'internal', message: t('reports.exportFailed') });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Title order={2} size="h4" id={headingId}>
            {view.title}
          </Title>
          {!view.empty && (
            <Group gap="xs">
              <Button
                size="xs"
                variant="default"
                leftSection={<IconCopy size={14} />}
                onClick={() => void copy()}
              >
                {copied ? t('reports.copied') : t('reports.copy')}
              </Button>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconPhoto size={14} />}
                aria-label={t('reports.pngLabel', { title: view.title })}
                loading={busy === 'png'}
                onClick={() => void exportAs('png')}
              >
                {t('reports.png')}
              </Button>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconFileTypePdf size={14} />}
                aria-label={t('reports.pdfLabel', { title: view.title })}
                loading={busy === 'pdf'}
                onClick={() => void exportAs('pdf')}
              >
                {t('reports.pdf')}
              </Button>
            </Group>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {view.note}
        </Text>
        {copied === false && <Alert color="red">{t('reports.copyFailed')}</Alert>}
        <ErrorAlert error={error} />
        {view.empty ? (
          <Alert color="gray" title={t('reports.emptyTitle')}>
            {view.emptyText}
          </Alert>
        ) : (
          <>
            <Box
              ref={chartRef}
              role="img"
              aria-label={t('reports.chartLabel', { title: view.title })}
            >
              {view.chart}
            </Box>
            <ReportTable
              caption={t('reports.tableCaption', { title: view.title })}
              columns={view.columns}
              rows={view.rows}
            />
          </>
        )}
      </Stack>
    </Paper>
  );
}
