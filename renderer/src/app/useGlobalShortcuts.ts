/** The shortcuts that work on every page: `?` for help and Alt+digit or `g` + letter to navigate. */
import { useMemo } from 'react';
import { NAV_ITEMS } from './nav-items.ts';
import { navigate } from './route-store.ts';
import { useUiStore } from './ui-store.ts';
import { useShortcuts, type ShortcutMap } from './useShortcuts.ts';

export function useGlobalShortcuts(): void {
  const setShortcutsOpen = useUiStore((state) => state.setShortcutsOpen);
  const map = useMemo<ShortcutMap>(() => {
    const entries: [string, () => void][] = [
      [
        '?',
        () => {
          setShortcutsOpen(true);
        },
      ],
    ];
    for (const item of NAV_ITEMS) {
      const go = () => {
        navigate({ page: item.page });
      };
      entries.push([`alt+${item.digit}`, go], [`g ${item.letter}`, go]);
    }
    return Object.fromEntries(entries);
  }, [setShortcutsOpen]);
  useShortcuts(map);
}
