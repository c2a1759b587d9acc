/**
 * The test side of the engine host: forks engine-host.ts under plain Node once per worker and
 * gives each test a real engine on a fake clock, reached through `invoke` (a Result, as the
 * Electron main process sees it) or `call` (the data, failing the test on an error).
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

export type Engine = {
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
  options: { dbPath: string; startAt: string; timeZone: string },
): Promise<Engine> {
  const engineId = (await host.request({ method: 'open', ...options })) as string;
  const invoke = (channel: string, input: unknown, actorId: string) =>
    host.request({ method: 'invoke', engineId, channel, input, actorId }) as Promise<
      Result<unknown>
    >;
  return {
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
