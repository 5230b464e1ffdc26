import type { Lang } from '../../core/messages';
import type { Repositories } from '../../db/repositories';
import type { Channel, Output, Parsed } from '../contract';

export interface HandlerContext {
  repos: Repositories;
  lang: Lang;
  dataDir: string;
}

export type Handler<C extends Channel> = (
  input: Parsed<C>,
  ctx: HandlerContext,
) => Output<C> | Promise<Output<C>>;

export type HandlerTable<K extends Channel = Channel> = { [C in K]: Handler<C> };

/** Who history entries name: the user name from Settings, or a neutral placeholder. */
export const actorOf = (ctx: HandlerContext): string => ctx.repos.settings.get().userName || '—';

/** Writes one history entry; call it inside the transaction that makes the change. */
export function recordHistory(
  ctx: HandlerContext,
  entity: 'client' | 'listing' | 'case' | 'settings' | 'calendar',
  entityId: number,
  action: 'create' | 'update' | 'archive',
  before: unknown,
  after: unknown,
): void {
  ctx.repos.history.record({ actor: actorOf(ctx), entity, entityId, action, before, after });
}
