import { useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { allowedNext, replay, sortEvents } from '../../../core/lifecycle';
import type { CaseDetail } from '../../../core/types';
import { EventModal, type EventModalTarget } from '../lifecycle/EventModal';

interface Props {
  detail: CaseDetail;
  disabled?: boolean;
  onChanged?: () => void;
}

/**
 * One button per event the case can take next, each opening its dated form. The stage
 * itself follows from the logged events and the documents: it is shown, not typed.
 */
export function CaseNextSteps({ detail, disabled, onChanged }: Props) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<EventModalTarget | null>(null);
  const next = allowedNext(detail.stage, replay(sortEvents(detail.events)));

  return (
    <>
      {next.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('lifecycle.noNextSteps')}
        </Text>
      ) : (
        <Group gap="xs" role="group" aria-label={t('lifecycle.nextSteps')}>
          {next.map((type, i) => (
            <Button
              key={type}
              size="compact-sm"
              variant={i === 0 ? 'filled' : 'light'}
              color={type === 'withdrawn' || type === 'refusedToAccept' ? 'gray' : undefined}
              disabled={disabled}
              onClick={() => setTarget({ mode: 'add', detail, type })}
            >
              {t(`lifecycle.action.${type}`)}
            </Button>
          ))}
        </Group>
      )}
      <EventModal target={target} onClose={() => setTarget(null)} onSaved={onChanged} />
    </>
  );
}
