import type { TFunction } from 'i18next';
import { listingLabel } from '../../../core/listing-label';
import type { Lang } from '../../../core/messages';
import { REGIMES, type RegimeId } from '../../../core/regimes';
import { fenToYuan } from '../../../core/schemas';
import type { HistoryEntry } from '../../../core/types';
import { changedFields } from '../../../core/audit/changes';
import { fieldLabel } from '../../../core/audit/field-labels';
import { documentsChange } from './documentsHistory';
import { caseListingChange, listingOf, movedOf, movedText } from './editHistory';
import { lifecycleChange } from './lifecycleHistory';
import { instantDate } from '../../lib/dates';
import { erasureText } from '../clients/erasureText';

const MAX_VALUE = 40;

function shown(key: string, value: unknown, t: TFunction, lang: Lang): string {
  if (value === null || value === undefined || value === '') return t('common.none');
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (key === 'stage' && typeof value === 'string') return t(`stage.${value}` as 'stage.intake');
  if (key === 'kind' && typeof value === 'string') return t(`kind.${value}` as 'kind.company');
  if (key === 'regimeId' && typeof value === 'string')
    return REGIMES[value as RegimeId]?.name[lang] ?? value;
  if (key === 'penaltyFen' && typeof value === 'number')
    return t('listing.yuan', { amount: fenToYuan(value) });
  if (key === 'contacts' && Array.isArray(value))
    return value.map((c: { name?: string }) => c.name ?? '').join(', ') || t('common.none');
  if (typeof value === 'object') return '…';
  const text = String(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

/** "Updated the case", "Updated the listing SAMR … 杭市监严〔2024〕8号", in the UI language. */
export function actionText(entry: HistoryEntry, t: TFunction, lang: Lang): string {
  const bundle = (entry.after as { bundle?: unknown } | null)?.bundle;
  if (entry.action === 'export' && typeof bundle === 'string')
    return t('bundle.history.exported', { file: bundle });
  const text = t(`history.${entry.action}`, { entity: t(`history.entity.${entry.entity}`) });
  const listing = listingOf(entry);
  return listing
    ? t('editHistory.named', { action: text, name: listingLabel(listing, lang) })
    : text;
}

/**
 * What an update changed: "stage: Intake → Filed; notes: — → call back", then on a line of
 * its own the dates it moved (only the given case's, on a case page).
 */
export function changeText(entry: HistoryEntry, t: TFunction, lang: Lang, caseId?: number): string {
  // Personal data erased (issue 11): the entry keeps its place in the chain, not its content.
  if (entry.erasedAt) return t('history.erased', { date: instantDate(entry.erasedAt) });
  if (entry.action === 'erase') return erasureText(entry, t);
  const origin = (entry.after as { importedFrom?: { bundle: string; sha256: string } } | null)
    ?.importedFrom;
  if (entry.action === 'create' && origin)
    return t('bundle.history.imported', { file: origin.bundle, sha256: origin.sha256 });
  if (entry.action !== 'update') return '';
  const demo = demoRemovalText(entry, t);
  if (demo !== null) return demo;
  const documents = documentsChange(entry, t, lang);
  if (documents !== null) return documents;
  const lifecycle = lifecycleChange(entry, t, lang);
  if (lifecycle !== null) return lifecycle;
  const main = caseListingChange(entry, t, lang) ?? fieldChanges(entry, t, lang);
  return [main, movedText(movedOf(entry, caseId), t, lang)].filter(Boolean).join('\n');
}

/** The removal of the demo data (api/handlers/demo.ts): what it took away. */
function demoRemovalText(entry: HistoryEntry, t: TFunction): string | null {
  const before = entry.before as { demoData?: { clients: number[]; cases: number[] } } | null;
  if (entry.entity !== 'settings' || !before?.demoData) return null;
  return t('demo.historyRemoved', {
    clients: t('counts.clients', { count: before.demoData.clients.length }),
    cases: t('counts.cases', { count: before.demoData.cases.length }),
  });
}

function fieldChanges(entry: HistoryEntry, t: TFunction, lang: Lang): string {
  const changes = changedFields(entry.before ?? {}, entry.after ?? {});
  if (changes.length === 0) return '';
  const parts = changes.map(({ field, before, after }) => {
    const name = fieldLabel(field, lang);
    const isObject = typeof after === 'object' && after !== null && field !== 'contacts';
    return isObject
      ? name
      : t('history.fieldChange', {
          field: name,
          from: shown(field, before, t, lang),
          to: shown(field, after, t, lang),
        });
  });
  return t('history.changed', { list: parts.join(t('history.separator')) });
}
