import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { Loader, Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LetterKind } from '../../../core/documents';
import type { CaseDetail } from '../../../core/types';
import { ConfirmReplace } from './ConfirmReplace';
import './letter-screen.css';

/**
 * The editor (Tiptap, ProseMirror) and the preview (pdf.js) are loaded when a letter is
 * first opened: the case page, opened far more often, does not carry them.
 */
const LetterWorkspace = lazy(() =>
  import('./LetterWorkspace').then((m) => ({ default: m.LetterWorkspace })),
);

/**
 * The letter screen: a full-screen dialog with the editor, the PDF preview beside it and
 * the saved versions. Closing with changes not saved as a version asks first.
 */
export function LetterModal({
  caseId,
  kind,
  onClose,
  onSaved,
}: {
  caseId: number;
  kind: LetterKind | null;
  onClose: () => void;
  onSaved: (detail: CaseDetail, itemKey: string) => void;
}) {
  const { t } = useTranslation();
  const dirty = useRef(false);
  const [asking, setAsking] = useState(false);
  const close = useCallback(() => {
    setAsking(false);
    dirty.current = false;
    onClose();
  }, [onClose]);
  useEffect(() => {
    if (kind) dirty.current = false;
  }, [kind]);

  return (
    <Modal
      opened={kind !== null}
      onClose={() => (dirty.current ? setAsking(true) : close())}
      title={kind ? t(`letters.${kind}`) : ''}
      fullScreen
      closeButtonProps={{ 'aria-label': t('letterEditor.close') }}
      styles={{
        content: { display: 'flex', flexDirection: 'column' },
        body: { flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' },
      }}
    >
      {kind && (
        <Suspense fallback={<Loader aria-label={t('letters.loading')} />}>
          <LetterWorkspace
            key={kind}
            caseId={caseId}
            kind={kind}
            onDirty={(d) => {
              dirty.current = d;
            }}
            onSaved={onSaved}
          />
        </Suspense>
      )}
      <ConfirmReplace
        opened={asking}
        title={t('unsaved.title')}
        text={t('unsaved.text')}
        confirmLabel={t('unsaved.leave')}
        cancelLabel={t('unsaved.stay')}
        onConfirm={close}
        onCancel={() => setAsking(false)}
      />
    </Modal>
  );
}
