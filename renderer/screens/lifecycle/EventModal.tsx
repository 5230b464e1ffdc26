import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { eventCaseContext, extensionRule, type LifecycleEventType } from '../../../core/lifecycle';
import type { CaseDetail, CaseEventView } from '../../../core/types';
import { EventForm } from './EventForm';
import { editEventValues, newEventValues } from './eventForm';

/** What to log or change, on the case as last loaded (the form judges the event against it). */
export type EventModalTarget =
  | { mode: 'add'; detail: CaseDetail; type: LifecycleEventType }
  | { mode: 'edit'; detail: CaseDetail; event: CaseEventView };

interface Props {
  /** What to log or change; null keeps the modal closed. */
  target: EventModalTarget | null;
  onClose: () => void;
  onSaved?: (detail: CaseDetail) => void;
}

function defaultsOf(target: EventModalTarget) {
  if (target.mode === 'edit') return editEventValues(target.detail.id, target.event);
  const rule = extensionRule(eventCaseContext(target.detail), null);
  return newEventValues(target.detail.id, target.type, rule?.allowed[0]?.n);
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
          detail={target.detail}
          defaults={defaultsOf(target)}
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
