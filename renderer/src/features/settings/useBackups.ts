/**
 * The browser's backups (`app.listBackups`), read when the section opens and after each change;
 * backing up now, and restoring one (which replaces the ledger and signs everyone out, so the
 * cache is emptied and the start screen follows).
 */
import { useCallback, useEffect, useState } from 'react';
import type { AppChannelOutputs } from '../../../../shared/contract/app-channels.ts';
import type { ApiError } from '../../api/api-error.ts';
import { attempt, type Attempt } from '../../api/client.ts';
import { queryCache } from '../../api/query-cache.ts';
import { notifyDone, notifyFailed } from '../../lib/notify.ts';
import { useSessionStore } from '../session/session-store.ts';

type Listing = AppChannelOutputs['app.listBackups'];

export function useBackups() {
  const [listing, setListing] = useState<Listing | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [isPending, setPending] = useState(false);

  const apply = useCallback((result: Attempt<Listing>) => {
    setListing(result.ok ? result.data : undefined);
    setError(result.ok ? undefined : result.error);
  }, []);

  useEffect(() => {
    void attempt('app.listBackups', {}).then(apply);
  }, [apply]);

  const reload = async () => {
    apply(await attempt('app.listBackups', {}));
  };

  const backUpNow = async () => {
    setPending(true);
    const result = await attempt('app.backUpNow', {});
    setPending(false);
    if (!result.ok) {
      notifyFailed(result.error);
      return;
    }
    notifyDone('Backed up', `Saved to ${result.data.path}`);
    await reload();
  };

  const restore = async (name: string) => {
    const result = await attempt('app.restoreBackup', { name });
    if (!result.ok) {
      notifyFailed(result.error);
      return;
    }
    const kept = result.data.safetyBackup ?? 'nowhere (there was no ledger)';
    notifyDone('Backup restored', `The previous ledger was kept at ${kept}. Sign in again.`);
    queryCache.clear();
    useSessionStore.getState().setUser(null);
  };

  return { listing, error, isPending, reload, backUpNow, restore };
}
