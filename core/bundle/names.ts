/** How a case bundle's file is named: what it holds and when, in both languages. */
import { safeFileName } from '../files/safe-name';
import { BUNDLE_EXTENSION } from './format';

export function bundleFileName(clientNames: string[], caseCount: number, date: string): string {
  const who = caseCount === 1 ? (clientNames[0] ?? '') : `${caseCount} cases 个案件`;
  return safeFileName(`Case bundle 案件包 ${who} ${date}${BUNDLE_EXTENSION}`);
}
