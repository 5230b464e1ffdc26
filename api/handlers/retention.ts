/**
 * Retention of personal data (PIPL): the setting "keep personal data N years after a
 * client's last case ended" (off by default) and the clients it makes due for erasure.
 */
import { retentionCutoff, type RetentionView } from '../../core/personal/retention';
import { today } from '../../core/today';
import type { HandlerContext, HandlerTable } from './context';
import { recordHistory } from './context';

/** The list shows this many; the view says when there are more. */
const SHOWN = 200;

function view(ctx: HandlerContext): RetentionView {
  const years = ctx.repos.settings.get().personalRetentionYears;
  const now = today();
  if (years === null) return { years, today: now, cutoff: null, due: [], more: false };
  const cutoff = retentionCutoff(now, years);
  const due = ctx.repos.personal.dueForErasure(cutoff, SHOWN + 1);
  return { years, today: now, cutoff, due: due.slice(0, SHOWN), more: due.length > SHOWN };
}

export const retentionHandlers: HandlerTable<'retention.get' | 'retention.set'> = {
  'retention.get': (_input, ctx) => view(ctx),

  'retention.set': ({ years }, ctx) => {
    const before = ctx.repos.settings.get().personalRetentionYears;
    ctx.repos.transaction(() => {
      ctx.repos.settings.set({ personalRetentionYears: years });
      recordHistory(
        ctx,
        'settings',
        0,
        'update',
        { personalRetentionYears: before },
        { personalRetentionYears: years },
      );
    });
    return view(ctx);
  },
};
