/**
 * Props for a required field's label: Mantine's asterisk for the eye, and an aria-label
 * equal to the plain label so the field's accessible name stays exactly "Name", not
 * "Name *" (tests and screen-reader users find fields by that name).
 */
export function requiredLabel(label: string, required = true) {
  return required ? { label, withAsterisk: true, 'aria-label': label } : { label };
}
