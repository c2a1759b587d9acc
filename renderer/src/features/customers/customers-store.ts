/** The customers list's search text and whether archived customers show, kept across pages. */
import { create } from 'zustand';

type CustomersUiState = {
  search: string;
  includeArchived: boolean;
  setSearch: (search: string) => void;
  setIncludeArchived: (includeArchived: boolean) => void;
};

export const useCustomersStore = create<CustomersUiState>()((set) => ({
  search: '',
  includeArchived: false,
  setSearch: (search) => {
    set({ search });
  },
  setIncludeArchived: (includeArchived) => {
    set({ includeArchived });
  },
}));
