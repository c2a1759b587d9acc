/**
 * Single-key and two-key ("g d") keyboard shortcuts. Every mounted page registers its keys here and
 * one document listener dispatches them, so a sequence started for one page is never taken by
 * another. Shortcuts stay quiet while the person types in a field or while a layer (dialog,
 * drawer, command palette, date picker) is open.
 */
import { useEffect } from 'react';

/** Keys such as `t`, `?`, `alt+1` or the sequence `g d`, each with what it does. */
export type ShortcutMap = Readonly<Record<string, () => void>>;

const SEQUENCE_WINDOW_MS = 1500;
const registered = new Set<ShortcutMap>();
let pendingPrefix: { key: string; at: number } | null = null;
let isListening = false;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function isLayerOpen(): boolean {
  return document.querySelector('[role="dialog"]') !== null;
}

function comboOf(event: KeyboardEvent): string {
  if (event.altKey && event.code.startsWith('Digit')) return `alt+${event.code.slice(5)}`;
  return event.altKey ? `alt+${event.key.toLowerCase()}` : event.key.toLowerCase();
}

function find(name: string): (() => void) | undefined {
  for (const map of registered) {
    const action = map[name];
    if (action !== undefined) return action;
  }
  return undefined;
}

function startsSequence(combo: string): boolean {
  return [...registered].some((map) =>
    Object.keys(map).some((name) => name.startsWith(`${combo} `)),
  );
}

function onKeyDown(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey) return;
  if (isTyping(event.target) || isLayerOpen()) return;
  const combo = comboOf(event);
  const now = event.timeStamp;
  const prefix = pendingPrefix !== null && now - pendingPrefix.at < SEQUENCE_WINDOW_MS;
  const sequenceAction =
    prefix && pendingPrefix !== null ? find(`${pendingPrefix.key} ${combo}`) : undefined;
  const action = sequenceAction ?? find(combo);
  pendingPrefix =
    sequenceAction === undefined && startsSequence(combo) ? { key: combo, at: now } : null;
  if (action === undefined || pendingPrefix !== null) return;
  event.preventDefault();
  action();
}

export function useShortcuts(map: ShortcutMap, isEnabled = true): void {
  useEffect(() => {
    if (!isEnabled) return undefined;
    if (!isListening) {
      document.addEventListener('keydown', onKeyDown);
      isListening = true;
    }
    registered.add(map);
    return () => {
      registered.delete(map);
    };
  }, [map, isEnabled]);
}
