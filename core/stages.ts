/** Case stages (PRODUCT.md journeys; the lifecycle rules that move between them live in core/lifecycle). */
export const STAGES = [
  'intake',
  'waiting',
  'preparing',
  'ready',
  'filed',
  'accepted',
  'supplement',
  'repaired',
  'refused',
  'closed',
  'withdrawn',
] as const;

export type Stage = (typeof STAGES)[number];
