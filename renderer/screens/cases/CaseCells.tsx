import { memo } from 'react';
import { Anchor, Checkbox, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { today } from '../../../core/today';
import type { CaseSummary } from '../../../core/types';
import { StageBadge } from '../../components/StageBadge';
import { instantDate } from '../../lib/dates';
import { RestoreCaseButton } from './RestoreCaseButton';
import { clientNameOf } from '../../lib/clientName';

export const ROW_HEIGHT = 48;
/**
 * Client, code, stage, listings, assignee, next date, updated; Restore in the Archived view;
 * then the box that selects the row (for a bundle).
 */
export function rowGrid(archived: boolean): string {
  const columns =
    'minmax(160px, 2.2fr) minmax(170px, 1.4fr) minmax(120px, 1.2fr) 70px minmax(90px, 1fr) 100px 100px';
  return `${archived ? `${columns} 110px` : columns} 56px`;
}

const ellipsis = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

interface Props {
  item: CaseSummary;
  /** The Archived view: each row offers Restore. */
  archived: boolean;
  selected: boolean;
  onSelect: (id: number, selected: boolean) => void;
}

/** The cells of one row of the case list; memoised because scrolling re-renders the visible rows often. */
export const CaseCells = memo(function CaseCells({ item, archived, selected, onSelect }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <div role="cell" style={ellipsis}>
        <Anchor
          component={Link}
          to={`/cases/${item.id}`}
          title={clientNameOf(item.clientName, t)}
          size="sm"
        >
          {clientNameOf(item.clientName, t)}
        </Anchor>
      </div>
      <Text role="cell" size="sm" ff="monospace" style={ellipsis}>
        {item.clientIdNumber}
      </Text>
      <div role="cell" style={ellipsis}>
        <StageBadge stage={item.stage} size="md" shrink />
      </div>
      <Text role="cell" size="sm">
        {item.listingCount}
      </Text>
      <Text role="cell" size="sm" style={ellipsis}>
        {item.assignee || '—'}
      </Text>
      <Text
        role="cell"
        size="sm"
        ff="monospace"
        // An open deadline that has passed: the case needs attention first.
        {...(item.nextDue !== null && item.nextDue < today() ? { c: 'red.8', fw: 600 } : {})}
      >
        {item.nextDue ?? '—'}
      </Text>
      <Text role="cell" size="sm">
        {instantDate(item.updatedAt)}
      </Text>
      {archived && (
        <div role="cell">
          <RestoreCaseButton
            caseId={item.id}
            clientName={clientNameOf(item.clientName, t)}
            size="compact-sm"
            variant="light"
          />
        </div>
      )}
      <div role="cell">
        <Checkbox
          aria-label={t('bundle.selectCase', { name: clientNameOf(item.clientName, t) })}
          checked={selected}
          onChange={(e) => onSelect(item.id, e.currentTarget.checked)}
        />
      </div>
    </>
  );
});
