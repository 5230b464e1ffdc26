import { useRef } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * "Attach file": a visible button for the eye and the keyboard, and the labelled file
 * input it opens (any type, several at once).
 */
export function AttachButton({
  name,
  disabled,
  onFiles,
  dropHint = true,
}: {
  name: string;
  disabled?: boolean;
  onFiles: (files: File[]) => void;
  /** False where the area around the button takes no dropped files. */
  dropHint?: boolean;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  return (
    <Group gap="xs">
      <input
        ref={input}
        type="file"
        multiple
        hidden
        disabled={disabled}
        aria-label={t('attach.inputLabel', { name })}
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          // Cleared so the same file can be chosen again later.
          e.currentTarget.value = '';
          onFiles(files);
        }}
      />
      <Button
        size="compact-sm"
        variant="light"
        leftSection={<IconPaperclip size={14} aria-hidden />}
        disabled={disabled}
        onClick={() => input.current?.click()}
      >
        {t('attach.button')}
      </Button>
      {!disabled && dropHint && (
        <Text size="xs" c="dimmed">
          {t('attach.dropHint')}
        </Text>
      )}
    </Group>
  );
}
