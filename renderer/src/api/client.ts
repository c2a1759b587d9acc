/**
 * The typed client over `window.api.invoke`: `call` returns the channel's data or throws an
 * ApiError; `attempt` returns the Result with the error as an ApiError, for forms.
 */
import type { AnyChannel, AnyInput, AnyOutput } from '../../../electron/preload/api.d.ts';
import { ApiError, toApiError } from './api-error.ts';

export type Attempt<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export async function attempt<C extends AnyChannel>(
  channel: C,
  input: AnyInput<C>,
): Promise<Attempt<AnyOutput<C>>> {
  try {
    const result = await window.api.invoke(channel, input);
    return result.ok ? result : { ok: false, error: new ApiError(result.error) };
  } catch (error) {
    return { ok: false, error: toApiError(error) };
  }
}

export async function call<C extends AnyChannel>(
  channel: C,
  input: AnyInput<C>,
): Promise<AnyOutput<C>> {
  const result = await attempt(channel, input);
  if (!result.ok) throw result.error;
  return result.data;
}
