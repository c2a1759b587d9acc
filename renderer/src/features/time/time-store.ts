/** The time entries ticked on the customer page, ready to deduct. */
import { create } from 'zustand';

type TimeState = {
  selected: string[];
  toggle: (timeEntryId: string) => void;
  setSelected: (timeEntryIds: string[]) => void;
  clear: () => void;
};

export const useTimeStore = create<TimeState>()((set) => ({
  selected: [],
  toggle: (timeEntryId) => {
    set((state) => ({
      selected: state.selected.includes(timeEntryId)
        ? state.selected.filter((id) => id !== timeEntryId)
        : [...state.selected, timeEntryId],
    }));
  },
  setSelected: (selected) => {
    set({ selected });
  },
  clear: () => {
    set({ selected: [] });
  },
}));
