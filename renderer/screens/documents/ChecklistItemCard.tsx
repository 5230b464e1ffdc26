import { useState, type DragEvent } from 'react';
import { Alert, Badge, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DOC_STATUSES, type DocStatus } from '../../../core/documents';
import type { CaseFile, ChecklistItem } from '../../../core/types';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLanguage } from '../../i18n/LanguageProvider';
import { instantDateTime } from '../../lib/dates';
import { AttachButton } from './AttachButton';
import { ItemFiles } from './ItemFiles';
import { UploadProgress } from './UploadProgress';
import { useUploads } from './useUploads';
import { ValidUntilForm } from './ValidUntilForm';

interface Props {
  caseId: number;
  item: ChecklistItem;
  disabled?: boolean;
  onStatus: (item: ChecklistItem, status: DocStatus) => void;
  onPreview: (file: CaseFile) => void;
  onRemoveFile: (file: CaseFile) => Promise<void>;
  onRemoveItem: (item: ChecklistItem) => Promise<void>;
  onChanged: () => void;
}

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');

/**
 * One document of the checklist: its status, who changed it and when, its validity date,
 * its files, and where to attach more (the button, or files dropped anywhere on the item).
 */
export function ChecklistItemCard({
  caseId,
  item,
  disabled,
  onStatus,
  onPreview,
  onRemoveFile,
  onRemoveItem,
  onChanged,
}: Props) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const name = item.name[lang];
  const uploads = useUploads({ caseId, itemKey: item.documentId, name }, onChanged);
  const [over, setOver] = useState(false);
  const options = DOC_STATUSES.map((s) => ({ value: s, label: t(`documents.status.${s}`) }));
  const canDrop = !disabled && !uploads.current;

  return (
    <Paper
      withBorder
      p="sm"
      radius="sm"
      data-testid={`checklist-item-${item.documentId}`}
      style={{
        borderStyle: over ? 'dashed' : undefined,
        borderColor: over ? 'var(--mantine-color-blue-5)' : undefined,
        background: over ? 'var(--mantine-color-blue-0)' : undefined,
      }}
      onDragOver={(e: DragEvent) => {
        if (!canDrop || !hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e: DragEvent) => {
        if (!canDrop || !hasFiles(e)) return;
        e.preventDefault();
        setOver(false);
        void uploads.start(Array.from(e.dataTransfer.files));
      }}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Group gap="xs">
              <Text fw={500}>{name}</Text>
              {item.custom && (
                <Badge size="sm" variant="light" color="gray">
                  {t('checklist.custom')}
                </Badge>
              )}
              {!item.required && (
                <Badge size="sm" variant="outline" color="gray">
                  {t('checklist.optional')}
                </Badge>
              )}
              {item.status === 'paperOriginal' && (
                <Badge size="sm" variant="light" color="grape">
                  {t('paperOriginal.badge')}
                </Badge>
              )}
              {item.expiry !== 'ok' && (
                <Badge size="sm" color={item.expiry === 'expired' ? 'red' : 'orange'}>
                  {t(item.expiry === 'expired' ? 'checklist.expired' : 'checklist.beforeDecision')}
                </Badge>
              )}
            </Group>
            {item.updatedAt && (
              <Text size="xs" c="dimmed">
                {t('documents.updated', {
                  who: item.updatedBy || t('case.unknownActor'),
                  when: instantDateTime(item.updatedAt),
                })}
              </Text>
            )}
            {item.note && (
              <Text size="sm" c="dimmed">
                {item.note}
              </Text>
            )}
          </Stack>
          <Select
            aria-label={name}
            data={options}
            value={item.status}
            allowDeselect={false}
            disabled={disabled}
            w={215}
            style={{ flexShrink: 0 }}
            onChange={(v) => v && onStatus(item, v as DocStatus)}
          />
        </Group>
        <Group justify="space-between" align="flex-end" gap="sm">
          <ValidUntilForm
            caseId={caseId}
            item={item}
            name={name}
            disabled={disabled}
            onSaved={onChanged}
          />
          <Group gap="xs">
            <AttachButton
              name={name}
              disabled={disabled || uploads.current !== null}
              onFiles={(files) => void uploads.start(files)}
            />
            {item.custom && !disabled && (
              <ConfirmButton
                label={t('checklist.removeItem')}
                aria-label={t('checklist.removeItemLabel', { name })}
                title={t('checklist.removeItemTitle', { name })}
                text={t('checklist.removeItemText')}
                confirmLabel={t('checklist.confirmRemoveItem')}
                onConfirm={() => onRemoveItem(item)}
                size="compact-sm"
                variant="subtle"
                color="red"
              />
            )}
          </Group>
        </Group>
        {uploads.current && <UploadProgress state={uploads.current} onCancel={uploads.cancel} />}
        {uploads.notice && (
          <Alert color="gray" variant="light" role="status" p="xs">
            <Text size="sm">{uploads.notice}</Text>
          </Alert>
        )}
        <ErrorAlert error={uploads.error} />
        <ItemFiles
          files={item.files}
          disabled={disabled}
          onPreview={onPreview}
          onRemove={onRemoveFile}
        />
      </Stack>
    </Paper>
  );
}
