/**
 * A child process holding real engines for the browser tests. Playwright loads test files as
 * CommonJS, where the engine's ES modules (import.meta) cannot load, so the fixture forks this file
 * under plain Node (type stripping) and talks to it over IPC: open an engine on a fake clock,
 * invoke a channel as a user (set-up), pass the page's calls through the shipped gate
 * (electron/main/gate.ts, with its own session and the shipped dialog choosers), ask who is
 * signed in, move the clock, close.
 */
import path from 'node:path';
import { createBackend, type Backend } from '../../../electron/backend/index.ts';
import { createGate, type Gate } from '../../../electron/main/gate.ts';
import { createSession, type Session } from '../../../electron/main/session.ts';
import { shippedChoosers } from './dialog-doubles.ts';
import type { HostReply, HostRequest } from './engine-protocol.ts';

type Engine = { backend: Backend; gate: Gate; session: Session; clock: { nowMs: number } };

type OpenRequest = Extract<HostRequest, { method: 'open' }>;

const engines = new Map<string, Engine>();
let nextId = 0;

function open({ dbPath, startAt, timeZone, saveDir }: OpenRequest): string {
  nextId += 1;
  const id = `engine-${nextId}`;
  const clock = { nowMs: Date.parse(startAt) };
  const backend = createBackend({
    dbPath,
    now: () => new Date(clock.nowMs),
    timeZone,
    onInternalError: (error, channel) => {
      console.error(`[engine-host] internal error in ${channel}`, error);
    },
  });
  const session = createSession();
  const gate = createGate({
    engine: backend,
    session,
    ...shippedChoosers(saveDir),
    importFolder: path.join(saveDir, 'imports'),
  });
  engines.set(id, { backend, gate, session, clock });
  return id;
}

function engineOf(id: string): Engine {
  const engine = engines.get(id);
  if (engine === undefined) throw new Error(`No engine ${id}`);
  return engine;
}

async function answer(request: HostRequest): Promise<unknown> {
  switch (request.method) {
    case 'open':
      return open(request);
    case 'invoke':
      return engineOf(request.engineId).backend.invokeUnknown(request.channel, request.input, {
        actorId: request.actorId,
      });
    case 'gate':
      return engineOf(request.engineId).gate.invoke(request.channel, request.input);
    case 'signedInUserId':
      return engineOf(request.engineId).session.userId();
    case 'setNow':
      engineOf(request.engineId).clock.nowMs = Date.parse(request.at);
      return null;
    case 'close':
      engineOf(request.engineId).backend.close();
      engines.delete(request.engineId);
      return null;
  }
}

process.on('message', (message: HostRequest) => {
  answer(message).then(
    (value) => {
      process.send?.({ id: message.id, ok: true, value } satisfies HostReply);
    },
    (error: unknown) => {
      const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
      process.send?.({ id: message.id, ok: false, error: text } satisfies HostReply);
    },
  );
});

process.on('disconnect', () => {
  for (const engine of engines.values()) engine.backend.close();
  process.exit(0);
});
