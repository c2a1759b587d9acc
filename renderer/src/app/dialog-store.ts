/**
 * Which action dialog is open, and for what. Opening one gives it a fresh `openedAt` counter so
 * the dialog mounts anew (and makes a new request id) each time it opens.
 */
import { create } from 'zustand';
import type { User } from '../../../shared/contract/types.ts';
import type { ReversedEntry } from '../features/balance/dialogs/ReverseDialog.tsx';

export type CustomerDialogKind =
  | 'editCustomer'
  | 'topUp'
  | 'adjust'
  | 'refund'
  | 'charge'
  | 'newInvoice'
  | 'recurringInvoice'
  | 'billingMode'
  | 'unblock'
  | 'replenishment'
  | 'hoursBudget'
  | 'removeHoursBudget'
  | 'allowance'
  | 'addTime'
  | 'archive'
  | 'unarchive';

export type InvoiceDialogKind = 'editDraft' | 'applyBalance' | 'creditNote' | 'void' | 'writeOff';

export type DialogRequest =
  | { kind: 'newCustomer' }
  | { kind: 'monthEndStatements' }
  | { kind: 'addUser' }
  | { kind: 'setPin' | 'editUser' | 'removeUser'; user: User }
  | { kind: CustomerDialogKind; customerId: string }
  | { kind: 'recordPayment'; customerId: string; invoiceId?: string }
  | { kind: 'reverse'; customerId: string; entry: ReversedEntry }
  | { kind: InvoiceDialogKind; invoiceId: string }
  | { kind: 'deductTime' | 'invoiceTime'; customerId: string; timeEntryIds: string[] };

type DialogState = {
  dialog: DialogRequest | null;
  openedAt: number;
  open: (dialog: DialogRequest) => void;
  close: () => void;
};

export const useDialogStore = create<DialogState>()((set) => ({
  dialog: null,
  openedAt: 0,
  open: (dialog) => {
    set((state) => ({ dialog, openedAt: state.openedAt + 1 }));
  },
  close: () => {
    set({ dialog: null });
  },
}));

export function openDialog(dialog: DialogRequest): void {
  useDialogStore.getState().open(dialog);
}

export function closeDialog(): void {
  useDialogStore.getState().close();
}
