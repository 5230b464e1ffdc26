import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseEventRecord, LifecycleEventType } from '../../../core/lifecycle';
import type { CaseDetail } from '../../../core/types';
import { EventForm } from './EventForm';
import { editEventValues, newEventValues } from './eventForm';

export type EventModalTarget =
  | { mode: 'add'; caseId: number; type: LifecycleEventType }
  | { mode: 'edit'; caseId: number; event: CaseEventRecord };

interface Props {
  /** What to log or change; null keeps the modal closed. */
  target: EventModalTarget | null;
  onClose: () => void;
  onSaved?: (detail: CaseDetail) => void;
}

/** Logs an authority event, or changes a logged one, in a modal over the current screen. */
export function EventModal({ target, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const title = !target
    ? ''
    : target.mode === 'add'
      ? t(`lifecycle.action.${target.type}`)
      : t('lifecycle.editTitle', { event: t(`lifecycle.event.${target.event.type}`) });
  return (
    <Modal opened={target !== null} onClose={onClose} title={title} centered size="lg">
      {/* Mounted per opening, so each form starts from its own defaults. */}
      {target && (
        <EventForm
          key={target.mode === 'add' ? `add:${target.type}` : `edit:${target.event.id}`}
          defaults={
            target.mode === 'add'
              ? newEventValues(target.caseId, target.type)
              : editEventValues(target.caseId, target.event)
          }
          event={target.mode === 'edit' ? target.event : undefined}
          onCancel={onClose}
          onSaved={(detail) => {
            onSaved?.(detail);
            onClose();
          }}
        />
      )}
    </Modal>
  );
}
