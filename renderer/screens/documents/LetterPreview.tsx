import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Badge, Box, Group, Loader, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue, useElementSize } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { letterDoc } from '../../../core/documents';
import { translateMessage } from '../../../core/messages';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import type { ApiError } from '../../../api/contract';
import { fromBase64 } from '../../lib/bytes';
import { drawPdfPages } from './pdfPages';
import { PREVIEW_DEBOUNCE_MS } from './preview-timing';

/** The widest a page is drawn, in CSS pixels: beyond it the column only gains margin. */
const MAX_PAGE_WIDTH = 720;

/**
 * The letter's PDF as a save would attach it, page by page, redrawn as the user types.
 * An older answer never replaces a newer one; while the shown pages are older than the
 * text, the panel says it is updating.
 */
export function LetterPreview({ doc }: { doc: unknown }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  // Compared as text: the same document in a new object (a save resets the form) is no change.
  const text = useMemo(() => JSON.stringify(doc ?? null), [doc]);
  const [debounced] = useDebouncedValue(text, PREVIEW_DEBOUNCE_MS);
  const { ref: sizeRef, width } = useElementSize();
  const pagesRef = useRef<HTMLDivElement>(null);
  const asked = useRef(0);
  const [shown, setShown] = useState<{ doc: string; pageCount: number } | null>(null);
  const [problem, setProblem] = useState<{ doc: string; failed?: string; error?: ApiError }>();
  // What the editor holds that a letter cannot (a core/messages key): no PDF is asked for.
  const parsed = useMemo(() => letterDoc.safeParse(JSON.parse(debounced)), [debounced]);
  const invalid = parsed.success ? undefined : parsed.error.issues[0]!.message;
  const pageWidth = Math.min(Math.max(width - 32, 200), MAX_PAGE_WIDTH);
  const [drawnWidth] = useDebouncedValue(Math.round(pageWidth), 150);
  const lang = i18n.language === 'zh' ? 'zh' : 'en';

  useEffect(() => {
    if (!parsed.success) return;
    const n = ++asked.current;
    void call('letters.preview', { doc: parsed.data }).then(async (result) => {
      if (n !== asked.current) return;
      if (!result.ok) return setProblem({ doc: debounced, error: result.error });
      try {
        const canvases = await drawPdfPages(fromBase64(result.value.data), drawnWidth, (p, total) =>
          t('letterEditor.pageOf', { n: p, total }),
        );
        if (n !== asked.current) return;
        pagesRef.current?.replaceChildren(...canvases);
        setShown({ doc: debounced, pageCount: result.value.pageCount });
        setProblem(undefined);
      } catch (err) {
        if (n === asked.current)
          setProblem({ doc: debounced, failed: err instanceof Error ? err.message : String(err) });
      }
    });
  }, [debounced, parsed, drawnWidth, t]);

  const stale = shown?.doc !== text && problem?.doc !== text && !(invalid && debounced === text);
  return (
    <Stack
      gap="xs"
      h="100%"
      mih={0}
      role="region"
      aria-labelledby={headingId}
      aria-busy={stale}
      ref={sizeRef}
    >
      <Group justify="space-between" wrap="nowrap">
        <Title order={3} size="h5" id={headingId}>
          {t('letterEditor.preview')}
        </Title>
        <Group gap="xs" wrap="nowrap">
          {stale && (
            <Badge variant="light" color="gray" leftSection={<Loader size={10} aria-hidden />}>
              {t('letterEditor.updating')}
            </Badge>
          )}
          {shown && (
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('letterEditor.pages', { count: shown.pageCount })}
            </Text>
          )}
        </Group>
      </Group>
      {(invalid || problem?.failed) && (
        <Text size="sm" c="red" role="alert">
          {invalid
            ? translateMessage(invalid, lang)
            : t('letterEditor.previewFailed', { message: problem?.failed ?? '' })}
        </Text>
      )}
      <ErrorAlert error={problem?.error ?? null} />
      <ScrollArea flex={1} type="auto" bg="var(--mantine-color-gray-1)" style={{ borderRadius: 4 }}>
        <Box
          ref={pagesRef}
          p="md"
          style={{
            display: 'flex',
            flexDirection: 'column',
            alignItems: 'center',
            gap: 'var(--mantine-spacing-md)',
            opacity: stale ? 0.6 : 1,
            transition: 'opacity 150ms',
          }}
          className="letter-preview-pages"
        />
      </ScrollArea>
    </Stack>
  );
}
