import { useState } from 'react';
import { Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/contract';
import { allowedNext, replay, sortEvents, type LifecycleEventType } from '../../../core/lifecycle';
import type { CaseDetail } from '../../../core/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { EventModal, type EventModalTarget } from '../lifecycle/EventModal';

interface Props {
  caseId: number;
  clientName: string;
  onLogged?: () => void;
}

/**
 * Logs an event for a case without leaving the list: loads the case to know which events
 * it can take next, lets the reviewer pick one, then opens that event's dated form.
 */
export function LogEventButton({ caseId, clientName, onLogged }: Props) {
  const { t } = useTranslation();
  const [choosing, setChoosing] = useState(false);
  const [next, setNext] = useState<LifecycleEventType[] | null>(null);
  const [detail, setDetail] = useState<CaseDetail | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [target, setTarget] = useState<EventModalTarget | null>(null);

  const open = async () => {
    setChoosing(true);
    setNext(null);
    setError(null);
    const result = await call('cases.get', { id: caseId });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    const c = result.value;
    setDetail(c);
    setNext(allowedNext(c.stage, replay(sortEvents(c.events))));
  };

  return (
    <>
      <Button
        size="xs"
        variant="light"
        aria-label={t('queue.logEventLabel', { client: clientName })}
        onClick={() => void open()}
      >
        {t('queue.logEvent')}
      </Button>
      <Modal
        opened={choosing}
        onClose={() => setChoosing(false)}
        title={t('queue.chooseEvent', { client: clientName })}
        centered
      >
        <Stack gap="sm">
          <ErrorAlert error={error} />
          {!next && !error && <Loader size="sm" aria-label={t('app.loading')} />}
          {next && next.length === 0 && <Text c="dimmed">{t('lifecycle.noNextSteps')}</Text>}
          {detail && next && next.length > 0 && (
            <Group gap="xs" role="group" aria-label={t('lifecycle.nextSteps')}>
              {next.map((type, i) => (
                <Button
                  key={type}
                  // The dialog opens on its first choice, not on its close button.
                  data-autofocus={i === 0 || undefined}
                  variant="light"
                  onClick={() => {
                    setChoosing(false);
                    setTarget({ mode: 'add', detail, type });
                  }}
                >
                  {t(`lifecycle.action.${type}`)}
                </Button>
              ))}
            </Group>
          )}
        </Stack>
      </Modal>
      <EventModal target={target} onClose={() => setTarget(null)} onSaved={() => onLogged?.()} />
    </>
  );
}
