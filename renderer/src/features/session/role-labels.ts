/** Words and badge colours for the roles. */
import type { Role } from '../../../../shared/contract/types.ts';

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  accountant: 'Accountant',
  viewer: 'Viewer',
};

/** The roles as choices for a select, in the order above. */
export const ROLE_OPTIONS = Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }));

export const ROLE_COLORS: Record<Role, string> = {
  admin: 'indigo',
  accountant: 'teal',
  viewer: 'gray',
};
