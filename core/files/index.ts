/** Attached files checked as documents: signatures, declared kinds, the rules of acceptance. */
export { EMBEDDABLE, kindLabel, type Embeddable } from './kinds';
export { sniff, SNIFF_BYTES } from './sniff';
export {
  classify,
  declaredKind,
  judge,
  type Classified,
  type Declared,
  type Decoded,
  type FileVerdict,
  type NotEmbeddable,
  type Refusal,
} from './rules';
export { extensionOf, safeFileName } from './safe-name';
export { OPENABLE, openVerdict, type OpenVerdict } from './openable';
