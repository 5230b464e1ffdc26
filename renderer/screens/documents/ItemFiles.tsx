import { Anchor, Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconFile } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../../../core/types';
import { ConfirmButton } from '../../components/ConfirmButton';
import { instantDateTime } from '../../lib/dates';
import { FileSize } from './FileSize';

/**
 * The files attached to one checklist item: open to preview, size, SHA-256, remove; a file
 * the packet cannot hold says so and what to attach instead.
 */
export function ItemFiles({
  files,
  disabled,
  onPreview,
  onRemove,
}: {
  files: CaseFile[];
  disabled?: boolean;
  onPreview: (file: CaseFile) => void;
  onRemove: (file: CaseFile) => Promise<void>;
}) {
  const { t } = useTranslation();
  if (files.length === 0) return null;
  return (
    <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {files.map((f) => (
        <Group key={f.id} component="li" gap="sm" wrap="nowrap" justify="space-between">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Group gap="xs" wrap="wrap" style={{ minWidth: 0 }}>
              <IconFile size={16} aria-hidden />
              <Anchor
                component="button"
                type="button"
                size="sm"
                onClick={() => onPreview(f)}
                title={t('files.preview', { filename: f.filename })}
              >
                {f.filename}
              </Anchor>
              <Text size="xs" c="dimmed">
                <FileSize size={f.size} />
              </Text>
              <Tooltip label={t('files.shaFull', { sha: f.sha256 })} multiline maw={360}>
                <Text
                  size="xs"
                  c="dimmed"
                  ff="monospace"
                  title={f.sha256}
                  aria-label={t('files.shaFull', { sha: f.sha256 })}
                >
                  {t('files.sha', { short: f.sha256.slice(0, 12) })}
                </Text>
              </Tooltip>
              <Text size="xs" c="dimmed">
                {t('files.added', {
                  who: f.addedBy || t('case.unknownActor'),
                  when: instantDateTime(f.addedAt),
                })}
              </Text>
              {f.notEmbeddable && (
                <Badge size="sm" color="orange" variant="light">
                  {t('fileCheck.notInPacket')}
                </Badge>
              )}
            </Group>
            {f.notEmbeddable && (
              <Text size="xs" c="orange.9">
                {t(f.notEmbeddable === 'encrypted' ? 'fileCheck.encrypted' : 'fileCheck.type')}
              </Text>
            )}
          </Stack>
          {!disabled && (
            <ConfirmButton
              label={t('files.remove')}
              aria-label={t('files.removeLabel', { filename: f.filename })}
              title={t('files.removeTitle', { filename: f.filename })}
              text={t('files.removeText')}
              confirmLabel={t('files.confirmRemove')}
              onConfirm={() => onRemove(f)}
              size="compact-sm"
              variant="subtle"
              color="red"
              style={{ flexShrink: 0 }}
            />
          )}
        </Group>
      ))}
    </Stack>
  );
}
