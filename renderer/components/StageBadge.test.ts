import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { STAGES } from '../../core/stages';
import { STAGE_COLOR } from './StageBadge';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('StageBadge colours', () => {
  it.each(STAGES)('%s: its text keeps a contrast of at least 4.5:1 on its background', (stage) => {
    const shades = DEFAULT_THEME.colors[STAGE_COLOR[stage]]!;
    expect(contrast(shades[9], shades[0])).toBeGreaterThanOrEqual(4.5);
  });
});
