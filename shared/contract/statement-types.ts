/**
 * Output types of kept statements (SPEC 11) and the settings' logo, beside `types.ts` (which
 * re-exports them): a snapshot, a verification's answer, a draft written.
 */
import type { MoneyString } from '../money.ts';
import type { AuditHead, Settings } from './types.ts';

/** The business as a statement prints it (SPEC 11); the logo named by its SHA-256. */
export type StatementBusiness = {
  name: string;
  address: string;
  taxId: string;
  bankDetails: string;
  message: string;
  logoSha256: string | null;
};

/** The statement's last line: credit available, an amount to pay, or nothing (SPEC 11). */
export type StatementNetLine = {
  kind: 'credit' | 'pay' | 'nothing';
  amount: MoneyString;
  parts: {
    balanceDebt: MoneyString;
    invoicesDue: MoneyString;
    creditUsed: MoneyString;
    topUpsDue: MoneyString;
  };
};

/**
 * Hours on a statement whose customer has an hourly rate (issue #16): the rate when the statement
 * was made, the hours of every time entry dated in the period, and the hours the credit available
 * (the net line's, so open invoices are counted once) buys at that rate, cut down to 2 decimals.
 */
export type StatementHours = {
  hourlyRate: MoneyString;
  used: string;
  creditBuys: string;
};

/** The logo as settings give it back, to preview: base64 and its type by its first bytes. */
export type SettingsLogo = { base64: string; mediaType: 'image/png' | 'image/jpeg' };

/** What `settings.get` and `settings.update` answer: the settings and the logo itself. */
export type SettingsWithLogo = Settings & { logo: SettingsLogo | null };

/** A statement as it was exported and kept (SPEC 11); its bytes are opened on their own. */
export type StatementSnapshot = {
  id: string;
  customerId: string;
  /** The name printed on the statement, whatever the customer is called since. */
  customerName: string;
  from: string;
  to: string;
  madeAt: string;
  madeBy: string;
  pages: number;
  bytes: number;
  pdfSha256: string;
  dataSha256: string;
  code: string;
  auditHead: AuditHead | null;
  /** The newest email draft made of it ("sent"), or null when only exported. */
  sentAt: string | null;
  sentTo: string | null;
};

export type StatementVerdictName = 'sent' | 'altered' | 'unknown';

/** `statements.verify`: the verdict, the snapshot it names, and problems with the audit chain. */
export type StatementVerification = {
  verdict: StatementVerdictName;
  snapshot: StatementSnapshot | null;
  /** The code the file carries, or null when it carries none of ours. */
  code: string | null;
  chain: 'present' | 'missing' | 'different' | 'not-named';
  problems: string[];
};

/** `statements.draft`: the .eml written and to whom; `notice` says why there is no recipient. */
export type StatementDraftWritten = {
  path: string;
  customerId: string;
  bytes: number;
  snapshotId: string;
  recipient: string | null;
  notice: string | null;
  subject: string;
  sentAt: string;
};
