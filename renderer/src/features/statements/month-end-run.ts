/**
 * The month-end run, outside React: reads every customer, asks the shell for a folder and a new
 * path in it for each (`app.chooseExportFolder`), then has the engine write one statement PDF
 * (kept as a snapshot) and, when asked, its email draft (recorded as sent), one customer after
 * another, never two at once, so the app stays responsive. One customer's failure is kept
 * and the run goes on; a stop ends it after the statement being written. Cancelling the folder
 * dialog returns to the start with nothing written. Progress lives in a zustand store that the
 * dialog subscribes to; at most one run goes at a time.
 */
import { create } from 'zustand';
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

/** `draftPath`: where the email draft goes, when the run makes drafts. */
type Job = { customerId: string; name: string; path: string; draftPath: string | null };
type Plan = { folder: string; jobs: Job[] };

type MonthEndState = {
  run: MonthEndRun;
  error: ApiError | undefined;
  isStopRequested: boolean;
};

const READY: MonthEndRun = { phase: 'ready' };

/** The run's state; read it through `useMonthEndStore(selector)`, change it through the actions. */
export const useMonthEndStore = create<MonthEndState>()(() => ({
  run: READY,
  error: undefined,
  isStopRequested: false,
}));

/** "1 statement", "3 statements". */
export function statementCount(count: number): string {
  return `${count.toLocaleString()} ${count === 1 ? 'statement' : 'statements'}`;
}

function isBusy(run: MonthEndRun): boolean {
  return run.phase === 'preparing' || run.phase === 'exporting';
}

/**
 * Every customer paired with the path the shell chose for their file (and for their draft, when
 * asked: the files asked are each customer's PDF, then each customer's .eml); null when cancelled.
 */
async function plan(
  range: MonthRange,
  title: string,
  withDrafts: boolean,
): Promise<Attempt<Plan | null>> {
  const customers = await loadAllCustomers();
  if (!customers.ok) return customers;
  if (customers.data.length === 0) {
    return { ok: false, error: new ApiError({ code: 'NOT_FOUND', message: 'No customers yet.' }) };
  }
  const files = (extension: 'pdf' | 'eml') =>
    customers.data.map((customer) => ({
      suggestedName: statementFileStem(customer.name, range),
      extension,
    }));
  const chosen = await attempt('app.chooseExportFolder', {
    title,
    files: withDrafts ? [...files('pdf'), ...files('eml')] : files('pdf'),
  });
  if (!chosen.ok) return chosen;
  const { folder, paths } = chosen.data;
  if (folder === null) return { ok: true, data: null };
  const count = customers.data.length;
  if (paths.length !== (withDrafts ? 2 * count : count)) {
    const message = `The shell gave ${paths.length} paths for ${customers.data.length} customers`;
    return { ok: false, error: new ApiError({ code: 'INTERNAL', message }) };
  }
  const jobs = customers.data.map((customer, index) => ({
    customerId: customer.id,
    name: customer.name,
    path: paths[index] ?? '',
    draftPath: withDrafts ? (paths[count + index] ?? null) : null,
  }));
  return { ok: true, data: { folder, jobs } };
}

function afterOne(progress: MonthEndProgress, job: Job, written: Attempt<unknown>) {
  return {
    ...progress,
    doneCount: progress.doneCount + 1,
    savedCount: progress.savedCount + (written.ok ? 1 : 0),
    failures: written.ok
      ? progress.failures
      : [...progress.failures, { name: job.name, message: written.error.message }],
  };
}

/** The statement's PDF, then its draft when the run makes drafts: one outcome for both. */
async function exportOne(job: Job, range: MonthRange): Promise<Attempt<unknown>> {
  const written = await attempt('statements.exportPdf', {
    customerId: job.customerId,
    ...range,
    path: job.path,
  });
  if (!written.ok || job.draftPath === null) return written;
  return attempt('statements.draft', { snapshotId: written.data.snapshotId, path: job.draftPath });
}

async function exportEach({ folder, jobs }: Plan, range: MonthRange): Promise<void> {
  const store = useMonthEndStore;
  let progress: MonthEndProgress = {
    folder,
    doneCount: 0,
    totalCount: jobs.length,
    savedCount: 0,
    failures: [],
  };
  store.setState({ run: { phase: 'exporting', progress, isStopping: false } });
  for (const job of jobs) {
    if (store.getState().isStopRequested) break;
    const written = await exportOne(job, range);
    progress = afterOne(progress, job, written);
    const isStopping = store.getState().isStopRequested;
    store.setState({ run: { phase: 'exporting', progress, isStopping } });
  }
  store.setState({ run: { phase: 'finished', progress } });
  if (progress.savedCount > 0) {
    notifyDone('Month-end statements', `Saved ${statementCount(progress.savedCount)} in ${folder}`);
  }
}

/** Starts a run for `range`; does nothing while one is under way. */
export async function startMonthEnd({
  range,
  title,
  withDrafts = false,
}: {
  range: MonthRange;
  title: string;
  withDrafts?: boolean;
}): Promise<void> {
  const store = useMonthEndStore;
  if (isBusy(store.getState().run)) return;
  store.setState({ run: { phase: 'preparing' }, error: undefined, isStopRequested: false });
  const planned = await plan(range, title, withDrafts);
  if (!planned.ok) store.setState({ error: planned.error });
  if (!planned.ok || planned.data === null) {
    store.setState({ run: READY });
    return;
  }
  await exportEach(planned.data, range);
}

/** Ends the run after the statement being written (also when the dialog closes mid-run). */
export function stopMonthEnd(): void {
  const { run } = useMonthEndStore.getState();
  if (!isBusy(run)) return;
  useMonthEndStore.setState({
    isStopRequested: true,
    run: run.phase === 'exporting' ? { ...run, isStopping: true } : run,
  });
}

/** Back to the start for a new run, unless one is still under way (its progress stays shown). */
export function resetMonthEnd(): void {
  if (isBusy(useMonthEndStore.getState().run)) return;
  useMonthEndStore.setState({ run: READY, error: undefined, isStopRequested: false });
}
