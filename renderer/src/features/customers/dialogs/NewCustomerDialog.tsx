/**
 * Creates a customer (`customers.create`) and opens their page; warns as you type when a customer
 * of that name exists already (a second one is allowed: namesakes happen).
 */
import { openCustomer } from '../../../app/route-store.ts';
import { ActionDialog } from '../../../components/ActionDialog.tsx';
import { notifyDone } from '../../../lib/notify.ts';
import { useActionForm } from '../../../lib/useActionForm.ts';
import { BLANK_CUSTOMER, CustomerFields, customerFields } from './CustomerFields.tsx';
import { sameNameNotice, useSameName } from './useSameName.ts';

export function NewCustomerDialog({ onClose }: { onClose: () => void }) {
  const { form, submit, isPending, error } = useActionForm({
    channel: 'customers.create',
    initialValues: BLANK_CUSTOMER,
    toInput: (values, requestId) => ({
      ...customerFields(values),
      currency: values.currency,
      requestId,
    }),
    money: [{ path: 'hourlyRate', label: 'Hourly rate' }],
    currency: (values) => values.currency,
    onSuccess: (customer) => {
      notifyDone('Customer created', customer.name);
      onClose();
      openCustomer(customer.id);
    },
  });
  const sameName = useSameName(form.getValues().name);
  return (
    <ActionDialog
      title="New customer"
      onClose={onClose}
      onSubmit={submit}
      isPending={isPending}
      submitLabel="Create customer"
      error={error}
      size="lg"
    >
      <CustomerFields form={form} nameNotice={sameNameNotice(sameName)} />
    </ActionDialog>
  );
}
