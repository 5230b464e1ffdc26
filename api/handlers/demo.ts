import {
  demoStatus,
  planDemoRemoval,
  type DemoPlan,
  type DemoStatus,
} from '../../core/demo-removal';
import { AppError } from '../errors';
import type { HandlerContext, HandlerTable } from './context';
import { recordHistory } from './context';
import { loadDemo } from './demo-load';

/** What removing the demo would do now; null when no demo data is loaded. */
function planOf(ctx: HandlerContext): DemoPlan | null {
  const records = ctx.repos.demo.records();
  if (!records) return null;
  return planDemoRemoval(records, ctx.repos.demo.facts(records.clients.map((c) => c.id)));
}

/**
 * Removes what the plan says in one transaction with its history entry (the history keeps
 * every entry the demo wrote: it is append-only), then the stored files no row names.
 * Kept clients stop being demo data.
 */
async function removeDemo(ctx: HandlerContext, plan: DemoPlan): Promise<DemoStatus> {
  const freed = ctx.repos.transaction(() => {
    const freed = ctx.repos.demo.remove(plan.remove);
    ctx.repos.demo.forget();
    recordHistory(
      ctx,
      'settings',
      0,
      'update',
      { demoData: { ...plan.remove, kept: plan.kept.map((k) => k.id) } },
      { demoData: null },
    );
    return freed;
  });
  for (const sha256 of freed) await ctx.store.removeUnreferenced(sha256);
  return demoStatus(plan, false);
}

export const demoHandlers: HandlerTable<'demo.load' | 'demo.status' | 'demo.remove'> = {
  /**
   * Fills an empty data folder through the channels typed input takes. Should a step fail,
   * what the earlier steps added is removed again, so a refused load leaves no demo behind.
   */
  'demo.load': async (_input, ctx) => {
    if (ctx.repos.demo.records()) throw new AppError('conflict', 'demo.loadedAlready');
    if (ctx.repos.clients.count() > 0 || ctx.repos.cases.count() > 0) {
      throw new AppError('conflict', 'error.demoNotEmpty');
    }
    try {
      return await loadDemo(ctx);
    } catch (err) {
      const plan = planOf(ctx);
      if (plan) await removeDemo(ctx, plan);
      throw err;
    }
  },

  'demo.status': (_input, ctx) => demoStatus(planOf(ctx)),

  'demo.remove': (_input, ctx) => {
    const plan = planOf(ctx);
    if (!plan) throw new AppError('conflict', 'demo.nothingToRemove');
    return removeDemo(ctx, plan);
  },
};
