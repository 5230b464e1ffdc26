import { Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { citationText, type Catalogue, type RuleVersion } from '../../../core/rules';
import { FieldList } from '../../components/FieldList';
import { useLanguage } from '../../i18n/LanguageProvider';
import { dayCountText, spanAfter, versionRange } from './ruleFormat';

/** One rule version: what it counts from, how long, what the authority must do, and why. */
export function RuleVersionCard({
  version: v,
  catalogue,
}: {
  version: RuleVersion;
  catalogue: Catalogue;
}) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const cite = (c: RuleVersion['cite']) => citationText(c, lang, catalogue.sources);
  const deadlines = (['accept', 'decide', 'extension', 'publicityStop'] as const).flatMap((key) => {
    const count = v.deadlines[key];
    if (!count) return [];
    const text = t(`rules.${key}`, { days: dayCountText(count, t) });
    const firm = count.firmSetting ? ` ${t('rules.firmSetting')}` : '';
    const note = count.note ? ` — ${count.note[lang]}` : '';
    return [`${text}${firm}${note}`];
  });

  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={4} size="h6">
          {versionRange(v, t)}
        </Title>
        {v.validTo === null && (
          <Badge color="teal" variant="light" tt="none">
            {t('rules.inForce')}
          </Badge>
        )}
      </Group>
      <FieldList
        items={[
          { label: t('rules.trigger'), value: t(`listing.${v.trigger}`) },
          {
            label: t('rules.wait'),
            value: (
              <Stack gap={2} component="span">
                <span>{spanAfter(v.wait.span, v, t, lang) ?? t('rules.waitNone')}</span>
                {v.wait.conditions.map((c, i) => (
                  <Text key={i} span size="sm" c="dimmed" display="block">
                    {c[lang]}
                  </Text>
                ))}
              </Stack>
            ),
          },
          {
            label: t('rules.automaticEnd'),
            value:
              (spanAfter(v.automaticEnd.span, v, t, lang) ?? t('rules.automaticEndNone')) +
              (v.automaticEnd.note ? ` — ${v.automaticEnd.note[lang]}` : ''),
          },
          {
            label: t('rules.deadlines'),
            value: deadlines.length ? <Lines items={deadlines} /> : t('rules.notFixed'),
          },
          {
            label: t('rules.documents'),
            value: <Lines items={v.documents.map((d) => catalogue.documents[d][lang])} />,
          },
          {
            label: t('rules.bars'),
            value: v.bars.length ? (
              <Lines items={v.bars.map((b) => `${b.text[lang]} (${cite(b.cite)})`)} />
            ) : (
              t('rules.none')
            ),
          },
          { label: t('rules.source'), value: cite(v.cite) },
        ]}
      />
    </Paper>
  );
}

function Lines({ items }: { items: string[] }) {
  return (
    <List size="sm" spacing={2} component="ul">
      {items.map((item, i) => (
        <List.Item key={i}>{item}</List.Item>
      ))}
    </List>
  );
}
