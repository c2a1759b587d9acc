/**
 * Proves that an export made in the browser can be downloaded: `GET /api/download?path=` with the
 * token hands the file over as an attachment named after it (and it stays in the exports
 * folder), while another method, another origin, a missing or wrong token, a path outside the
 * exports folder (also through `..`) and a file that is not there are refused with their status.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { givenBridge, send, type RawRequest, type TestBridge } from './client.ts';

let t: TestBridge;
let exported: string;

beforeEach(async () => {
  t = await givenBridge();
  await t.call('app.signIn', { userId: 'admin' });
  const chosen = (await t.call('app.chooseSavePath', {
    title: 'Export statement',
    suggestedName: 'Statement Łódź.csv',
    extension: 'csv',
  })) as { path: string };
  exported = chosen.path;
  fs.writeFileSync(exported, 'date,amount\n2026-03-01,10.00\n');
});

afterEach(async () => {
  await t.close();
});

function download(file: string, extra: Partial<RawRequest> = {}): RawRequest {
  return {
    method: 'GET',
    path: `/api/download?path=${encodeURIComponent(file)}`,
    ...extra,
    headers: { 'X-Balancebook-Token': t.bridge.token, ...extra.headers },
  };
}

describe('downloading an export', () => {
  it('hands the file over as an attachment, and keeps it in the exports folder', async () => {
    const reply = await send(t.bridge.port, download(exported));
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('date,amount\n2026-03-01,10.00\n');
    expect(reply.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(reply.headers['content-disposition']).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent('Statement Łódź.csv')}`,
    );
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(fs.existsSync(exported)).toBe(true);
  });

  it('refuses, in order, with its status', async () => {
    const ledger = path.join(t.dataDir, 'balancebook.sqlite');
    const exportsDir = path.dirname(exported);
    const cases: { request: RawRequest; status: number }[] = [
      { request: download(exported, { method: 'POST' }), status: 405 },
      { request: download(exported, { headers: { Origin: 'http://evil.test' } }), status: 403 },
      { request: download(exported, { headers: { 'X-Balancebook-Token': 'wrong' } }), status: 401 },
      { request: { ...download(exported), headers: {} }, status: 401 },
      { request: download(ledger), status: 403 },
      { request: download(path.join(exportsDir, '..', 'balancebook.sqlite')), status: 403 },
      { request: download(exportsDir), status: 403 },
      { request: { ...download(exported), path: '/api/download' }, status: 403 },
      { request: download(path.join(exportsDir, 'missing.csv')), status: 404 },
    ];
    for (const { request, status } of cases) {
      const reply = await send(t.bridge.port, request);
      expect({ path: request.path, status: reply.status }).toEqual({ path: request.path, status });
      expect(reply.body).not.toContain('2026-03-01,10.00');
    }
  });
});
