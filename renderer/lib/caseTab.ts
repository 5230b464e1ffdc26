import { useSearchParams } from 'react-router';

/** The case page's tabs, in order; the first is shown when the address names none. */
export const CASE_TABS = ['overview', 'dates', 'documents', 'client', 'history'] as const;
export type CaseTab = (typeof CASE_TABS)[number];

const isTab = (v: string | null): v is CaseTab => CASE_TABS.includes(v as CaseTab);

/** The address of a case, opened on one of its tabs (`?tab=documents`). */
export function caseLink(caseId: number, tab: CaseTab = 'overview'): string {
  return tab === 'overview' ? `/cases/${caseId}` : `/cases/${caseId}?tab=${tab}`;
}

/**
 * The case page's chosen tab, kept in the address so Back, reload and links land on it.
 * Each choice is a history entry: Back returns to the tab seen before.
 */
export function useCaseTab(): [CaseTab, (tab: CaseTab) => void] {
  const [params, setParams] = useSearchParams();
  const value = params.get('tab');
  const tab: CaseTab = isTab(value) ? value : 'overview';
  const choose = (next: CaseTab) => {
    if (next === tab) return;
    setParams((p) => {
      const copy = new URLSearchParams(p);
      if (next === 'overview') copy.delete('tab');
      else copy.set('tab', next);
      return copy;
    });
  };
  return [tab, choose];
}
