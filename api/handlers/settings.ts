import type { Settings } from '../../core/types';
import type { HandlerContext, HandlerTable } from './context';

const view = (ctx: HandlerContext): Settings => ({
  ...ctx.repos.settings.get(),
  dataDir: ctx.dataDir,
});

export const settingsHandlers: HandlerTable<'settings.get' | 'settings.update'> = {
  'settings.get': (_input, ctx) => view(ctx),
  'settings.update': (patch, ctx) => {
    ctx.repos.settings.set(patch);
    return view(ctx);
  },
};
