/**
 * A refusal whose writes are kept. Any other error rolls the call's transaction back, so a
 * refused call changes nothing; a `KeptRefusal` instead commits what the call wrote before it was
 * raised, then reaches the caller as the same `{ ok: false, error }`. Only for a refusal that must
 * leave a trace: a wrong PIN counts toward the sign-in lock (domains/users/pin-lock.ts).
 */
import { AppError } from '../../shared/errors.ts';

export class KeptRefusal extends AppError {}
