/**
 * A bundle's records point at each other by their source ids: a case at its client, a
 * listing at the case's client, a file at its checklist item or event, a letter at its
 * file. A pointer to a record the bundle does not hold is refused before anything is written.
 */
import { eventIdOfItemKey } from '../lifecycle/events';
import type { BundleCase, BundleClient } from './format';

const CUSTOM_KEY = /^custom-([1-9]\d{0,15})$/;
export const customIdOfKey = (key: string): number | null => {
  const match = CUSTOM_KEY.exec(key);
  return match ? Number(match[1]) : null;
};

/** The first broken pointer of a case ("listing 4", "file 9"…), or null. */
export function brokenLink(c: BundleCase, clients: BundleClient[]): string | null {
  if (!clients.some((k) => k.id === c.case.clientId)) return `case ${c.case.id}`;
  const bad = c.listings.find((l) => l.clientId !== c.case.clientId);
  if (bad) return `listing ${bad.id}`;
  const events = new Set(c.events.map((e) => e.id));
  const custom = new Set(c.customItems.map((i) => i.id));
  const known = (key: string) => {
    const event = eventIdOfItemKey(key);
    if (event !== null) return events.has(event);
    const item = customIdOfKey(key);
    return item === null || custom.has(item);
  };
  const file = c.files.find((f) => !known(f.itemKey));
  if (file) return `file ${file.id}`;
  const doc = c.documents.find((d) => !known(d.documentId));
  if (doc) return `document ${doc.documentId}`;
  const files = new Set(c.files.map((f) => f.id));
  const letter = c.letters.find((v) => !files.has(v.fileId));
  if (letter) return `letter ${letter.id}`;
  return null;
}
