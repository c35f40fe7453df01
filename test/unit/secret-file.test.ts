// NATS credentials read again at every (re)connection (engine/replication/stream-log.ts): a changed
// file is taken up, and a file that is gone or holds no valid secret leaves the last good one.
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type ConnectionCounts,
  validPassword as password,
  secretFromFile,
} from '../../engine/replication/stream-log.js';

const dir = mkdtempSync(join(tmpdir(), 'ssc-secret-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const counts = (): ConnectionCounts => ({
  disconnects: 0,
  reconnects: 0,
  lastServerError: '',
  credentialsChanged: 0,
  credentialsUnreadable: 0,
});

describe('a credentials file read again at each connection', () => {
  it('takes up a rotated secret, and keeps the last good one while the file is gone, empty or half-written', () => {
    const file = join(dir, 'password');
    writeFileSync(file, 'first\n');
    const c = counts();
    const secret = secretFromFile(file, 'first', password, c);
    expect(secret()).toBe('first');
    expect(c).toMatchObject({ credentialsChanged: 0, credentialsUnreadable: 0 });
    writeFileSync(file, 'second\n');
    expect(secret()).toBe('second');
    expect(c.credentialsChanged).toBe(1);
    writeFileSync(file, '  \n');
    expect(secret()).toBe('second');
    unlinkSync(file);
    expect(secret()).toBe('second');
    expect(c).toMatchObject({ credentialsChanged: 1, credentialsUnreadable: 2 });
    writeFileSync(file, 'third');
    expect(secret()).toBe('third');
    expect(c.credentialsChanged).toBe(2);
  });

  it('without a file, the secret as given', () => {
    const c = counts();
    expect(secretFromFile(undefined, 'given', password, c)()).toBe('given');
    expect(secretFromFile('', 'given', password, c)()).toBe('given');
    expect(c).toMatchObject({ credentialsChanged: 0, credentialsUnreadable: 0 });
  });
});
