import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { Alert, Box, Button, Group, Loader, SegmentedControl, Stack, Text } from '@mantine/core';
import type { JSONContent } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import type { ApiError, Result } from '../../../api/contract';
import {
  documentNames,
  letterSaveInput,
  type LetterDoc,
  type LetterKind,
  type LetterVersion,
} from '../../../core/documents';
import type { Lang } from '../../../core/messages';
import type { CaseDetail } from '../../../core/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useUnsavedChanges } from '../../components/UnsavedChanges';
import { useLanguage } from '../../i18n/LanguageProvider';
import { call } from '../../lib/api';
import { useApiForm } from '../../lib/useApiForm';
import { ConfirmReplace } from './ConfirmReplace';
import { LetterEditor } from './LetterEditor';
import { LetterPreview } from './LetterPreview';
import { LetterVersions } from './LetterVersions';

/** What the editor holds: a fresh draft (`from` null) or a reopened version. */
interface Loaded {
  seq: number;
  lang: Lang;
  doc: LetterDoc;
  from: number | null;
}

type Replacement = { lang: Lang } | { version: LetterVersion };

const EMPTY: LetterDoc = { type: 'doc', content: [] };

/**
 * One letter of a case: drafted from the case data in the chosen language (or reopened
 * from a saved version), edited beside its PDF preview, saved as a new version each time.
 */
export function LetterWorkspace({
  caseId,
  kind,
  onDirty,
  onSaved,
}: {
  caseId: number;
  kind: LetterKind;
  onDirty: (dirty: boolean) => void;
  onSaved: (detail: CaseDetail, itemKey: string) => void;
}) {
  const { t } = useTranslation();
  const { lang: uiLang } = useLanguage();
  const errorId = useId();
  const langLabelId = useId();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [itemKey, setItemKey] = useState('');
  const [versions, setVersions] = useState<LetterVersion[]>([]);
  const [asking, setAsking] = useState<Replacement | null>(null);
  const [saved, setSaved] = useState<LetterVersion | null>(null);
  const seq = useRef(0);
  const { form, errorOf, apiError, submitWith } = useApiForm(letterSaveInput, {
    caseId,
    kind,
    lang: uiLang,
    doc: EMPTY as unknown,
  });
  const dirty = form.formState.isDirty;
  useUnsavedChanges(dirty);
  useEffect(() => {
    onDirty(dirty);
  }, [dirty, onDirty]);

  const load = useCallback(
    (lang: Lang, doc: LetterDoc, from: number | null) => {
      setLoaded({ seq: ++seq.current, lang, doc, from });
      form.reset({ caseId, kind, lang, doc });
    },
    [caseId, kind, form],
  );

  const applyDraft = useCallback(
    (lang: Lang, result: Result<{ doc: LetterDoc; itemKey: string }>) => {
      if (!result.ok) return setLoadError(result.error);
      setLoadError(null);
      setItemKey(result.value.itemKey);
      load(lang, result.value.doc, null);
    },
    [load],
  );
  const draft = (lang: Lang) =>
    void call('letters.draft', { caseId, kind, lang }).then((r) => applyDraft(lang, r));

  useEffect(() => {
    // Drafted once in the interface's language when the screen opens; later drafts are the user's choice.
    let live = true;
    void Promise.all([
      call('letters.draft', { caseId, kind, lang: uiLang }),
      call('letters.list', { caseId, kind }),
    ]).then(([drafted, saved]) => {
      if (!live) return;
      applyDraft(uiLang, drafted);
      if (saved.ok) setVersions(saved.value);
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [caseId, kind]);

  const replace = (r: Replacement) => {
    setAsking(null);
    setSaved(null);
    if ('lang' in r) draft(r.lang);
    else load(r.version.lang, r.version.doc, r.version.version);
  };
  const ask = (r: Replacement) => (dirty ? setAsking(r) : replace(r));

  const submit = submitWith(
    (values) => call('letters.save', values),
    (value, values) => {
      setSaved(value.version);
      setVersions((vs) => [value.version, ...vs]);
      setLoaded((l) => l && { ...l, from: value.version.version });
      // The editor keeps its text; it is now what the new version holds.
      form.reset({ ...values, doc: form.getValues('doc') });
      onSaved(value.detail, itemKey);
    },
  );

  const doc = form.watch('doc');
  const docError = errorOf('doc');
  const languageName = (l: Lang) => (l === 'zh' ? t('letters.chinese') : t('letters.english'));
  const itemName = itemKey ? documentNames([itemKey], uiLang) : '';

  if (!loaded) {
    return loadError ? (
      <ErrorAlert error={loadError} />
    ) : (
      <Loader aria-label={t('letters.loading')} />
    );
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate style={{ display: 'contents' }}>
      <Stack gap="sm" flex={1} mih={0}>
        <Group justify="space-between" align="flex-end" wrap="nowrap">
          <Group gap="lg" align="flex-end" wrap="nowrap">
            <Stack gap={4}>
              <Text size="sm" fw={500} id={langLabelId}>
                {t('letters.language')}
              </Text>
              <SegmentedControl
                aria-labelledby={langLabelId}
                value={loaded.lang}
                onChange={(v) => ask({ lang: v as Lang })}
                data={[
                  { value: 'en', label: t('letters.english') },
                  { value: 'zh', label: t('letters.chinese') },
                ]}
              />
            </Stack>
            <Text size="sm" c="dimmed">
              {loaded.from === null
                ? t('letterEditor.editingDraft')
                : t('letterEditor.editing', { version: loaded.from })}
            </Text>
          </Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('letterEditor.save')}
          </Button>
        </Group>
        {saved && (
          <Alert color="teal" variant="light" role="status" py="xs">
            {t('letterEditor.savedVersion', { version: saved.version, name: itemName })}
          </Alert>
        )}
        <ErrorAlert error={apiError ?? loadError} />
        <Box className="letter-columns">
          <Stack gap="xs" mih={0}>
            <LetterEditor
              doc={loaded.doc}
              docKey={String(loaded.seq)}
              onChange={(json: JSONContent) =>
                form.setValue('doc', json, { shouldDirty: true, shouldValidate: true })
              }
              invalid={!!docError}
              describedBy={docError ? errorId : undefined}
            />
            {docError && (
              <Text size="sm" c="red" role="alert" id={errorId}>
                {docError}
              </Text>
            )}
            <LetterVersions
              versions={versions}
              current={loaded.from}
              onOpen={(v) => ask({ version: v })}
            />
          </Stack>
          <LetterPreview doc={doc} />
        </Box>
      </Stack>
      <ConfirmReplace
        opened={asking !== null}
        title={
          asking && 'version' in asking
            ? t('letterEditor.openTitle', { version: asking.version.version })
            : t('letterEditor.redraftTitle')
        }
        text={
          asking && 'version' in asking
            ? t('letterEditor.openText', { version: asking.version.version })
            : t('letterEditor.redraftText')
        }
        confirmLabel={
          asking && 'version' in asking
            ? t('letterEditor.open')
            : t('letterEditor.redraft', { language: languageName(asking?.lang ?? uiLang) })
        }
        cancelLabel={t('common.cancel')}
        onConfirm={() => asking && replace(asking)}
        onCancel={() => setAsking(null)}
      />
    </form>
  );
}
