/**
 * The test side of the engine host: forks engine-host.ts under plain Node once per worker and
 * gives each test a real engine on a fake clock, reached through `invoke` (a Result, as the
 * Electron main process sees it) or `call` (the data, failing the test on an error), and the
 * shipped gate in front of it (`gate`), which is what the page talks to.
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type {
  ChannelInput,
  ChannelName,
  ChannelOutput,
} from '../../../shared/contract/channels.ts';
import type { Result } from '../../../shared/errors.ts';
import type { HostCall, HostReply } from './engine-protocol.ts';

export type EngineHost = {
  request(call: HostCall): Promise<unknown>;
  stop(): void;
};

/** The test process's environment without Playwright's loader options and colour forcing. */
function hostEnvironment(): NodeJS.ProcessEnv {
  const { FORCE_COLOR: _forced, ...inherited } = process.env;
  return { ...inherited, NODE_OPTIONS: '' };
}

export function startEngineHost(): EngineHost {
  const child: ChildProcess = fork(path.join(__dirname, 'engine-host.ts'), [], {
    execArgv: [
      '--disable-warning=MODULE_TYPELESS_PACKAGE_JSON',
      '--disable-warning=ExperimentalWarning',
    ],
    env: hostEnvironment(),
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiting = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();
  let nextId = 0;
  child.on('message', (reply: HostReply) => {
    const pending = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (reply.ok) pending?.resolve(reply.value);
    else pending?.reject(new Error(reply.error));
  });
  child.on('exit', (code) => {
    for (const pending of waiting.values())
      pending.reject(new Error(`engine host exited (${code})`));
    waiting.clear();
  });
  return {
    request(call) {
      nextId += 1;
      const id = nextId;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        child.send({ ...call, id });
      });
    },
    stop() {
      child.disconnect();
    },
  };
}

/** The shipped gate (electron/main/gate.ts) in front of the engine, as the page reaches it. */
export type ShellGate = {
  /** Replaceable, so a test can put itself between the page and the gate. */
  invoke(channel: unknown, input: unknown): Promise<Result<unknown>>;
  /** Who the gate's session says is signed in. */
  signedInUserId(): Promise<string | null>;
  /** Every path the gate handed out (save dialog, then export folder), in order. */
  savedPaths: string[];
};

export type Engine = {
  gate: ShellGate;
  invoke(channel: string, input: unknown, actorId: string): Promise<Result<unknown>>;
  call<C extends ChannelName>(
    channel: C,
    input: ChannelInput<C>,
    actorId?: string,
  ): Promise<ChannelOutput<C>>;
  setNow(at: string): Promise<void>;
  close(): Promise<void>;
};

export async function openEngine(
  host: EngineHost,
  options: { dbPath: string; startAt: string; timeZone: string; saveDir: string },
): Promise<Engine> {
  const engineId = (await host.request({ method: 'open', ...options })) as string;
  const invoke = (channel: string, input: unknown, actorId: string) =>
    host.request({ method: 'invoke', engineId, channel, input, actorId }) as Promise<
      Result<unknown>
    >;
  return {
    gate: openGate(host, engineId),
    invoke,
    async call(channel, input, actorId = 'admin') {
      const result = await invoke(channel, input, actorId);
      if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
      return result.data as never;
    },
    async setNow(at) {
      await host.request({ method: 'setNow', engineId, at });
    },
    async close() {
      await host.request({ method: 'close', engineId });
    },
  };
}

function openGate(host: EngineHost, engineId: string): ShellGate {
  const savedPaths: string[] = [];
  return {
    savedPaths,
    async invoke(channel, input) {
      const result = (await host.request({ method: 'gate', engineId, channel, input })) as Result<
        Record<string, unknown>
      >;
      if (result.ok) savedPaths.push(...pathsHandedOut(channel, result.data));
      return result;
    },
    signedInUserId: () =>
      host.request({ method: 'signedInUserId', engineId }) as Promise<string | null>,
  };
}

/** The paths in the gate's answer to a chooser channel (none when cancelled). */
function pathsHandedOut(channel: unknown, data: Record<string, unknown>): string[] {
  if (channel === 'app.chooseSavePath' && typeof data.path === 'string') return [data.path];
  if (channel === 'app.chooseExportFolder' && Array.isArray(data.paths))
    return data.paths as string[];
  return [];
}
