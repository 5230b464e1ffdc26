import { encodeMessage, translateMessage, type Lang, type MessageKey } from '../core/messages';

/**
 * A data folder that cannot be used as asked (read-only with nothing to show, a damaged
 * lock file): not a fault but a state the user can fix, so it carries a message key and
 * each shell says it in one line, in the user's language, without a stack trace.
 */
export class FolderError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string>,
  ) {
    super(translateMessage(encodeMessage(key, params), 'en'));
    this.name = 'FolderError';
  }

  say(lang: Lang): string {
    return translateMessage(encodeMessage(this.key, this.params), lang);
  }
}
