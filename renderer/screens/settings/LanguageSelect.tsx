import { useState } from 'react';
import { Select, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/contract';
import type { Lang } from '../../../core/messages';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLanguage } from '../../i18n/LanguageProvider';

/** Each language named in itself, so it can be found whatever the current language. */
const LANGUAGES = [
  { value: 'en', label: 'English' },
  { value: 'zh', label: '简体中文' },
];

/** Switches the UI language at once and saves it (unless `save` is false: recovery mode). */
export function LanguageSelect({ save = true }: { save?: boolean }) {
  const { t } = useTranslation();
  const { lang, setLang } = useLanguage();
  const [error, setError] = useState<ApiError | null>(null);
  return (
    <Stack gap="xs">
      <Select
        label={t('settings.language')}
        data={LANGUAGES}
        value={lang}
        onChange={(v) => {
          if (v) void setLang(v as Lang, save).then(setError);
        }}
        allowDeselect={false}
        maw={280}
      />
      <ErrorAlert error={error} />
    </Stack>
  );
}
