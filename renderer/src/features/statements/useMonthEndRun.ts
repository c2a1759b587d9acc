/**
 * Runs month-end statements: reads every customer, asks the shell for a folder and a new path in
 * it for each (`app.chooseExportFolder`), then has the engine write one statement PDF after
 * another, never two at once, so the app stays responsive. One customer's failure is kept and the
 * run goes on; a stop ends it after the statement being written. Cancelling the folder dialog
 * returns to the start with nothing written.
 */
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { attempt, type Attempt } from '../../api/client.ts';
import { notifyDone } from '../../lib/notify.ts';
import { loadAllCustomers, statementFileStem, type MonthRange } from './month-end.ts';

export type MonthEndFailure = { name: string; message: string };

export type MonthEndProgress = {
  folder: string;
  doneCount: number;
  totalCount: number;
  savedCount: number;
  failures: MonthEndFailure[];
};

export type MonthEndRun =
  | { phase: 'ready' }
  | { phase: 'preparing' }
  | { phase: 'exporting'; progress: MonthEndProgress; isStopping: boolean }
  | { phase: 'finished'; progress: MonthEndProgress };

type Job = { customerId: string; name: string; path: string };
type Plan = { folder: string; jobs: Job[] };

const READY: MonthEndRun = { phase: 'ready' };

/** "1 statement", "3 statements". */
export function statementCount(count: number): string {
  return `${count.toLocaleString()} ${count === 1 ? 'statement' : 'statements'}`;
}

/** Every customer paired with the path the shell chose for their file; null when cancelled. */
async function plan(range: MonthRange, title: string): Promise<Attempt<Plan | null>> {
  const customers = await loadAllCustomers();
  if (!customers.ok) return customers;
  if (customers.data.length === 0) {
    return { ok: false, error: new ApiError({ code: 'NOT_FOUND', message: 'No customers yet.' }) };
  }
  const chosen = await attempt('app.chooseExportFolder', {
    title,
    files: customers.data.map((customer) => ({
      suggestedName: statementFileStem(customer.name, range),
      extension: 'pdf' as const,
    })),
  });
  if (!chosen.ok) return chosen;
  const { folder, paths } = chosen.data;
  if (folder === null) return { ok: true, data: null };
  if (paths.length !== customers.data.length) {
    const message = `The shell gave ${paths.length} paths for ${customers.data.length} customers`;
    return { ok: false, error: new ApiError({ code: 'INTERNAL', message }) };
  }
  const jobs = customers.data.map((customer, index) => ({
    customerId: customer.id,
    name: customer.name,
    path: paths[index] ?? '',
  }));
  return { ok: true, data: { folder, jobs } };
}

export function useMonthEndRun() {
  const [run, setRun] = useState<MonthEndRun>(READY);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const isStopRequested = useRef(false);
  // Closing the dialog mid-run stops the run too (set again on mount for StrictMode's remount).
  useEffect(() => {
    isStopRequested.current = false;
    return () => {
      isStopRequested.current = true;
    };
  }, []);

  const exportEach = async ({ folder, jobs }: Plan, range: MonthRange) => {
    let progress: MonthEndProgress = {
      folder,
      doneCount: 0,
      totalCount: jobs.length,
      savedCount: 0,
      failures: [],
    };
    setRun({ phase: 'exporting', progress, isStopping: false });
    for (const job of jobs) {
      if (isStopRequested.current) break;
      const written = await attempt('statements.exportPdf', {
        customerId: job.customerId,
        ...range,
        path: job.path,
      });
      progress = {
        ...progress,
        doneCount: progress.doneCount + 1,
        savedCount: progress.savedCount + (written.ok ? 1 : 0),
        failures: written.ok
          ? progress.failures
          : [...progress.failures, { name: job.name, message: written.error.message }],
      };
      setRun({ phase: 'exporting', progress, isStopping: isStopRequested.current });
    }
    setRun({ phase: 'finished', progress });
    if (progress.savedCount > 0) {
      notifyDone(
        'Month-end statements',
        `Saved ${statementCount(progress.savedCount)} in ${folder}`,
      );
    }
  };

  const start = async ({ range, title }: { range: MonthRange; title: string }) => {
    isStopRequested.current = false;
    setError(undefined);
    setRun({ phase: 'preparing' });
    const planned = await plan(range, title);
    if (!planned.ok) setError(planned.error);
    if (!planned.ok || planned.data === null) {
      setRun(READY);
      return;
    }
    await exportEach(planned.data, range);
  };

  const stop = () => {
    isStopRequested.current = true;
    setRun((current) =>
      current.phase === 'exporting' ? { ...current, isStopping: true } : current,
    );
  };

  return { run, error, start, stop };
}
