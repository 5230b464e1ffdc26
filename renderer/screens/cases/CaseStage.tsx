import { useState } from 'react';
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
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
 * The stage follows from the logged events and the documents; it is shown, not typed.
 * Below it, one button per event the case can take next, each opening its dated form.
 */
export function CaseStage({ detail, disabled, onChanged }: Props) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<EventModalTarget | null>(null);
  const next = allowedNext(detail.stage, replay(sortEvents(detail.events)));

  return (
    <Stack gap="sm">
      <Group gap="sm" role="group" aria-label={t('case.stage')}>
        <Badge size="lg" variant="light" tt="none">
          {t(`stage.${detail.stage}`)}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">
        {t('case.stageHint')}
      </Text>
      {next.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('lifecycle.noNextSteps')}
        </Text>
      ) : (
        <Group gap="xs" role="group" aria-label={t('lifecycle.nextSteps')}>
          {next.map((type, i) => (
            <Button
              key={type}
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
    </Stack>
  );
}
