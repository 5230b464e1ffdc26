import { useState } from 'react';
import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError, Output } from '../../../api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';

type Report = Output<'files.verify'>['files'];

/** "Check files": re-hashes every stored file of the case (files.verify). */
export function useVerifyFiles(caseId: number) {
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const verify = async () => {
    setBusy(true);
    setError(null);
    const result = await call('files.verify', { id: caseId });
    setBusy(false);
    if (result.ok) setReport(result.value.files);
    else setError(result.error);
  };
  return { report, error, busy, verify, clear: () => setReport(null) };
}

/** The outcome of a check: every file matches, or a red list of those that do not. */
export function VerifyReport({
  report,
  error,
  onClose,
}: {
  report: Report | null;
  error: ApiError | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  if (error) return <ErrorAlert error={error} />;
  if (!report) return null;
  const bad = report.filter((f) => !f.ok);
  if (bad.length === 0)
    return (
      <Alert
        color="teal"
        variant="light"
        role="status"
        p="xs"
        withCloseButton
        closeButtonLabel={t('files.close')}
        onClose={onClose}
      >
        <Text size="sm">
          {report.length === 0
            ? t('files.verifyNone')
            : t('files.verifyOk', { count: report.length })}
        </Text>
      </Alert>
    );
  return (
    <Alert color="red" variant="light" role="alert" p="xs">
      <Text size="sm" fw={500}>
        {t('files.verifyBad')}
      </Text>
      <List size="sm" c="red.9">
        {bad.map((f) => (
          <List.Item key={f.id}>
            {!f.ok && f.actual
              ? t('files.verifyMismatch', {
                  filename: f.filename,
                  expected: f.sha256.slice(0, 12),
                  actual: f.actual.slice(0, 12),
                })
              : t('files.verifyMissing', { filename: f.filename })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
