/**
 * Asks before a form with unsaved changes is left: by in-app navigation (react-router's
 * blocker) or by closing or reloading the window (beforeunload). One provider around the
 * routes holds the router's one blocker and the prompt; each form reports whether it has
 * unsaved changes with `useUnsavedChanges`.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useBlocker, type BlockerFunction } from 'react-router';

interface Registry {
  report(id: string, dirty: boolean): void;
}

const UnsavedContext = createContext<Registry | null>(null);

export function UnsavedChangesProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  // A ref, so that a save followed at once by navigation (release, then navigate) is not
  // blocked by a state update React has not applied yet.
  const dirty = useRef(new Set<string>());
  const [anyDirty, setAnyDirty] = useState(false);
  const registry = useMemo<Registry>(
    () => ({
      report(id, isDirty) {
        if (isDirty) dirty.current.add(id);
        else dirty.current.delete(id);
        setAnyDirty(dirty.current.size > 0);
      },
    }),
    [],
  );

  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      dirty.current.size > 0 &&
      (currentLocation.pathname !== nextLocation.pathname ||
        currentLocation.search !== nextLocation.search),
    [],
  );
  const blocker = useBlocker(shouldBlock);

  useEffect(() => {
    if (!anyDirty) return;
    // The browser asks with its own words; the Electron shell shows its own dialog.
    const ask = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [anyDirty]);

  const blocked = blocker.state === 'blocked';
  return (
    <UnsavedContext.Provider value={registry}>
      {children}
      <Modal opened={blocked} onClose={() => blocker.reset?.()} title={t('unsaved.title')} centered>
        <Text mb="lg">{t('unsaved.text')}</Text>
        <Group justify="flex-end">
          <Button variant="default" data-autofocus onClick={() => blocker.reset?.()}>
            {t('unsaved.stay')}
          </Button>
          <Button color="red" onClick={() => blocker.proceed?.()}>
            {t('unsaved.leave')}
          </Button>
        </Group>
      </Modal>
    </UnsavedContext.Provider>
  );
}

/**
 * Reports this form's unsaved changes to the prompt. Call `release()` just before leaving
 * on purpose after a save (e.g. navigating to what was created). Outside the provider (a
 * component test) it does nothing.
 */
export function useUnsavedChanges(dirty: boolean): { release: () => void } {
  const registry = useContext(UnsavedContext);
  const id = useId();
  useEffect(() => {
    registry?.report(id, dirty);
    return () => registry?.report(id, false);
  }, [registry, id, dirty]);
  return useMemo(() => ({ release: () => registry?.report(id, false) }), [registry, id]);
}
