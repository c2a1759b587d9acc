/**
 * Proves the preload exposes exactly `window.api.invoke`, forwards every channel of the engine's
 * registry (but the shell-only `users.signIn`) and of the app shell's to IPC unchanged, and
 * refuses any other name before anything is sent.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { UNKNOWN_CHANNEL, type Api } from '../../electron/preload/bridge.ts';
import { appChannels, isShellOnlyChannel } from '../../shared/contract/app-channels.ts';
import { channels } from '../../shared/contract/channels.ts';

const fake = vi.hoisted(() => {
  const state = {
    exposed: new Map<string, unknown>(),
    sent: [] as { channel: string; input: unknown }[],
  };
  const module = {
    contextBridge: {
      exposeInMainWorld: (key: string, value: unknown) => {
        state.exposed.set(key, value);
      },
    },
    ipcRenderer: {
      invoke: (channel: string, input: unknown) => {
        state.sent.push({ channel, input });
        return Promise.resolve({ ok: true, data: channel });
      },
    },
  };
  return { state, module };
});

vi.mock('electron', () => ({ ...fake.module, default: fake.module }));

describe('the preload', () => {
  let api: Api;

  beforeAll(async () => {
    await import('../../electron/preload/index.ts');
    api = fake.state.exposed.get('api') as Api;
  });

  it('exposes only `api`, holding only `invoke`', () => {
    expect([...fake.state.exposed.keys()]).toEqual(['api']);
    expect(Object.keys(api)).toEqual(['invoke']);
  });

  it('forwards every engine channel but the shell-only ones, and every app channel', async () => {
    const engineChannels = Object.keys(channels).filter((name) => !isShellOnlyChannel(name));
    for (const channel of [...engineChannels, ...Object.keys(appChannels)]) {
      const input = { probe: channel };
      expect(await api.invoke(channel, input)).toEqual({ ok: true, data: channel });
      expect(fake.state.sent.at(-1)).toEqual({ channel, input });
    }
  });

  it('refuses names outside the registry without sending them', async () => {
    const sentBefore = fake.state.sent.length;
    const refused = ['users.signIn', 'customers.delete', 'app.quit', 'app', '', 'toString'];
    for (const channel of [...refused, '__proto__']) {
      expect(await api.invoke(channel, {})).toEqual(UNKNOWN_CHANNEL);
    }
    expect(fake.state.sent).toHaveLength(sentBefore);
  });
});
