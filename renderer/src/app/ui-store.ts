/** Shell-wide UI state: whether the keyboard shortcuts help is open. */
import { create } from 'zustand';

type UiState = { isShortcutsOpen: boolean; setShortcutsOpen: (isOpen: boolean) => void };

export const useUiStore = create<UiState>()((set) => ({
  isShortcutsOpen: false,
  setShortcutsOpen: (isShortcutsOpen) => {
    set({ isShortcutsOpen });
  },
}));
