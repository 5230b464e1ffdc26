import { useState } from 'react';
import { Button, Group, List, Modal, Stack, Text, type ButtonProps } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/contract';
import type { DemoStatus } from '../../../core/demo-removal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';

interface Props extends ButtonProps {
  onRemoved: (removed: DemoStatus) => void;
}

/**
 * "Remove demo data", after a dialog that says what goes (asked afresh when it opens):
 * the demo's clients and cases, what the user added to those cases, and which demo
 * clients stay because the user made them their own.
 */
export function DemoRemoveButton({ onRemoved, ...buttonProps }: Props) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<DemoStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const ask = async () => {
    setError(null);
    const result = await call('demo.status', {});
    if (result.ok) setStatus(result.value);
    else setError(result.error);
  };
  const close = () => {
    setStatus(null);
    setError(null);
  };
  const remove = async () => {
    setBusy(true);
    const result = await call('demo.remove', {});
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setStatus(null);
    onRemoved(result.value);
  };

  const s = status;
  return (
    <>
      <Button
        color="red"
        variant="light"
        leftSection={<IconTrash size={16} />}
        {...buttonProps}
        onClick={() => void ask()}
      >
        {t('demo.remove')}
      </Button>
      {!s && <ErrorAlert error={error} />}
      <Modal
        opened={s !== null}
        onClose={close}
        title={t('demo.removeTitle')}
        centered
        closeButtonProps={{ 'aria-label': t('demo.close') }}
      >
        {s && (
          <Stack gap="md">
            <Text>
              {s.clients > 0
                ? t('demo.removeText', {
                    clients: t('counts.clients', { count: s.clients }),
                    cases: t('counts.cases', { count: s.cases }),
                  })
                : t('demo.removeNothing')}
            </Text>
            {s.userAdded.events + s.userAdded.files > 0 && (
              <Text>
                {t('demo.removeUserAdded', {
                  events: t('demo.events', { count: s.userAdded.events }),
                  files: t('demo.files', { count: s.userAdded.files }),
                })}
              </Text>
            )}
            {s.kept.length > 0 && (
              <div>
                <Text>{t('demo.keptIntro')}</Text>
                <List>
                  {s.kept.map((k) => (
                    <List.Item key={k.id}>
                      {t('demo.kept', {
                        name: k.name,
                        reasons: k.reasons
                          .map((r) => t(`demo.reason.${r}`))
                          .join(t('demo.reasonSeparator')),
                      })}
                    </List.Item>
                  ))}
                </List>
              </div>
            )}
            <ErrorAlert error={error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close} data-autofocus>
                {t('common.cancel')}
              </Button>
              <Button color="red" loading={busy} onClick={() => void remove()}>
                {t('demo.removeConfirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
