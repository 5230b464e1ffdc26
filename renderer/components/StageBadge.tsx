import { Badge, type BadgeProps, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../core/stages';

/**
 * A stage's colour family: waiting and preparing are calm, the authority's turn is blue,
 * a supplement asks for attention, the outcomes are teal or red, the ends grey. Each is
 * drawn in its darkest shade on its lightest, which keeps a contrast of 4.5:1 or more
 * (StageBadge.test.ts measures it).
 */
export const STAGE_COLOR: Record<Stage, MantineColor> = {
  intake: 'gray',
  waiting: 'violet',
  preparing: 'indigo',
  ready: 'cyan',
  filed: 'blue',
  accepted: 'blue',
  supplement: 'grape',
  repaired: 'teal',
  refused: 'red',
  closed: 'gray',
  withdrawn: 'gray',
};

/**
 * The stage, the same on every screen: 14 px semibold text, so Chinese strokes stay legible.
 */
export function StageBadge({
  stage,
  size = 'lg',
  shrink = false,
}: {
  stage: Stage;
  size?: BadgeProps['size'];
  /** In a fixed-width cell (the case list): cut with an ellipsis rather than overflow. */
  shrink?: boolean;
}) {
  const { t } = useTranslation();
  const color = STAGE_COLOR[stage];
  return (
    <Badge
      size={size}
      variant="light"
      color={color}
      c={`${color}.9`}
      bg={`${color}.0`}
      fz={14}
      fw={600}
      tt="none"
      title={shrink ? t(`stage.${stage}`) : undefined}
      style={shrink ? { maxWidth: '100%' } : { flexShrink: 0, minWidth: 'max-content' }}
    >
      {t(`stage.${stage}`)}
    </Badge>
  );
}
