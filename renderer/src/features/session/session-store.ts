/**
 * Who is signed in, as the shell last told us (`app.session`, `app.signIn`). The shell keeps the
 * real session; this copy only decides what to show and which actions to offer.
 */
import { create } from 'zustand';
import type { User } from '../../../../shared/contract/types.ts';

type SessionState = {
  status: 'checking' | 'signedOut' | 'signedIn';
  user: User | null;
  setUser: (user: User | null) => void;
  /** Back to 'checking': the shell's session is unknown again (the web bridge restarted). */
  reset: () => void;
};

export const useSessionStore = create<SessionState>()((set) => ({
  status: 'checking',
  user: null,
  setUser: (user) => {
    set({ user, status: user === null ? 'signedOut' : 'signedIn' });
  },
  reset: () => {
    set({ user: null, status: 'checking' });
  },
}));
