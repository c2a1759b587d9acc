/** Invoices UI state: which invoice the drawer shows, and the invoices page's filters. */
import { create } from 'zustand';
import type { InvoiceKind, InvoiceStatus } from '../../../../shared/contract/types.ts';

type InvoiceUiState = {
  openInvoiceId: string | null;
  status: InvoiceStatus | null;
  kind: InvoiceKind | null;
  isPastDueOnly: boolean;
  setOpenInvoiceId: (invoiceId: string | null) => void;
  setStatus: (status: InvoiceStatus | null) => void;
  setKind: (kind: InvoiceKind | null) => void;
  setPastDueOnly: (isPastDueOnly: boolean) => void;
};

export const useInvoiceStore = create<InvoiceUiState>()((set) => ({
  openInvoiceId: null,
  status: null,
  kind: null,
  isPastDueOnly: false,
  setOpenInvoiceId: (openInvoiceId) => {
    set({ openInvoiceId });
  },
  setStatus: (status) => {
    set((state) => ({ status, isPastDueOnly: status === 'open' && state.isPastDueOnly }));
  },
  setKind: (kind) => {
    set({ kind });
  },
  setPastDueOnly: (isPastDueOnly) => {
    set(isPastDueOnly ? { isPastDueOnly, status: 'open' } : { isPastDueOnly });
  },
}));

export function openInvoice(invoiceId: string): void {
  useInvoiceStore.getState().setOpenInvoiceId(invoiceId);
}
