/**
 * Edits a customer's details (`customers.update`); the currency only while no money has moved.
 * A new name that another customer has already is warned about, not refused.
 */
import type { Customer } from '../../../../../shared/contract/types.ts';
import { ActionDialog } from '../../../components/ActionDialog.tsx';
import { notifyDone } from '../../../lib/notify.ts';
import { useActionForm } from '../../../lib/useActionForm.ts';
import { WithCustomer } from '../WithCustomer.tsx';
import { CustomerFields, customerFields, type CustomerValues } from './CustomerFields.tsx';
import { sameNameNotice, useSameName } from './useSameName.ts';

type Props = { customerId: string; onClose: () => void };

export function EditCustomerDialog({ customerId, onClose }: Props) {
  return (
    <WithCustomer customerId={customerId} title="Edit customer" onClose={onClose}>
      {(customer) => <EditCustomerForm customer={customer} onClose={onClose} />}
    </WithCustomer>
  );
}

function valuesOf(customer: Customer): CustomerValues {
  return {
    name: customer.name,
    currency: customer.currency,
    email: customer.email,
    address: customer.address,
    paymentTermsDays: customer.paymentTermsDays,
    hourlyRate: customer.hourlyRate ?? '',
    autoApplyCredit: customer.autoApplyCredit,
  };
}

function EditCustomerForm({ customer, onClose }: { customer: Customer; onClose: () => void }) {
  const { form, submit, isPending, error } = useActionForm({
    channel: 'customers.update',
    initialValues: valuesOf(customer),
    toInput: (values, requestId) => ({
      customerId: customer.id,
      ...customerFields(values),
      ...(values.currency === customer.currency ? {} : { currency: values.currency }),
      requestId,
    }),
    money: [{ path: 'hourlyRate', label: 'Hourly rate' }],
    currency: customer.currency,
    onSuccess: (updated) => {
      notifyDone('Customer saved', updated.name);
      onClose();
    },
  });
  const sameName = useSameName(form.getValues().name, customer.id);
  return (
    <ActionDialog
      title={`Edit ${customer.name}`}
      onClose={onClose}
      onSubmit={submit}
      isPending={isPending}
      submitLabel="Save"
      error={error}
      size="lg"
    >
      <CustomerFields form={form} nameNotice={sameNameNotice(sameName)} />
    </ActionDialog>
  );
}
