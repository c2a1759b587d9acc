/** The messages between the browser tests and their engine host process. */

export type HostRequest = { id: number } & (
  | { method: 'open'; dbPath: string; startAt: string; timeZone: string; saveDir: string }
  | { method: 'invoke'; engineId: string; channel: string; input: unknown; actorId: string }
  | { method: 'gate'; engineId: string; channel: unknown; input: unknown }
  | { method: 'signedInUserId'; engineId: string }
  | { method: 'setNow'; engineId: string; at: string }
  | { method: 'close'; engineId: string }
);

export type HostReply =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

/** A request without its id, as the client sends it. */
export type HostCall = HostRequest extends infer R
  ? R extends HostRequest
    ? Omit<R, 'id'>
    : never
  : never;
