import { useEffect, useState } from 'react';
import { Loader, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/contract';
import type { LetterKind } from '../../../core/documents';
import type { Lang } from '../../../core/messages';
import type { CaseDetail } from '../../../core/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLanguage } from '../../i18n/LanguageProvider';
import { call } from '../../lib/api';
import { LetterForm, type LetterValues } from './LetterForm';

interface Draft {
  key: string;
  values?: LetterValues;
  error?: ApiError;
}

/** Drafts a letter from the case data in the chosen language, to edit and save as a PDF. */
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
  const { lang: uiLang } = useLanguage();
  const [lang, setLang] = useState<Lang>(uiLang);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [itemKey, setItemKey] = useState('');
  const key = `${kind}|${lang}`;

  useEffect(() => {
    if (!kind) return;
    let current = true;
    void call('letters.draft', { caseId, kind, lang }).then((result) => {
      if (!current) return;
      if (result.ok) {
        const { title, paragraphs } = result.value;
        setItemKey(result.value.itemKey);
        setDraft({ key, values: { caseId, kind, lang, title, paragraphs } });
      } else setDraft({ key, error: result.error });
    });
    return () => {
      current = false;
    };
  }, [caseId, kind, lang, key]);

  const shown = draft?.key === key ? draft : null;
  // The next opening drafts afresh from the case data.
  const close = () => {
    setDraft(null);
    onClose();
  };
  return (
    <Modal
      opened={kind !== null}
      onClose={close}
      title={kind ? t(`letters.${kind}`) : ''}
      size="xl"
      centered
    >
      <Stack gap="md">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="letter-language">
            {t('letters.language')}
          </Text>
          <SegmentedControl
            aria-labelledby="letter-language"
            value={lang}
            onChange={(v) => setLang(v as Lang)}
            data={[
              { value: 'en', label: t('letters.english') },
              { value: 'zh', label: t('letters.chinese') },
            ]}
            style={{ alignSelf: 'flex-start' }}
          />
        </Stack>
        {!shown && <Loader aria-label={t('letters.loading')} />}
        <ErrorAlert error={shown?.error} />
        {shown?.values && (
          <LetterForm
            key={key}
            draft={shown.values}
            onCancel={close}
            onSaved={(detail) => {
              setDraft(null);
              onSaved(detail, itemKey);
            }}
          />
        )}
      </Stack>
    </Modal>
  );
}
