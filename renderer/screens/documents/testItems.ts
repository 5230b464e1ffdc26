/** A case with two checklist items, for the documents component tests. */
import { preparingCase } from '../../test/caseFixture';

export const detail = preparingCase([
  ['integrity-commitment-letter', 'Integrity commitment letter', '守信承诺书'],
  ['business-licence', 'Business licence', '营业执照'],
]);
