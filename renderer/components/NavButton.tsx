import type { ReactNode } from 'react';
import { Button, type ButtonProps } from '@mantine/core';
import { useNavigate } from 'react-router';

/**
 * A button that opens another screen. A real <button> (not a link styled as one) so
 * "New case" and "New client" are buttons for keyboard and screen-reader users alike.
 */
export function NavButton({
  to,
  children,
  ...props
}: ButtonProps & { to: string; children: ReactNode }) {
  const navigate = useNavigate();
  return (
    <Button {...props} onClick={() => void navigate(to)}>
      {children}
    </Button>
  );
}
