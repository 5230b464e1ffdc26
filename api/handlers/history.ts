/**
 * The history chain's integrity (Settings › Integrity, the red banner, packets' covers):
 * verify in the background, the status, the head as a checkpoint, a saved one checked.
 * The work is api/integrity-service.ts and jobs/chain-worker.ts.
 */
import type { HandlerTable } from './context';

export const historyHandlers: HandlerTable<
  'history.verify' | 'history.status' | 'history.checkpoint' | 'history.check'
> = {
  'history.verify': (_input, ctx) => ctx.integrity.start(),
  'history.status': (_input, ctx) => ctx.integrity.status(),
  'history.checkpoint': (_input, ctx) => ctx.integrity.checkpoint(),
  'history.check': ({ checkpoint }, ctx) => ctx.integrity.check(checkpoint),
};
