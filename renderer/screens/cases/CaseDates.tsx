import { Alert, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../core/types';
import { useLanguage } from '../../i18n/LanguageProvider';
import { Section } from '../../components/Section';
import { ListingDates } from './ListingDates';

/**
 * The case's clock: the next step first, then each listing's computed dates. Every date
 * comes from the rules engine (cases.get); nothing here counts days itself.
 */
export function CaseDates({
  detail,
  withNextStep = true,
}: {
  detail: CaseDetail;
  /** Off where the case header already says what comes next (the overview). */
  withNextStep?: boolean;
}) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const { evaluation } = detail;
  // Each provisional date carries its own warning with a link to add the year, so the
  // case-wide "provisional" issue would only repeat it.
  const issues = evaluation.issues.filter((i) => i.key !== 'issue.provisional');
  const listings = detail.listings.filter((l) => l.archivedAt === null);
  const versionOf = (id: number) =>
    evaluation.ruleVersions.find((v) => v.listingId === id)?.ruleVersionId ?? null;

  return (
    <Stack gap="sm">
      {withNextStep && (
        <Alert
          color="teal"
          variant="light"
          title={t('timeline.nextStep')}
          icon={<IconArrowRight size={18} />}
        >
          <Text fw={500}>{evaluation.nextAction.text[lang]}</Text>
        </Alert>
      )}
      {issues.map((issue, i) => (
        <Alert key={i} color="yellow" variant="light" icon={<IconAlertTriangle size={18} />}>
          {issue.text[lang]}
        </Alert>
      ))}
      {listings.map((l) => (
        <ListingDates
          key={l.id}
          listing={l}
          dates={evaluation.dates.filter((d) => d.listingId === l.id)}
          ruleVersionId={versionOf(l.id)}
          remedy={evaluation.remedies.find((r) => r.listingId === l.id)?.notice}
        />
      ))}
    </Stack>
  );
}

/** The dates under their heading, with the rules version they were computed with. */
export function CaseDatesSection({
  detail,
  withNextStep,
}: {
  detail: CaseDetail;
  withNextStep?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Section
      title={t('timeline.title')}
      actions={
        <Text size="sm" c="dimmed">
          {t('timeline.rulesVersion', { version: detail.catalogueVersion })}
        </Text>
      }
    >
      <CaseDates detail={detail} withNextStep={withNextStep} />
    </Section>
  );
}
