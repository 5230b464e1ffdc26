import { useTestTempRoot } from './test-temp-root';

/** The unit tests' temporary folders all go when the run ends (scripts/test-temp-root.ts). */
export default function setup(): () => void {
  return useTestTempRoot('unit');
}
