/** Every channel's handler, in one map typed by the registry: a missing handler does not compile. */
import type { ChannelName } from '../../shared/contract/channels.ts';
import { auditHandlers } from './domains/audit/handlers.ts';
import { balanceHandlers } from './domains/balance/handlers.ts';
import { bookHandlers } from './domains/book/handlers.ts';
import { creditNoteHandlers } from './domains/credit-notes/handlers.ts';
import { archiveHandlers } from './domains/customers/archive.ts';
import { customerHandlers } from './domains/customers/handlers.ts';
import { importHandlers } from './domains/imports/handlers.ts';
import { invoiceHandlers } from './domains/invoices/handlers.ts';
import { applyToInvoice } from './domains/invoices/apply-handler.ts';
import { paymentHandlers } from './domains/payments/handlers.ts';
import { accountantHandlers } from './domains/reports/accountant.ts';
import { reportExportHandlers } from './domains/reports/exports.ts';
import { reportHandlers } from './domains/reports/handlers.ts';
import { scheduleHandlers } from './domains/schedules/handlers.ts';
import { statementHandlers } from './domains/statements/handlers.ts';
import { timeHandlers } from './domains/time/handlers.ts';
import { runDue } from './jobs/run-due.ts';
import { settingsHandlers } from './domains/settings/handlers.ts';
import { userHandlers } from './domains/users/handlers.ts';
import type { HandlerMap } from './handler.ts';

export const handlers: HandlerMap<ChannelName> = {
  ...customerHandlers,
  ...archiveHandlers,
  ...balanceHandlers,
  'balance.applyToInvoice': applyToInvoice,
  ...invoiceHandlers,
  ...paymentHandlers,
  ...creditNoteHandlers,
  ...timeHandlers,
  ...scheduleHandlers,
  'jobs.runDue': { batched: (_input, batch) => runDue(batch), exclusive: true, asSystem: true },
  ...statementHandlers,
  ...bookHandlers,
  ...importHandlers,
  ...userHandlers,
  ...settingsHandlers,
  ...auditHandlers,
  ...reportHandlers,
  ...accountantHandlers,
  ...reportExportHandlers,
};
