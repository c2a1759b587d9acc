/** Renders the open action dialog, mounted anew each time one opens (so each gets its own request id). */
import { AdjustDialog } from '../features/balance/dialogs/AdjustDialog.tsx';
import { ChargeDialog } from '../features/balance/dialogs/ChargeDialog.tsx';
import { RefundDialog } from '../features/balance/dialogs/RefundDialog.tsx';
import { ReverseDialog } from '../features/balance/dialogs/ReverseDialog.tsx';
import { TopUpDialog } from '../features/balance/dialogs/TopUpDialog.tsx';
import { BillingModeDialog } from '../features/billing/dialogs/BillingModeDialog.tsx';
import { ReplenishmentDialog } from '../features/billing/dialogs/ReplenishmentDialog.tsx';
import { HoursBudgetDialog } from '../features/billing/dialogs/HoursBudgetDialog.tsx';
import { AllowanceDialog } from '../features/billing/dialogs/AllowanceDialog.tsx';
import { RemoveHoursBudgetDialog } from '../features/billing/dialogs/RemoveHoursBudgetDialog.tsx';
import { CustomerReasonDialog } from '../features/customers/dialogs/CustomerReasonDialog.tsx';
import { EditCustomerDialog } from '../features/customers/dialogs/EditCustomerDialog.tsx';
import { NewCustomerDialog } from '../features/customers/dialogs/NewCustomerDialog.tsx';
import { ApplyBalanceDialog } from '../features/invoices/dialogs/ApplyBalanceDialog.tsx';
import { CreditNoteDialog } from '../features/invoices/dialogs/CreditNoteDialog.tsx';
import { EditDraftDialog } from '../features/invoices/dialogs/EditDraftDialog.tsx';
import {
  VoidInvoiceDialog,
  WriteOffInvoiceDialog,
} from '../features/invoices/dialogs/InvoiceReasonDialog.tsx';
import { NewInvoiceDialog } from '../features/invoices/dialogs/NewInvoiceDialog.tsx';
import { RecordPaymentDialog } from '../features/invoices/dialogs/RecordPaymentDialog.tsx';
import { RecurringInvoiceDialog } from '../features/invoices/dialogs/RecurringInvoiceDialog.tsx';
import { MonthEndDialog } from '../features/statements/dialogs/MonthEndDialog.tsx';
import { AddUserDialog } from '../features/settings/dialogs/AddUserDialog.tsx';
import { EditUserDialog } from '../features/settings/dialogs/EditUserDialog.tsx';
import { RemoveUserDialog } from '../features/settings/dialogs/RemoveUserDialog.tsx';
import { SetPinDialog } from '../features/settings/dialogs/SetPinDialog.tsx';
import { AddTimeDialog } from '../features/time/dialogs/AddTimeDialog.tsx';
import { DeductTimeDialog } from '../features/time/dialogs/DeductTimeDialog.tsx';
import { InvoiceTimeDialog } from '../features/time/dialogs/InvoiceTimeDialog.tsx';
import { useDialogStore, type DialogRequest } from './dialog-store.ts';

function DialogFor({ dialog, onClose }: { dialog: DialogRequest; onClose: () => void }) {
  switch (dialog.kind) {
    case 'newCustomer':
      return <NewCustomerDialog onClose={onClose} />;
    case 'monthEndStatements':
      return <MonthEndDialog onClose={onClose} />;
    case 'addUser':
      return <AddUserDialog onClose={onClose} />;
    case 'setPin':
      return <SetPinDialog user={dialog.user} onClose={onClose} />;
    case 'editUser':
      return <EditUserDialog user={dialog.user} onClose={onClose} />;
    case 'removeUser':
      return <RemoveUserDialog user={dialog.user} onClose={onClose} />;
    case 'editCustomer':
      return <EditCustomerDialog customerId={dialog.customerId} onClose={onClose} />;
    case 'topUp':
      return <TopUpDialog customerId={dialog.customerId} onClose={onClose} />;
    case 'adjust':
      return <AdjustDialog customerId={dialog.customerId} onClose={onClose} />;
    case 'refund':
      return <RefundDialog customerId={dialog.customerId} onClose={onClose} />;
    case 'charge':
      return <ChargeDialog customerId={dialog.customerId} onClose={onClose} />;
    case 'reverse':
      return (
        <ReverseDialog customerId={dialog.customerId} entry={dialog.entry} onClose={onClose} />
      );
    case 'newInvoice':
      return <NewInvoiceDialog customerId={dialog.customerId} onClose={onClose} />;
    case 'recurringInvoice':
      return <RecurringInvoiceDialog customerId={dialog.customerId} onClose={onClose} />;
    case 'billingMode':
      return <BillingModeDialog customerId={dialog.customerId} onClose={onClose} />;
    case 'unblock':
      return (
        <CustomerReasonDialog
          channel="customers.unblockCreditLimit"
          customerId={dialog.customerId}
          onClose={onClose}
        />
      );
    case 'replenishment':
      return <ReplenishmentDialog customerId={dialog.customerId} onClose={onClose} />;
    case 'hoursBudget':
      return <HoursBudgetDialog customerId={dialog.customerId} onClose={onClose} />;
    case 'addTime':
      return <AddTimeDialog customerId={dialog.customerId} onClose={onClose} />;
    case 'archive':
      return (
        <CustomerReasonDialog
          channel="customers.archive"
          customerId={dialog.customerId}
          onClose={onClose}
        />
      );
    case 'unarchive':
      return (
        <CustomerReasonDialog
          channel="customers.unarchive"
          customerId={dialog.customerId}
          onClose={onClose}
        />
      );
    case 'allowance':
      return <AllowanceDialog customerId={dialog.customerId} onClose={onClose} />;
    case 'removeHoursBudget':
      return <RemoveHoursBudgetDialog customerId={dialog.customerId} onClose={onClose} />;
    case 'recordPayment':
      return (
        <RecordPaymentDialog
          customerId={dialog.customerId}
          invoiceId={dialog.invoiceId}
          onClose={onClose}
        />
      );
    case 'editDraft':
      return <EditDraftDialog invoiceId={dialog.invoiceId} onClose={onClose} />;
    case 'applyBalance':
      return <ApplyBalanceDialog invoiceId={dialog.invoiceId} onClose={onClose} />;
    case 'creditNote':
      return <CreditNoteDialog invoiceId={dialog.invoiceId} onClose={onClose} />;
    case 'void':
      return <VoidInvoiceDialog invoiceId={dialog.invoiceId} onClose={onClose} />;
    case 'writeOff':
      return <WriteOffInvoiceDialog invoiceId={dialog.invoiceId} onClose={onClose} />;
    case 'invoiceTime':
      return (
        <InvoiceTimeDialog
          customerId={dialog.customerId}
          timeEntryIds={dialog.timeEntryIds}
          onClose={onClose}
        />
      );
    case 'deductTime':
      return (
        <DeductTimeDialog
          customerId={dialog.customerId}
          timeEntryIds={dialog.timeEntryIds}
          onClose={onClose}
        />
      );
  }
}

export function DialogHost() {
  const dialog = useDialogStore((state) => state.dialog);
  const openedAt = useDialogStore((state) => state.openedAt);
  const close = useDialogStore((state) => state.close);
  if (dialog === null) return null;
  return <DialogFor key={openedAt} dialog={dialog} onClose={close} />;
}
