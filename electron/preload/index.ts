/**
 * The preload script (sandboxed, CommonJS): puts `window.api` into the isolated page and nothing
 * else. See bridge.ts for what `invoke` allows.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createApi } from './bridge.ts';

contextBridge.exposeInMainWorld('api', createApi(ipcRenderer));
