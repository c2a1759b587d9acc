/** Words and badge colours for the roles. */
import type { Role } from '../../../../shared/contract/types.ts';

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  accountant: 'Accountant',
  viewer: 'Viewer',
};

export const ROLE_COLORS: Record<Role, string> = {
  admin: 'indigo',
  accountant: 'teal',
  viewer: 'gray',
};
