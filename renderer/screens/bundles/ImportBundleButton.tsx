import { useEffect, useRef, useState } from 'react';
import { Alert, Anchor, Button, FileInput, Group, Progress, Stack, Text } from '@mantine/core';
import { IconFile, IconPackageImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiError } from '../../../api/contract';
import type { BundleImported, BundleSummary } from '../../../core/bundle/inputs';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/FormModal';
import { call } from '../../lib/api';
import { sendFile } from '../../lib/upload';
import { BundleSummaryView } from './BundleSummaryView';

type Step =
  | { state: 'choose' }
  | { state: 'checking'; percent: number }
  | { state: 'checked'; summary: BundleSummary }
  | { state: 'imported'; result: BundleImported };

/**
 * Choose a .xiufu file, have it checked whole (nothing is written), see what it would add,
 * then confirm: the import is one transaction, and a second import of it adds nothing.
 */
function ImportBundle({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>({ state: 'choose' });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const abort = useRef(new AbortController());
  // Closing the dialog while the file is sent cancels the upload: nothing is kept.
  useEffect(() => {
    const controller = abort.current;
    return () => controller.abort();
  }, []);

  const check = async () => {
    if (!file) return;
    setError(null);
    setStep({ state: 'checking', percent: 0 });
    const staged = await sendFile(
      file,
      (sent) => setStep({ state: 'checking', percent: Math.round((sent / file.size) * 100) }),
      abort.current.signal,
    );
    if (!staged.ok) {
      setStep({ state: 'choose' });
      if (!staged.cancelled) setError(staged.error);
      return;
    }
    const verified = await call('bundles.verify', { uploadId: staged.uploadId });
    if (verified.ok) setStep({ state: 'checked', summary: verified.value });
    else {
      setStep({ state: 'choose' });
      setError(verified.error);
    }
  };

  const confirm = async (summary: BundleSummary) => {
    setBusy(true);
    const result = await call('bundles.import', { verifyId: summary.verifyId });
    setBusy(false);
    if (result.ok) setStep({ state: 'imported', result: result.value });
    else setError(result.error);
  };

  const again = () => {
    setFile(null);
    setError(null);
    setStep({ state: 'choose' });
  };

  if (step.state === 'imported') {
    const { added } = step.result;
    return (
      <Stack gap="sm">
        <Alert color={added.length ? 'teal' : 'gray'} role="status">
          {added.length ? t('bundle.done', { count: added.length }) : t('bundle.doneNothing')}
        </Alert>
        {added.map((id) => (
          <Anchor key={id} component={Link} to={`/cases/${id}`} onClick={onClose}>
            {t('bundle.openCase')} #{id}
          </Anchor>
        ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('bundle.close')}
          </Button>
        </Group>
      </Stack>
    );
  }

  if (step.state === 'checked') {
    const fresh = step.summary.cases.filter((c) => c.status === 'new').length;
    return (
      <Stack gap="md">
        <BundleSummaryView summary={step.summary} />
        {fresh === 0 && <Alert color="gray">{t('bundle.nothingNew')}</Alert>}
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={again}>
            {t('bundle.chooseAnother')}
          </Button>
          {fresh > 0 && (
            <Button onClick={() => void confirm(step.summary)} loading={busy}>
              {t('bundle.confirm', { count: fresh })}
            </Button>
          )}
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Text size="sm">{t('bundle.importHint')}</Text>
      <FileInput
        label={t('bundle.file')}
        placeholder={t('bundle.filePlaceholder')}
        leftSection={<IconFile size={16} aria-hidden />}
        accept=".xiufu,application/zip,application/octet-stream"
        value={file}
        onChange={(f) => {
          setFile(f);
          setError(null);
        }}
        clearable
      />
      <ErrorAlert error={error} />
      {step.state === 'checking' && (
        <Stack gap={4}>
          <Progress
            value={step.percent}
            aria-label={t('bundle.uploading', { percent: step.percent })}
          />
          <Text size="sm" c="dimmed" role="status">
            {step.percent < 100
              ? t('bundle.uploading', { percent: step.percent })
              : t('bundle.checking')}
          </Text>
        </Stack>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button onClick={() => void check()} disabled={!file} loading={step.state === 'checking'}>
          {t('bundle.check')}
        </Button>
      </Group>
    </Stack>
  );
}

export function ImportBundleButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconPackageImport size={16} aria-hidden />}
        onClick={() => setOpen(true)}
      >
        {t('bundle.import')}
      </Button>
      <FormModal
        opened={open}
        onClose={() => setOpen(false)}
        title={t('bundle.importTitle')}
        size="lg"
      >
        <ImportBundle onClose={() => setOpen(false)} />
      </FormModal>
    </>
  );
}
