import { useTranslation } from 'react-i18next';
import { sizeParts } from '../../lib/bytes';

/** A file size as B, KB or MB. */
export function FileSize({ size }: { size: number }) {
  const { t } = useTranslation();
  const { unit, n } = sizeParts(size);
  return <>{t(`files.size.${unit}`, { n })}</>;
}
