import { Anchor, Badge, Group, Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { STAGES, type Stage } from '../../../core/stages';

/** One tile per stage; each opens the case list filtered to that stage. */
export function StageCounts({ byStage }: { byStage: Record<Stage, number> }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 4 }} spacing="sm">
      {STAGES.map((stage) => (
        <Paper key={stage} withBorder p="sm" radius="md">
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Anchor component={Link} to={`/cases?stage=${stage}`} size="sm">
              {t(`stage.${stage}`)}
            </Anchor>
            <Badge
              aria-label={t('counts.cases', { count: byStage[stage] ?? 0 })}
              variant={byStage[stage] ? 'filled' : 'light'}
              color={byStage[stage] ? 'teal' : 'gray'}
            >
              <Text span size="sm" fw={600}>
                {byStage[stage] ?? 0}
              </Text>
            </Badge>
          </Group>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
