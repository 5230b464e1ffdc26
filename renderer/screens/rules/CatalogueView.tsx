import { Accordion, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../core/rules';
import { useLanguage } from '../../i18n/LanguageProvider';
import { RuleVersionCard } from './RuleVersionCard';

/** The catalogue, one accordion item per regime; the version in force first. */
export function CatalogueView({ catalogue }: { catalogue: Catalogue }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const regimes = Object.values(catalogue.regimes);
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('rules.catalogueHint')}
      </Text>
      <Accordion multiple variant="separated" chevronPosition="left">
        {regimes.map((regime) => (
          <Accordion.Item key={regime.id} value={regime.id}>
            <Accordion.Control>
              <Group gap="sm" justify="space-between" wrap="nowrap">
                <Text fw={500}>{regime.name[lang]}</Text>
                <Badge variant="light" color="gray" tt="none">
                  {t('counts.versions', { count: regime.versions.length })}
                </Badge>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="sm">
                {[...regime.versions].reverse().map((v) => (
                  <RuleVersionCard key={v.id} version={v} catalogue={catalogue} />
                ))}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Stack>
  );
}
