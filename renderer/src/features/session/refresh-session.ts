/**
 * Asks the shell again who is signed in (`app.session`). The session lives in its own store, not
 * in the query cache, so a change to people (an admin renaming or demoting themselves) refreshes
 * it here; a failed call leaves the session as it was.
 */
import { attempt } from '../../api/client.ts';
import { useSessionStore } from './session-store.ts';

export async function refreshSession(): Promise<void> {
  const result = await attempt('app.session', {});
  if (result.ok) useSessionStore.getState().setUser(result.data.user);
}
