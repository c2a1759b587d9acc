/** The audit log's filters. */
import { create } from 'zustand';

type AuditUiState = {
  entityType: string | null;
  actorId: string | null;
  setEntityType: (entityType: string | null) => void;
  setActorId: (actorId: string | null) => void;
};

export const useAuditStore = create<AuditUiState>()((set) => ({
  entityType: null,
  actorId: null,
  setEntityType: (entityType) => {
    set({ entityType });
  },
  setActorId: (actorId) => {
    set({ actorId });
  },
}));
