/**
 * Keeps the code tidy, after TigerBeetle's tidy.zig: no floats on money, no clock reads in the
 * engine, no console.log, no type-checker opt-outs, no focused or skipped tests, no commented-out
 * code, and files small enough to read.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

const FILE_LINES_MAX = 400;

function tracked(...patterns: string[]): string[] {
  const output = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', ...patterns],
    {
      encoding: 'utf8',
    },
  );
  return output.split('\n').filter((file) => file !== '' && fs.existsSync(file));
}

const SOURCE = tracked('electron/*.ts', 'shared/*.ts', 'renderer/*.ts', 'renderer/*.tsx');
const TESTS = tracked('tests/*.ts', 'tests/*.tsx').filter((file) => file !== 'tests/tidy.test.ts');

function offenders(files: string[], pattern: RegExp): string[] {
  return files.flatMap((file) =>
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) =>
        pattern.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [],
      ),
  );
}

describe('tidy', () => {
  it('finds the source files it checks', () => {
    expect(SOURCE.length).toBeGreaterThan(40);
    expect(TESTS.length).toBeGreaterThan(10);
  });

  it('never passes money through floats', () => {
    expect(
      offenders(SOURCE, /parseFloat|Number\(amount|toFixed\(|Math\.round\(.*(amount|Minor)/),
    ).toEqual([]);
  });

  it('reads the clock only where it is injected', () => {
    const engine = SOURCE.filter(
      (file) => file.startsWith('electron/backend/') && file !== 'electron/backend/index.ts',
    );
    expect(offenders(engine, /new Date\(\)|Date\.now\(\)|performance\.now\(\)/)).toEqual([]);
  });

  it('has no console.log, type-checker opt-outs or focused tests', () => {
    expect(offenders(SOURCE, /console\.log\(/)).toEqual([]);
    expect(
      offenders(
        [...SOURCE, ...TESTS],
        /@ts-(ignore|nocheck|expect-error)|eslint-disable(?!-next-line [\w@/-]+ -- \S)/,
      ),
    ).toEqual([]);
    expect(offenders(TESTS, /\b(it|test|describe)\.(only|skip)\(/)).toEqual([]);
  });

  it('has no commented-out code', () => {
    expect(
      offenders(SOURCE, /^\s*\/\/\s*(const|let|return|import|export|if \(|for \(|await )\b/),
    ).toEqual([]);
  });

  it('keeps source files under the size limit', () => {
    const large = SOURCE.filter(
      (file) => fs.readFileSync(file, 'utf8').split('\n').length > FILE_LINES_MAX,
    );
    expect(large).toEqual([]);
  });
});
