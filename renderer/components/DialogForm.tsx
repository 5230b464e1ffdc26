import type { BaseSyntheticEvent, ReactNode } from 'react';
import { Button, Group, Stack, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/contract';
import { useFirstFieldFocus } from '../lib/useFirstFieldFocus';
import { ErrorAlert } from './ErrorAlert';

interface Props {
  /** A react-hook-form submit handler (see useApiForm). */
  onSubmit: (e?: BaseSyntheticEvent) => Promise<void>;
  onCancel: () => void;
  submitLabel: string;
  submitting: boolean;
  /** Red for a submit that removes something; the theme's colour otherwise. */
  submitColor?: MantineColor;
  apiError: ApiError | null;
  children: ReactNode;
}

/**
 * A form shown in a modal: its fields, then the backend's error, then Cancel beside the
 * submit button; the dialog opens on the first field. Validation is the schema's (noValidate), so the browser's own bubbles
 * do not compete with the translated messages.
 */
export function DialogForm({
  onSubmit,
  onCancel,
  submitLabel,
  submitting,
  submitColor,
  apiError,
  children,
}: Props) {
  const { t } = useTranslation();
  const firstField = useFirstFieldFocus<HTMLFormElement>();
  return (
    <form ref={firstField} onSubmit={(e) => void onSubmit(e)} noValidate>
      <Stack gap="sm">
        {children}
        <ErrorAlert error={apiError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color={submitColor} loading={submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
