/**
 * What the web bridge last said about this tab's access, in the browser only (Electron never sets
 * it): null while calls get through; `restarted` when the token was refused (Balancebook was
 * started again, with a new token); `noToken` when this tab never had one; `unreachable` when
 * nothing answers at this address any more. The app shows the way back instead of its pages.
 */
import { create } from 'zustand';

export type BridgeProblem = 'restarted' | 'noToken' | 'unreachable';

type BridgeState = {
  problem: BridgeProblem | null;
  setProblem: (problem: BridgeProblem | null) => void;
};

export const useBridgeStore = create<BridgeState>()((set) => ({
  problem: null,
  setProblem: (problem) => {
    set({ problem });
  },
}));
