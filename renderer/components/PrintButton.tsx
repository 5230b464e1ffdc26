import { Button } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * "Print": the browser's print dialog for this screen; the print stylesheet (print.css)
 * leaves out the navigation and the buttons. `title` says what is printed.
 */
export function PrintButton({ title, onClick }: { title: string; onClick?: () => void }) {
  const { t } = useTranslation();
  return (
    <Button
      variant="default"
      leftSection={<IconPrinter size={16} aria-hidden />}
      title={title}
      onClick={onClick ?? (() => window.print())}
    >
      {t('casePage.print')}
    </Button>
  );
}
