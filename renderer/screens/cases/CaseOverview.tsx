import { Button, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../core/types';
import { Section } from '../../components/Section';
import { ReadinessAlert } from '../documents/ReadinessAlert';
import { CaseDatesSection } from './CaseDates';
import { CaseListings } from './CaseListings';

interface Props {
  detail: CaseDetail;
  disabled: boolean;
  onChanged: () => void;
  onOpenDocuments: () => void;
}

/** How far the documents are: the count of required ones in, and whether the case can be filed. */
function DocumentsStatus({ detail, onOpen }: { detail: CaseDetail; onOpen: () => void }) {
  const { t } = useTranslation();
  const required = detail.checklist.filter((i) => i.required).length;
  return (
    <Section
      title={t('casePage.documents')}
      actions={
        <Button variant="subtle" size="compact-sm" onClick={onOpen}>
          {t('casePage.openDocuments')}
        </Button>
      }
    >
      <Stack gap="xs">
        {required > 0 && (
          <Text size="sm">
            {t('casePage.received', {
              count: required,
              received: required - detail.readiness.missing.length,
            })}
          </Text>
        )}
        <ReadinessAlert detail={detail} />
      </Stack>
    </Section>
  );
}

/**
 * The case's first tab and its printed summary: the dates on the left; the listing facts
 * and how far the documents are on the right — together they fit one screen at 1440×900.
 */
export function CaseOverview({ detail, disabled, onChanged, onOpenDocuments }: Props) {
  return (
    <SimpleGrid
      cols={{ base: 1, lg: 2 }}
      spacing="md"
      verticalSpacing="md"
      className="xiufu-print-columns"
    >
      <CaseDatesSection detail={detail} withNextStep={false} />
      <Stack gap="md">
        <CaseListings detail={detail} disabled={disabled} onChanged={onChanged} />
        <DocumentsStatus detail={detail} onOpen={onOpenDocuments} />
      </Stack>
    </SimpleGrid>
  );
}
