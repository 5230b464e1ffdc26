import type { MessageKey } from '../core/messages';
import type { ErrorCode, ErrorDetails } from './contract';

/** An expected refusal: answered to the caller in their language, never logged as a fault. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
    readonly field?: string,
    readonly details?: ErrorDetails,
  ) {
    super(key);
  }
}

export const notFound = (entity: 'client' | 'listing' | 'case' | 'event', id: number) =>
  new AppError('not_found', 'error.notFound', { entity, id });
