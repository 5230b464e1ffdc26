import { Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkpointFile } from '../../../core/integrity';
import { ErrorAlert } from '../../components/ErrorAlert';
import { saveBlob } from '../../lib/bytes';
import { instantDateTime } from '../../lib/dates';
import { useApiValue } from '../../lib/useApiValue';

/** The chain's head now (history.checkpoint), to copy or save as a small JSON file. */
export function CheckpointCard() {
  const { t } = useTranslation();
  const checkpoint = useApiValue('history.checkpoint', {});
  const cp = checkpoint.value;
  const [copied, setCopied] = useState(false);

  const copy = async () => {
    if (!cp) return;
    await navigator.clipboard.writeText(checkpointFile(cp)).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  const save = () => {
    if (!cp) return;
    saveBlob(
      `xiufu-checkpoint-${cp.count}.json`,
      new Blob([checkpointFile(cp)], { type: 'application/json' }),
    );
  };

  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('integrity.checkpoint')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('integrity.checkpointHint')}
      </Text>
      <ErrorAlert error={checkpoint.error} />
      {cp && (
        <>
          <Text size="sm">
            {t('integrity.checkpointText', { entries: cp.count, time: instantDateTime(cp.at) })}
          </Text>
          <Text size="sm" component="div">
            {t('integrity.hash')}:{' '}
            <Code aria-label={t('integrity.hash')} style={{ overflowWrap: 'anywhere' }}>
              {cp.hash}
            </Code>
          </Text>
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              aria-label={t('integrity.copyLabel')}
              onClick={() => void copy()}
            >
              {t('integrity.copy')}
            </Button>
            <Button
              size="xs"
              variant="default"
              aria-label={t('integrity.saveLabel')}
              onClick={save}
            >
              {t('integrity.save')}
            </Button>
            {copied && (
              <Text size="sm" c="teal" role="status">
                {t('integrity.copied')}
              </Text>
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}
