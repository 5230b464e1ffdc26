import { useEffect, useState } from 'react';
import { Alert, Button, Center, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/contract';
import type { CaseFile } from '../../../core/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { base64Blob, saveBlob } from '../../lib/bytes';
import { RevealWarning } from './RevealWarning';
import { useOpenWithSystem } from './useOpenWithSystem';

type Kind = 'pdf' | 'image' | 'other';
const kindOf = (mime: string): Kind =>
  mime === 'application/pdf' ? 'pdf' : mime.startsWith('image/') ? 'image' : 'other';

interface Loaded {
  id: number;
  url?: string;
  error?: ApiError;
}

/** Reads a previewable file (verified against its hash by the backend) into a blob: URL. */
function usePreviewUrl(file: CaseFile | null): Loaded | null {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    if (!file || kindOf(file.mime) === 'other') return;
    let url: string | undefined;
    let current = true;
    void call('files.read', { id: file.id }).then((result) => {
      if (!current) return;
      if (result.ok) {
        url = URL.createObjectURL(base64Blob(result.value.data, file.mime));
        setLoaded({ id: file.id, url });
      } else setLoaded({ id: file.id, error: result.error });
    });
    return () => {
      current = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [file]);
  return loaded && file && loaded.id === file.id ? loaded : null;
}

/**
 * A file inside the app: PDFs in a frame, images as images; any other type opens with the
 * system's app (desktop, listed types only: a refused file can be shown in its folder
 * after a warning) or downloads. A file whose bytes no longer match its hash shows the
 * backend's message, never the bytes.
 */
export function FilePreviewModal({
  file,
  onClose,
}: {
  file: CaseFile | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const loaded = usePreviewUrl(file);
  const [error, setError] = useState<ApiError | null>(null);
  const opener = useOpenWithSystem(file);
  const { state } = opener;
  const kind = file ? kindOf(file.mime) : 'other';

  const close = () => {
    setError(null);
    opener.reset();
    onClose();
  };
  const download = async () => {
    if (!file) return;
    setError(null);
    const result = await call('files.read', { id: file.id });
    if (result.ok) saveBlob(file.filename, base64Blob(result.value.data, file.mime));
    else setError(result.error);
  };

  return (
    <Modal
      opened={file !== null}
      onClose={close}
      title={state.step === 'refused' ? t('openFile.warningTitle') : (file?.filename ?? '')}
      size={kind === 'other' ? 'md' : 'xl'}
      centered
    >
      {file && state.step === 'refused' && (
        <RevealWarning
          message={state.message}
          busy={state.busy ?? false}
          onCancel={opener.reset}
          onReveal={() => void opener.reveal()}
        />
      )}
      {file && state.step !== 'refused' && (
        <Stack gap="sm">
          {kind !== 'other' && !loaded && <Loader aria-label={t('app.loading')} />}
          <ErrorAlert error={loaded?.error ?? error} />
          {loaded?.url && kind === 'pdf' && (
            <iframe
              src={loaded.url}
              title={file.filename}
              style={{ width: '100%', height: '70vh', border: 0 }}
            />
          )}
          {loaded?.url && kind === 'image' && (
            <Center>
              <img
                src={loaded.url}
                alt={file.filename}
                style={{ maxWidth: '100%', maxHeight: '70vh' }}
              />
            </Center>
          )}
          {kind === 'other' && <Text size="sm">{t('files.noPreview')}</Text>}
          <ErrorAlert error={state.step === 'failed' ? state.error : null} />
          {state.step === 'opened' && state.notice && (
            <Alert color="yellow" title={t('openFile.noticeTitle')} role="status">
              <Text size="sm">{state.notice}</Text>
            </Alert>
          )}
          {state.step === 'shown' && (
            <Text size="sm" role="status">
              {t('openFile.shownInFolder', { filename: file.filename })}
            </Text>
          )}
          <Group justify="flex-end">
            {kind === 'other' && (
              <Button
                variant="light"
                loading={state.step === 'busy'}
                onClick={() => void opener.open()}
              >
                {t('files.openSystem')}
              </Button>
            )}
            {!loaded?.error && (
              <Button variant="default" onClick={() => void download()}>
                {t('files.download')}
              </Button>
            )}
            <Button onClick={close}>{t('files.close')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
