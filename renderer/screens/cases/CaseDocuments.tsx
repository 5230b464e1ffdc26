import { useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconFileText, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/contract';
import type { DocStatus, LetterKind } from '../../../core/documents';
import type { CaseDetail, CaseFile, ChecklistItem } from '../../../core/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLanguage } from '../../i18n/LanguageProvider';
import { call } from '../../lib/api';
import { ChecklistItemCard } from '../documents/ChecklistItemCard';
import { CustomItemButton } from '../documents/CustomItemButton';
import { FilePreviewModal } from '../documents/FilePreviewModal';
import { LetterModal } from '../documents/LetterModal';
import { useVerifyFiles, VerifyReport } from '../documents/VerifyReport';
import { ReadinessAlert } from '../documents/ReadinessAlert';
import { NotNeededModal, type NotNeededTarget } from './NotNeededModal';

interface Props {
  detail: Pick<CaseDetail, 'id' | 'checklist' | 'readiness'>;
  disabled?: boolean;
  onChanged?: () => void;
}

const noop = () => undefined;

/**
 * The checklist from the rule versions plus the user's own items: each document's status,
 * validity and files, whether the case can be filed, the letters drafted from case data,
 * and a check of every stored file against its SHA-256.
 */
export function CaseDocuments({ detail, disabled, onChanged = noop }: Props) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const [error, setError] = useState<ApiError | null>(null);
  const [reasonFor, setReasonFor] = useState<NotNeededTarget | null>(null);
  const [preview, setPreview] = useState<CaseFile | null>(null);
  const [letter, setLetter] = useState<LetterKind | null>(null);
  const [savedOn, setSavedOn] = useState<string | null>(null);
  const check = useVerifyFiles(detail.id);
  const nameOf = (id: string) =>
    detail.checklist.find((d) => d.documentId === id)?.name[lang] ?? id;

  const done = (result: { ok: true } | { ok: false; error: ApiError }) => {
    if (result.ok) onChanged();
    else setError(result.error);
  };

  const setStatus = async (item: ChecklistItem, status: DocStatus) => {
    setError(null);
    const { documentId, note, validUntil } = item;
    if (status === 'notNeeded' || status === 'paperOriginal') {
      const name = nameOf(documentId);
      setReasonFor({ caseId: detail.id, documentId, name, note, validUntil, status });
      return;
    }
    // The note and validity date stay as they are; only the status changes.
    done(await call('documents.set', { caseId: detail.id, documentId, status, note, validUntil }));
  };
  const removeFile = async (file: CaseFile) => {
    setError(null);
    done(await call('files.remove', { id: file.id }));
  };
  const removeItem = async (item: ChecklistItem) => {
    setError(null);
    done(await call('documents.removeCustom', { caseId: detail.id, itemKey: item.documentId }));
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start">
        <Group gap="xs">
          <Text size="sm" fw={500} id="letters-area">
            {t('letters.area')}
          </Text>
          <Group gap="xs" role="group" aria-labelledby="letters-area">
            {(['commitment', 'application'] as const).map((kind) => (
              <Button
                key={kind}
                size="compact-sm"
                variant="light"
                leftSection={<IconFileText size={14} aria-hidden />}
                disabled={disabled}
                onClick={() => {
                  setSavedOn(null);
                  setLetter(kind);
                }}
              >
                {t(`letters.${kind}`)}
              </Button>
            ))}
          </Group>
        </Group>
        <Group gap="xs" align="flex-start">
          <Button
            variant="default"
            size="compact-sm"
            leftSection={<IconShieldCheck size={14} aria-hidden />}
            loading={check.busy}
            onClick={() => void check.verify()}
          >
            {t('files.verify')}
          </Button>
          <CustomItemButton caseId={detail.id} disabled={disabled} onAdded={onChanged} />
        </Group>
      </Group>
      <VerifyReport report={check.report} error={check.error} onClose={check.clear} />
      <ReadinessAlert detail={detail} />
      {savedOn && (
        <Alert
          color="teal"
          variant="light"
          role="status"
          withCloseButton
          onClose={() => setSavedOn(null)}
        >
          <Text size="sm">{t('letters.saved', { name: savedOn })}</Text>
        </Alert>
      )}
      <ErrorAlert error={error} />
      {detail.checklist.map((item) => (
        <ChecklistItemCard
          key={item.documentId}
          caseId={detail.id}
          item={item}
          disabled={disabled}
          onStatus={(i, s) => void setStatus(i, s)}
          onPreview={setPreview}
          onRemoveFile={removeFile}
          onRemoveItem={removeItem}
          onChanged={onChanged}
        />
      ))}
      <NotNeededModal target={reasonFor} onClose={() => setReasonFor(null)} onSaved={onChanged} />
      <FilePreviewModal file={preview} onClose={() => setPreview(null)} />
      <LetterModal
        caseId={detail.id}
        kind={letter}
        onClose={() => setLetter(null)}
        onSaved={(_, itemKey) => {
          // The letter screen stays open (its versions list shows the save); the case reloads.
          setSavedOn(nameOf(itemKey));
          onChanged();
        }}
      />
    </Stack>
  );
}
