/**
 * Settings › Security and the unlock screen: encryption at rest. The work is in
 * api/security-service.ts (and its job, jobs/rekey-worker.ts).
 */
import type { HandlerTable, RecoveryHandlerTable } from './context';

/** Answered while the folder is locked (and in recovery mode): they need no database. */
export const securityLockedHandlers: Pick<
  RecoveryHandlerTable,
  'security.status' | 'security.unlock'
> = {
  'security.status': (_input, ctx) => ctx.security.status(),
  'security.unlock': ({ passphrase, remember }, ctx) => ctx.security.unlock(passphrase, remember),
};

export const securityHandlers: HandlerTable<
  'security.enable' | 'security.change' | 'security.disable' | 'security.cancel' | 'security.forget'
> = {
  'security.enable': ({ passphrase }, ctx) => ctx.security.enable(passphrase, ctx.lang),
  'security.change': ({ current, passphrase }, ctx) =>
    ctx.security.change(current, passphrase, ctx.lang),
  'security.disable': ({ passphrase }, ctx) => ctx.security.disable(passphrase, ctx.lang),
  'security.cancel': ({ jobId }, ctx) => ctx.security.cancel(jobId),
  'security.forget': (_input, ctx) => ctx.security.forget(),
};
