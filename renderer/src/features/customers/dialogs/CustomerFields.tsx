/** The fields of a customer, shared by the new and edit dialogs. */
import { NativeSelect, NumberInput, SimpleGrid, Switch, TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { CURRENCY_CODES } from '../../../../../shared/currencies.ts';
import { MoneyInput } from '../../../components/MoneyInput.tsx';
import { optional } from '../../../lib/form-validation.ts';

export type CustomerValues = {
  name: string;
  currency: string;
  email: string;
  address: string;
  paymentTermsDays: number | string;
  hourlyRate: string;
  autoApplyCredit: boolean;
};

export const BLANK_CUSTOMER: CustomerValues = {
  name: '',
  currency: 'EUR',
  email: '',
  address: '',
  paymentTermsDays: 14,
  hourlyRate: '',
  autoApplyCredit: true,
};

/** The fields every customer input shares, from the form's values. */
export function customerFields(values: CustomerValues) {
  return {
    name: values.name,
    email: values.email.trim(),
    address: values.address,
    paymentTermsDays:
      typeof values.paymentTermsDays === 'number' ? values.paymentTermsDays : undefined,
    hourlyRate: optional(values.hourlyRate) ?? null,
    autoApplyCredit: values.autoApplyCredit,
  };
}

type CustomerFieldsProps = {
  form: UseFormReturnType<CustomerValues>;
  /** A warning under the name that does not stop the form (a namesake exists). */
  nameNotice?: string | undefined;
};

export function CustomerFields({ form, nameNotice }: CustomerFieldsProps) {
  const currency = form.getValues().currency;
  return (
    <>
      <TextInput
        label="Name"
        withAsterisk
        data-autofocus
        description={nameNotice}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        styles={{ description: { color: 'var(--mantine-color-orange-text)' } }}
        key={form.key('name')}
        {...form.getInputProps('name')}
      />
      <SimpleGrid cols={2}>
        <NativeSelect
          label="Currency"
          data={[...CURRENCY_CODES]}
          key={form.key('currency')}
          {...form.getInputProps('currency')}
        />
        <NumberInput
          label="Payment terms (days)"
          allowDecimal={false}
          clampBehavior="none"
          key={form.key('paymentTermsDays')}
          {...form.getInputProps('paymentTermsDays')}
        />
      </SimpleGrid>
      <TextInput
        label="Email"
        type="email"
        key={form.key('email')}
        {...form.getInputProps('email')}
      />
      <Textarea
        label="Address"
        autosize
        minRows={2}
        key={form.key('address')}
        {...form.getInputProps('address')}
      />
      <MoneyInput
        label="Hourly rate"
        description="Used for time entries and for the remaining budget in hours"
        currency={currency}
        key={form.key('hourlyRate')}
        {...form.getInputProps('hourlyRate')}
      />
      <Switch
        label="Apply available credit to new invoices automatically"
        key={form.key('autoApplyCredit')}
        {...form.getInputProps('autoApplyCredit', { type: 'checkbox' })}
      />
    </>
  );
}
