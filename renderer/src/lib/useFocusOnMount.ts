/**
 * Puts the keyboard focus on an element when it first appears: for a dialog's later steps, whose
 * new buttons replace the one that had the focus (a modal's `data-autofocus` works only on open).
 */
import { useEffect, useRef } from 'react';

export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
