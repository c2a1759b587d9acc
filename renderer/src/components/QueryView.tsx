/**
 * The three states every page has, in one place: skeletons while loading, the error in words with
 * a retry, an empty state when there is nothing, and otherwise the data.
 */
import type { ReactNode } from 'react';
import type { ApiError } from '../api/api-error.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { LoadingState } from './LoadingState.tsx';

export type QueryViewProps<T> = {
  query: { status: string; data: T | undefined; error: ApiError | undefined; refetch?: () => void };
  loadingLabel: string;
  rows?: number;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
};

export function QueryView<T>({
  query,
  loadingLabel,
  rows,
  isEmpty,
  empty,
  children,
}: QueryViewProps<T>) {
  if (query.data === undefined) {
    if (query.status === 'error') return <ErrorAlert error={query.error} onRetry={query.refetch} />;
    return <LoadingState label={loadingLabel} rows={rows} />;
  }
  if (isEmpty?.(query.data) === true) return <>{empty}</>;
  return <>{children(query.data)}</>;
}
