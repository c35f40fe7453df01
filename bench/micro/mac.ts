// What terminal authentication costs per request: HMAC-SHA256 and HMAC-SM3 over a typical Inquire
// body (~150 B) and a 20-line Settle body (~1.3 KB), `createHmac` beside it (what macOf replaced),
// the full check (lookup of the cached key, MAC, constant-time compare), and unsealing a key (done
// once per key and thread).
// `node dist/bench/micro/mac.js`
import { createHmac, randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { openKey, sealKey } from '../../engine/auth/seal.js';
import { TerminalKeys } from '../../engine/auth/terminal-keys.js';
import { TerminalStatus, TerminalType } from '../../engine/core/model.js';
import { MacAlgorithm, macOf } from '../../protocol/mac.js';

const masterKey = randomBytes(32);
const key = randomBytes(32);
const iterations = 200_000;

function time(label: string, fn: () => void, n = iterations): void {
  for (let i = 0; i < 10_000; i++) fn();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) fn();
  const us = ((performance.now() - t0) * 1000) / n;
  process.stdout.write(`${label.padEnd(44)} ${us.toFixed(2)} µs\n`);
}

for (const bytes of [150, 1_300]) {
  const body = randomBytes(bytes);
  time(`HMAC-SHA256 over ${bytes} B`, () => macOf(MacAlgorithm.HmacSha256, key, body));
  // What macOf replaced: a native Hmac object per MAC, each a weak handle for the next scavenge.
  time(`createHmac SHA256 over ${bytes} B`, () => createHmac('sha256', key).update(body).digest());
  time(`HMAC-SM3 over ${bytes} B`, () => macOf(MacAlgorithm.HmacSm3, key, body));
  for (const algorithm of [MacAlgorithm.HmacSha256, MacAlgorithm.HmacSm3]) {
    const keys = new TerminalKeys(masterKey, 300_000);
    const terminal = {
      terminalId: 'T1',
      institutionCode: 'H33020300001',
      type: TerminalType.His,
      status: TerminalStatus.Active,
      keySealed: sealKey(masterKey, key),
      nextKeySealed: new Uint8Array(0),
      macAlgorithm: algorithm,
    };
    const mac = macOf(algorithm, key, body);
    const now = Date.now();
    time(`full check (${algorithm === 1 ? 'SHA256' : 'SM3'}) over ${bytes} B`, () =>
      keys.check(terminal, mac, body, now, now),
    );
  }
}
const sealed = sealKey(masterKey, key);
time('unseal a key (AES-256-GCM), once per key', () => openKey(masterKey, sealed), 50_000);
