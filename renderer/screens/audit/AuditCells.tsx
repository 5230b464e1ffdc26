import { memo } from 'react';
import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { caseLabel, type AuditEntry } from '../../../core/audit';
import { listingLabel } from '../../../core/listing-label';
import type { HistoryEntry } from '../../../core/types';
import { useLanguage } from '../../i18n/LanguageProvider';
import { instantDateTime } from '../../lib/dates';
import { caseLink } from '../../lib/caseTab';
import { listingOf } from '../cases/editHistory';
import { actionText, changeText } from '../cases/historySummary';

/** When, who, what, and the client and case it belongs to. */
export const AUDIT_GRID = '170px minmax(90px, 0.8fr) minmax(220px, 3fr) minmax(160px, 1.4fr)';

/**
 * The cells of one entry of the audit log, summarised as the case page's history
 * summarises it; memoised because scrolling re-renders the visible rows often.
 */
export const AuditCells = memo(function AuditCells({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  // The personal-data actions (erase, reveal, export) read like any other in the summary.
  const asHistory = entry as unknown as HistoryEntry;
  // An entry whose content was erased no longer names its listing: the listing as it is now does.
  const action =
    entry.listing && !listingOf(asHistory)
      ? t('editHistory.named', {
          action: actionText(asHistory, t, lang),
          name: listingLabel(entry.listing, lang),
        })
      : actionText(asHistory, t, lang);
  const changes = entry.erasedAt
    ? t('audit.erased', { date: instantDateTime(entry.erasedAt) })
    : changeText(asHistory, t, lang);
  return (
    <>
      <Text role="cell" size="sm" ff="monospace">
        {instantDateTime(entry.at)}
      </Text>
      <Text role="cell" size="sm" style={{ overflowWrap: 'anywhere' }}>
        {entry.actor || t('case.unknownActor')}
      </Text>
      <div role="cell">
        <Text size="sm">{action}</Text>
        {changes && (
          <Text
            size="xs"
            c={entry.erasedAt ? 'orange.9' : 'dimmed'}
            style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}
          >
            {changes}
          </Text>
        )}
      </div>
      <Stack role="cell" gap={2}>
        {entry.client && (
          <Anchor component={Link} to={`/clients/${entry.client.id}`} size="sm">
            {entry.client.name}
          </Anchor>
        )}
        {entry.client && entry.caseId !== null && (
          <Anchor component={Link} to={caseLink(entry.caseId, 'history')} size="sm">
            {caseLabel(entry.client.name, entry.caseId)}
          </Anchor>
        )}
      </Stack>
    </>
  );
});
