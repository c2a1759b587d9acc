/** Proves the window's preferences: devTools only in an unpackaged (development) run, and the renderer always sandboxed, isolated and Node-free. */
import { describe, expect, it } from 'vitest';
import { buildWindowOptions } from '../../electron/main/window.ts';

describe('the window preferences', () => {
  it('offer devTools only when the app is not packaged', () => {
    const preferences = (isPackaged: boolean) =>
      buildWindowOptions({ preloadPath: '/p/index.js', isPackaged }).webPreferences;
    expect(preferences(true)).toMatchObject({ devTools: false, sandbox: true });
    expect(preferences(false)).toMatchObject({ devTools: true, sandbox: true });
    for (const isPackaged of [true, false]) {
      expect(preferences(isPackaged)).toMatchObject({
        contextIsolation: true,
        nodeIntegration: false,
        webviewTag: false,
      });
    }
  });
});
