import { useState } from 'react';
import { Alert, Box, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { sortEvents } from '../../../core/lifecycle';
import type { CaseDetail, CaseFile } from '../../../core/types';
import { instantDateTime } from '../../lib/dates';
import { FilePreviewModal } from '../documents/FilePreviewModal';
import { EventModal, type EventModalTarget } from '../lifecycle/EventModal';
import { DecisionDocument } from './DecisionDocument';
import { DeleteEventButton } from './DeleteEventButton';
import { eventDetails } from './eventDetails';

interface Props {
  detail: CaseDetail;
  disabled?: boolean;
  onChanged?: () => void;
}

const noop = () => undefined;

/**
 * What the authority did, in order: each event with its date, details and who logged it;
 * a decision with its number and its document.
 */
export function CaseEvents({ detail, disabled, onChanged = noop }: Props) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<EventModalTarget | null>(null);
  const [preview, setPreview] = useState<CaseFile | null>(null);
  const events = sortEvents(detail.events);

  if (events.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {t('lifecycle.noEvents')}
      </Text>
    );

  return (
    <Stack gap={0} component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
      {events.map((e) => {
        const label = t(`lifecycle.event.${e.type}`);
        const details = eventDetails(e, t);
        const override = e.type === 'filed' && e.overrideReason ? e.overrideReason : null;
        return (
          <Box
            component="li"
            key={e.id}
            py="sm"
            style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
          >
            <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
              <Stack gap={4}>
                <Group gap="md" wrap="wrap">
                  <Text ff="monospace" fw={600}>
                    {e.date}
                  </Text>
                  <Text fw={600}>{label}</Text>
                  {details && <Text size="sm">{details}</Text>}
                </Group>
                <Text size="xs" c="dimmed">
                  {t('lifecycle.loggedBy', {
                    who: e.createdBy || t('case.unknownActor'),
                    when: instantDateTime(e.createdAt),
                  })}
                </Text>
                {e.type === 'decided' && (
                  <DecisionDocument
                    caseId={detail.id}
                    event={e}
                    disabled={disabled}
                    onPreview={setPreview}
                    onChanged={onChanged}
                  />
                )}
                {override && (
                  <Alert
                    color="orange"
                    variant="light"
                    p="xs"
                    icon={<IconAlertTriangle size={16} aria-hidden />}
                  >
                    <Text size="sm">{t('lifecycle.override', { reason: override })}</Text>
                  </Alert>
                )}
              </Stack>
              <Group gap={4} wrap="nowrap">
                <Button
                  size="xs"
                  variant="subtle"
                  disabled={disabled}
                  aria-label={t('lifecycle.editLabel', { event: label, date: e.date })}
                  onClick={() => setTarget({ mode: 'edit', detail, event: e })}
                >
                  {t('lifecycle.edit')}
                </Button>
                <DeleteEventButton
                  eventId={e.id}
                  label={t('lifecycle.deleteLabel', { event: label, date: e.date })}
                  disabled={disabled}
                  onDeleted={onChanged}
                />
              </Group>
            </Group>
          </Box>
        );
      })}
      <EventModal target={target} onClose={() => setTarget(null)} onSaved={onChanged} />
      <FilePreviewModal file={preview} onClose={() => setPreview(null)} />
    </Stack>
  );
}
