/**
 * What a schema says when its own check names no message: a key of core/messages, like
 * every message the schemas give, so a limit nobody worded (a filter's length, a page
 * size) is still answered in the user's language, in the form and at the backend alike.
 */
import { z } from 'zod';
import { encodeMessage as m } from './messages';

z.config({
  customError: (issue) => {
    switch (issue.code) {
      case 'too_big': {
        const max = Number(issue.maximum);
        if (issue.origin === 'string') return m('field.tooLong', { max });
        if (issue.origin === 'array' || issue.origin === 'set') return m('field.tooMany', { max });
        return m('field.tooBig', { max });
      }
      case 'too_small': {
        const min = Number(issue.minimum);
        if (issue.origin === 'string' || issue.origin === 'array') return m('field.required');
        return m('field.tooSmall', { min });
      }
      case 'invalid_type':
        return issue.input === undefined ? m('field.required') : m('field.invalid');
      default:
        return m('field.invalid');
    }
  },
});
