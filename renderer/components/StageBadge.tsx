import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../core/stages';

/**
 * A stage's colour family: waiting and preparing are calm, the authority's turn is blue,
 * a supplement asks for attention, the outcomes are green or red, the ends grey.
 */
export const STAGE_COLOR: Record<Stage, string> = {
  intake: 'gray',
  waiting: 'indigo',
  preparing: 'cyan',
  ready: 'teal',
  filed: 'blue',
  accepted: 'blue',
  supplement: 'grape',
  repaired: 'green',
  refused: 'red',
  closed: 'gray',
  withdrawn: 'gray',
};

/**
 * The stage, the same on every screen: 14 px text (Chinese strokes stay legible) in the
 * darkest shade of its colour on the light tint, which keeps a contrast above 4.5:1.
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
