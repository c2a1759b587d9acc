/** Every keyboard shortcut, as the help modal lists them. */
export type ShortcutHelp = { keys: string[]; description: string };
export type ShortcutGroup = { title: string; items: ShortcutHelp[] };

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    title: 'Anywhere',
    items: [
      { keys: ['Ctrl', 'K'], description: 'Search customers and invoices' },
      { keys: ['?'], description: 'Show this help' },
      { keys: ['Alt', '1'], description: 'Dashboard (or g then d)' },
      { keys: ['Alt', '2'], description: 'Customers (or g then c)' },
      { keys: ['Alt', '3'], description: 'Invoices (or g then i)' },
      { keys: ['Alt', '4'], description: 'Audit log (or g then a)' },
      { keys: ['Alt', '5'], description: 'Settings (or g then s)' },
    ],
  },
  {
    title: 'Customers list',
    items: [
      { keys: ['/'], description: 'Search customers' },
      { keys: ['N'], description: 'New customer' },
    ],
  },
  {
    title: 'Customer page',
    items: [
      { keys: ['T'], description: 'Top up' },
      { keys: ['C'], description: 'Charge' },
      { keys: ['A'], description: 'Adjust' },
      { keys: ['R'], description: 'Refund' },
      { keys: ['I'], description: 'New invoice' },
      { keys: ['P'], description: 'Record payment' },
      { keys: ['E'], description: 'Edit customer' },
      { keys: ['S'], description: 'Statement' },
    ],
  },
];
