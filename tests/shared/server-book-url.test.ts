/**
 * Proves the server book's connection string check: the scheme, host and database required, TLS
 * on by default (sslmode=require added, a weaker mode refused), off only when asked
 * (sslmode=disable), and an address for people that never shows the password.
 */
import { describe, expect, it } from 'vitest';
import { checkConnectionString, serverAddress } from '../../shared/server-book-url.ts';

const on = { tls: true };

describe('checkConnectionString', () => {
  it('adds sslmode=require when TLS is on and the string names no mode', () => {
    const checked = checkConnectionString(' postgres://ana:pw@db.example:5432/books ', on);
    expect(checked).toEqual({
      ok: true,
      url: 'postgres://ana:pw@db.example:5432/books?sslmode=require',
      address: 'ana@db.example:5432/books',
    });
  });

  it('keeps a stronger mode, refuses a weaker one while TLS is on', () => {
    const strong = checkConnectionString('postgresql://h/b?sslmode=verify-full', on);
    expect(strong).toMatchObject({ ok: true, url: 'postgresql://h/b?sslmode=verify-full' });
    expect(checkConnectionString('postgres://h/b?sslmode=disable', on).ok).toBe(false);
  });

  it('turns TLS off only when asked', () => {
    const off = checkConnectionString('postgres://h/b?sslmode=require', { tls: false });
    expect(off).toMatchObject({ ok: true, url: 'postgres://h/b?sslmode=disable' });
  });

  it.each([
    ['', 'is required'],
    ['mysql://h/b', 'must start with postgres://'],
    ['postgres://', 'must name the server (a host)'],
    ['postgres://h', 'must name the database'],
    ['postgres://h/', 'must name the database'],
    ['not a url', 'must look like postgres://user@host/database'],
  ])('refuses %j: %s', (text, message) => {
    expect(checkConnectionString(text, on)).toEqual({ ok: false, message });
  });

  it('never shows the password in the address', () => {
    expect(serverAddress('postgres://ana:S3cret@h:5432/b?sslmode=require')).toBe('ana@h:5432/b');
  });
});
