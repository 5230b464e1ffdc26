import { Alert, Button, FileButton, Group, Stack, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkpointTextInput, type CheckpointCheck } from '../../../core/integrity';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { entryText } from '../../lib/chainText';
import { instantDateTime } from '../../lib/dates';
import { useApiForm } from '../../lib/useApiForm';

/** "Check a saved checkpoint": pasted or opened, checked against today's chain (history.check). */
export function CheckpointCheckForm() {
  const { t } = useTranslation();
  const { form, errorOf, apiError, submitWith } = useApiForm(checkpointTextInput, { text: '' });
  const [result, setResult] = useState<CheckpointCheck | null>(null);
  const [unreadable, setUnreadable] = useState(false);

  const submit = submitWith(
    (values) => {
      setResult(null);
      return call('history.check', { checkpoint: values.text });
    },
    (checked) => setResult(checked),
  );

  const open = (file: File | null) => {
    if (!file) return;
    setUnreadable(false);
    file.text().then(
      (text) => form.setValue('text', text, { shouldDirty: true, shouldValidate: true }),
      () => setUnreadable(true),
    );
  };

  const cp = result?.checkpoint;
  const params = cp && { id: cp.id, entries: cp.count, time: instantDateTime(cp.at) };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('integrity.checkTitle')}
        </Title>
        <Textarea
          label={t('integrity.checkText')}
          description={t('integrity.checkTextHint')}
          autosize
          minRows={3}
          maxRows={8}
          styles={{ input: { fontFamily: 'monospace' } }}
          {...form.register('text')}
          error={errorOf('text')}
        />
        {unreadable && <Alert color="red">{t('integrity.unreadable')}</Alert>}
        <ErrorAlert error={apiError} />
        <Group gap="xs">
          <FileButton onChange={open} accept="application/json,.json,text/plain">
            {(props) => (
              <Button size="xs" variant="default" {...props}>
                {t('integrity.open')}
              </Button>
            )}
          </FileButton>
          <Button size="xs" type="submit" loading={form.formState.isSubmitting}>
            {t('integrity.check')}
          </Button>
        </Group>
        {result && params && (
          <Alert color={result.state === 'holds' ? 'teal' : 'red'} role="status">
            {result.state === 'holds'
              ? t('integrity.holds', params)
              : `${t('integrity.rewritten', params)} ${t('integrity.rewrittenAt', { entry: entryText(result.found, t) })}`}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
