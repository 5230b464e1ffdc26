import { useEffect, useRef } from 'react';
import { Loader, Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FieldList } from '../../components/FieldList';
import { Section } from '../../components/Section';
import { CASE_TABS, useCaseTab, type CaseTab } from '../../lib/caseTab';
import { clientNameOf } from '../../lib/clientName';
import { useApiValue } from '../../lib/useApiValue';
import { useIdParam } from '../../lib/useIdParam';
import { CasePacket } from '../documents/CasePacket';
import { CaseDatesSection } from './CaseDates';
import { CaseDocuments } from './CaseDocuments';
import { CaseEvents } from './CaseEvents';
import { CaseHeader } from './CaseHeader';
import { CaseHistory } from './CaseHistory';
import { CaseListings } from './CaseListings';
import { CaseNotesEditor } from './CaseNotesEditor';
import { CaseOverview } from './CaseOverview';

/**
 * One case: the header (client, stage, next action, nearest date) over tabs — the
 * overview, dates and events, documents and packet, client and listings, history. The
 * chosen tab is in the address (?tab=documents). Only the chosen tab is drawn.
 */
export function CaseScreen() {
  const { t } = useTranslation();
  const id = useIdParam();
  const detail = useApiValue('cases.get', { id });
  const [tab, setTab] = useCaseTab();
  // Printing gives the one-page summary: the overview, drawn first if another tab is open.
  const printPending = useRef(false);
  useEffect(() => {
    if (!printPending.current || tab !== 'overview') return;
    printPending.current = false;
    window.print();
  }, [tab]);
  const c = detail.value;

  if (!c)
    return detail.error ? (
      <ErrorAlert error={detail.error} />
    ) : (
      <Loader aria-label={t('app.loading')} />
    );

  const archived = c.archivedAt !== null;
  const common = { detail: c, disabled: archived, onChanged: detail.reload };
  const print = () => {
    if (tab === 'overview') return window.print();
    printPending.current = true;
    setTab('overview');
  };

  return (
    <Stack gap="md">
      <CaseHeader detail={c} onChanged={detail.reload} onPrint={print} />
      <Tabs
        value={tab}
        onChange={(v) => v && setTab(v as CaseTab)}
        keepMounted={false}
        variant="outline"
      >
        <Tabs.List aria-label={t('casePage.tabs')} mb="sm">
          {CASE_TABS.map((key) => (
            <Tabs.Tab key={key} value={key} fz="sm" fw={500}>
              {t(`casePage.tab.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview">
          <CaseOverview {...common} onOpenDocuments={() => setTab('documents')} />
        </Tabs.Panel>
        <Tabs.Panel value="dates">
          <Stack gap="md">
            <CaseDatesSection detail={c} />
            <Section title={t('lifecycle.section')}>
              <CaseEvents {...common} />
            </Section>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="documents">
          <Stack gap="md">
            <Section title={t('documents.section')}>
              <CaseDocuments {...common} />
            </Section>
            <Section title={t('packets.section')}>
              <CasePacket {...common} />
            </Section>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="client">
          <Stack gap="md">
            <Section title={t('case.client')}>
              <FieldList
                items={[
                  {
                    label: t('clientForm.name'),
                    // The header's title links to the client's page.
                    value: clientNameOf(c.client.name, t),
                  },
                  {
                    label:
                      c.client.kind === 'person' ? t('clientForm.idCard') : t('clientForm.uscc'),
                    value: c.client.idNumber,
                  },
                  { label: t('clientForm.kind'), value: t(`kind.${c.client.kind}`) },
                  // A person has no legal representative (issue 12): only a company shows one.
                  ...(c.client.kind === 'company'
                    ? [{ label: t('clientForm.legalRep'), value: c.client.legalRep }]
                    : []),
                ]}
              />
            </Section>
            <CaseListings {...common} />
            <Section title={t('case.notes')}>
              <CaseNotesEditor detail={c} disabled={archived} />
            </Section>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <Section title={t('case.history')}>
            <CaseHistory entries={c.history} caseId={c.id} />
          </Section>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
