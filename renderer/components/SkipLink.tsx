import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

/** The id of the screen's <main>, the skip link's target. */
export const MAIN_ID = 'main-content';

/** Off screen until it has the focus (not display:none, so Tab still reaches it). */
const HIDDEN: CSSProperties = {
  position: 'fixed',
  left: -10000,
  top: 8,
  width: 1,
  height: 1,
  overflow: 'hidden',
};
const SHOWN: CSSProperties = {
  position: 'fixed',
  left: 8,
  top: 8,
  zIndex: 1000,
  padding: '8px 16px',
  borderRadius: 4,
  background: 'var(--mantine-color-body)',
  color: 'var(--mantine-color-teal-9)',
  outline: '2px solid var(--mantine-color-teal-6)',
  fontWeight: 600,
};

/**
 * The first stop of the Tab key: skips the navigation and moves the focus to the screen
 * itself. The focus is moved by hand, since the router reads the URL's hash as a route.
 */
export function SkipLink() {
  const { t } = useTranslation();
  const [focused, setFocused] = useState(false);
  return (
    <a
      href={`#${MAIN_ID}`}
      style={focused ? SHOWN : HIDDEN}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      onClick={(e) => {
        e.preventDefault();
        document.getElementById(MAIN_ID)?.focus();
      }}
    >
      {t('forms.skipToMain')}
    </a>
  );
}
