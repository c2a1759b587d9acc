/** The customers list's search text, kept while the person moves between pages. */
import { create } from 'zustand';

type CustomersUiState = { search: string; setSearch: (search: string) => void };

export const useCustomersStore = create<CustomersUiState>()((set) => ({
  search: '',
  setSearch: (search) => {
    set({ search });
  },
}));
