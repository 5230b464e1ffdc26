import { useMemo } from 'react';
import { Box, Checkbox, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type ImportField } from '../../../core/import/fields';
import { columnsOf } from '../../../core/import/plan';
import { translateMessage } from '../../../core/messages';
import {
  rowKey,
  type Cell,
  type ImportSheet,
  type Mapping,
  type RowProblem,
} from '../../../core/import/types';
import { VirtualTable } from '../../components/VirtualTable';
import { currentLang } from '../../i18n';

interface Props {
  sheets: ImportSheet[];
  mapping: Mapping;
  problems: RowProblem[];
  skipped: ReadonlySet<string>;
  onlyProblems: boolean;
  onSkip: (key: string, skip: boolean) => void;
}

interface Line {
  key: string;
  sheet: number;
  row: number;
  value: (f: ImportField) => Cell;
  problems: RowProblem[];
}

const COLOUR = { error: 'red', warning: 'orange', note: 'blue' } as const;

/**
 * The files' rows as the mapping reads them, one column per mapped field; a cell with a
 * problem is highlighted and the row says what is wrong, in the user's language. Rows with
 * a problem can be skipped. Virtualised: 10,000 rows cost a screenful.
 */
export function ImportRows({ sheets, mapping, problems, skipped, onlyProblems, onSkip }: Props) {
  const { t } = useTranslation();
  const lang = currentLang();
  const fields = IMPORT_FIELDS.filter((f) => Object.values(mapping).includes(f));
  const lines = useMemo(() => {
    const byRow = new Map<string, RowProblem[]>();
    for (const p of problems) byRow.set(rowKey(p), [...(byRow.get(rowKey(p)) ?? []), p]);
    const all: Line[] = [];
    sheets.forEach((sheet, s) => {
      const column = columnsOf(sheet, mapping);
      sheet.rows.forEach((cells, i) => {
        if (cells.every((c) => c === null || String(c).trim() === '')) return;
        const ref = { sheet: s, row: i + 2 };
        const key = rowKey(ref);
        all.push({
          key,
          ...ref,
          value: (f) => (column.has(f) ? (cells[column.get(f)!] ?? null) : null),
          problems: byRow.get(key) ?? [],
        });
      });
    });
    return onlyProblems ? all.filter((l) => l.problems.length > 0 || skipped.has(l.key)) : all;
  }, [sheets, mapping, problems, onlyProblems, skipped]);

  const sheetName = (l: Line) => (sheets.length > 1 ? sheets[l.sheet]!.name : '');
  // Room for each message (two lines when it wraps), so a short table shows them whole.
  const messageRoom = lines.reduce(
    (n, l) => n + (skipped.has(l.key) ? 0 : l.problems.length * 36),
    0,
  );
  return (
    // The visible width is a container, so a row's messages wrap within it (100cqi) and
    // stay in view (sticky) however far the wide grid is scrolled.
    <Box style={{ overflowX: 'auto', containerType: 'inline-size' }}>
      <Box miw={180 + fields.length * 130}>
        <VirtualTable
          label={t('imports.table')}
          columns={[
            t('imports.row'),
            t('imports.skipShort'),
            ...fields.map((f) => t(`imports.field.${f}`)),
          ]}
          grid={`110px 60px repeat(${fields.length}, minmax(120px, 1fr))`}
          count={lines.length}
          rowKey={(i) => lines[i]!.key}
          estimate={44}
          height={`${Math.min(640, Math.max(160, lines.length * 64 + messageRoom))}px`}
          loading={false}
          hasMore={false}
          loadingMore={false}
          onLoadMore={() => undefined}
          emptyText={t('imports.noProblemRows')}
          statusText=""
          loadingMoreText=""
          cells={(i) => {
            const l = lines[i]!;
            const isSkipped = skipped.has(l.key);
            const messages = l.problems;
            return (
              <>
                <Text role="cell" size="sm" c={isSkipped ? 'dimmed' : undefined}>
                  {sheetName(l)
                    ? t('imports.sheetRow', { sheet: sheetName(l), row: l.row })
                    : l.row}
                </Text>
                <Box role="cell">
                  {(l.problems.length > 0 || isSkipped) && (
                    <Checkbox
                      aria-label={t('imports.skip', { row: l.row })}
                      checked={isSkipped}
                      onChange={(e) => onSkip(l.key, e.currentTarget.checked)}
                    />
                  )}
                </Box>
                {fields.map((f) => {
                  const here = l.problems.filter((p) => p.field === f);
                  const worst = here.find((p) => p.severity === 'error') ?? here[0];
                  return (
                    <Box
                      key={f}
                      role="cell"
                      px={4}
                      style={{
                        borderRadius: 4,
                        background:
                          worst && !isSkipped
                            ? `var(--mantine-color-${COLOUR[worst.severity]}-1)`
                            : undefined,
                        textDecoration: isSkipped ? 'line-through' : undefined,
                      }}
                      aria-invalid={worst?.severity === 'error' && !isSkipped ? true : undefined}
                    >
                      <Text size="sm" style={{ wordBreak: 'break-all' }}>
                        {String(l.value(f) ?? '')}
                      </Text>
                    </Box>
                  );
                })}
                {messages.length > 0 && !isSkipped && (
                  <Stack
                    gap={2}
                    style={{
                      gridColumn: '1 / -1',
                      position: 'sticky',
                      left: 0,
                      maxWidth: 'calc(100cqi - 24px)',
                    }}
                  >
                    {messages.map((p, k) => (
                      <Text key={k} size="xs" c={COLOUR[p.severity]}>
                        {t(`imports.severity.${p.severity}`)} ·{' '}
                        {p.field ? `${t(`imports.field.${p.field}`)}: ` : ''}
                        {translateMessage(p.message, lang)}
                      </Text>
                    ))}
                  </Stack>
                )}
              </>
            );
          }}
        />
      </Box>
    </Box>
  );
}
