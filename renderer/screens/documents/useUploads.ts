import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/contract';
import { uploadFile, type UploadTarget } from '../../lib/upload';
import { safeFileName } from '../../../core/files/safe-name';

export interface UploadProgressState {
  filename: string;
  sent: number;
  size: number;
}

/**
 * Uploads files one after another to one checklist item, with progress and a cancel that
 * leaves nothing behind. `onAttached` runs once after at least one file was attached; a file
 * kept only as supporting material (the packet cannot hold it) is said so at once.
 */
export function useUploads(target: UploadTarget & { name: string }, onAttached: () => void) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState<UploadProgressState | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);
  const { caseId, itemKey, name } = target;

  const start = useCallback(
    async (files: File[]) => {
      if (controller.current || files.length === 0) return;
      setError(null);
      setNotice(null);
      const abort = new AbortController();
      controller.current = abort;
      let attached = false;
      try {
        for (const file of files) {
          // Shown as the backend will store it: without characters that disguise a name.
          const filename = safeFileName(file.name) || 'file';
          const { size } = file;
          setCurrent({ filename, sent: 0, size });
          const outcome = await uploadFile(
            file,
            { caseId, itemKey },
            (sent) => setCurrent({ filename, sent, size }),
            abort.signal,
          );
          if (outcome.ok) {
            attached = true;
            const kept = outcome.detail.checklist
              .find((i) => i.documentId === itemKey)
              ?.files.findLast((f) => f.filename === filename);
            if (kept?.notEmbeddable) setNotice(t('fileCheck.kept', { filename, name }));
          } else if (outcome.cancelled) {
            setNotice(t('attach.cancelled', { filename }));
            break;
          } else {
            setError(outcome.error);
            break;
          }
        }
      } finally {
        controller.current = null;
        setCurrent(null);
        if (attached) onAttached();
      }
    },
    [caseId, itemKey, name, onAttached, t],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { current, error, notice, start, cancel };
}
