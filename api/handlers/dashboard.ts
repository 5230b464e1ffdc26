import { STAGES, type Stage } from '../../core/stages';
import type { HandlerTable } from './context';

const CLOSED: Stage[] = ['repaired', 'refused', 'closed', 'withdrawn'];

export const dashboardHandlers: HandlerTable<'dashboard.summary'> = {
  'dashboard.summary': (_input, ctx) => {
    const byStage = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
    for (const { stage, n } of ctx.repos.cases.countsByStage()) byStage[stage] = n;
    const cases = Object.values(byStage).reduce((a, b) => a + b, 0);
    const openCases = cases - CLOSED.reduce((a, s) => a + byStage[s], 0);
    return { clients: ctx.repos.clients.count(), cases, openCases, byStage };
  },
};
