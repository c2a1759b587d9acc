/**
 * The engine of every action dialog: a Mantine form validated as you type with the channel's zod
 * schema (and the currency's decimals), one request id per dialog reused by every retry, the
 * engine's error put on its field or kept for the dialog's alert, and submit disabled while pending.
 */
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { channels } from '../../../shared/contract/channels.ts';
import type { AnyInput, AnyOutput } from '../../../electron/preload/api.d.ts';
import type { StaleChannel } from '../../../shared/contract/stale-after.ts';
import type { ApiError } from '../api/api-error.ts';
import type { Attempt } from '../api/client.ts';
import { useMutation, useRequestId } from '../api/useMutation.ts';
import { validationErrors, valueAt, type MoneyRule } from './form-validation.ts';

export type ActionFormOptions<C extends StaleChannel, V extends Record<string, unknown>, R> = {
  channel: C;
  initialValues: V;
  toInput: (values: V, requestId: string) => AnyInput<C>;
  /** Amount fields checked against the currency's decimals (or how to list them from the values). */
  money?: readonly MoneyRule[] | ((values: V) => readonly MoneyRule[]);
  /** The currency amounts are checked against, or how to read it from the values. */
  currency?: string | ((values: V) => string) | undefined;
  required?: readonly string[];
  /** Replaces the plain call, for actions of several steps (create, then issue). */
  perform?: (input: AnyInput<C>, requestId: string) => Promise<Attempt<R>>;
  onSuccess: (data: R, values: V) => void;
};

export type ActionForm<V extends Record<string, unknown>> = {
  form: UseFormReturnType<V>;
  submit: (event?: React.SubmitEvent<HTMLFormElement>) => void;
  isPending: boolean;
  error: ApiError | undefined;
  requestId: string;
};

export function useActionForm<
  C extends StaleChannel,
  V extends Record<string, unknown>,
  R = AnyOutput<C>,
>(options: ActionFormOptions<C, V, R>): ActionForm<V> {
  const requestId = useRequestId();
  const mutation = useMutation(options.channel);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [isPerforming, setPerforming] = useState(false);
  const form = useForm<V>({
    mode: 'controlled',
    initialValues: options.initialValues,
    validateInputOnChange: true,
    validate: (values) =>
      validationErrors({
        schema: channels[options.channel].input,
        input: options.toInput(values, requestId),
        values,
        money: typeof options.money === 'function' ? options.money(values) : options.money,
        currency:
          typeof options.currency === 'function' ? options.currency(values) : options.currency,
        required: options.required,
      }),
  });
  const run = async (values: V) => {
    setError(undefined);
    setPerforming(true);
    const input = options.toInput(values, requestId);
    const result = options.perform
      ? await options.perform(input, requestId)
      : ((await mutation.mutate(input)) as Attempt<R>);
    setPerforming(false);
    if (result.ok) {
      options.onSuccess(result.data, values);
      return;
    }
    const field = result.error.field;
    if (field !== undefined && valueAt(values, field) !== undefined) {
      form.setFieldError(field, result.error.fieldMessage);
    } else {
      setError(result.error);
    }
  };
  return {
    form,
    submit: form.onSubmit((values) => void run(values)),
    isPending: isPerforming || mutation.isPending,
    error,
    requestId,
  };
}
