// The replicated pool on NATS in operator mode (JWT accounts, as `nsc` sets up a production
// deployment): three Debian nats-servers on 127.0.0.1 with an operator, a system account and the
// pool's account (JetStream on) in a MEMORY resolver, and mutual TLS (test/fixtures-tls). The engine
// logs in with a .creds file (SSC_CLUSTER_NATS_CREDS_FILE: the user's JWT, signed by the account,
// and its nkey seed; test/support/nats-jwt.ts makes them). Checked:
//   - the right .creds file appends;
//   - a user of an account the servers do not know, and a user JWT beside another user's seed, are
//     refused at once with SSC_CLUSTER_AUTH;
//   - a built engine configured by SSC_CLUSTER_NATS_CREDS_FILE leads and settles through the
//     stream; with a stranger's .creds file it exits with SSC_CLUSTER_AUTH;
//   - the configuration: a file that is not a .creds file, or .creds beside a user or an nkey, is
//     refused (SSC_CONFIG); .creds and a CA are what production needs.
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type NatsSecurity } from '../../engine/config.js';
import type { DemoSamples } from '../../engine/demo/demo.js';
import { NatsCluster } from '../../engine/replication/nats-cluster.js';
import { makeSnapshot } from '../../engine/replication/snapshot.js';
import { ClusterAuthRefused, StreamLog } from '../../engine/replication/stream-log.js';
import { startChild, stopChild } from '../support/engine-child.js';
import { registerSampleKeys } from '../support/helpers.js';
import { operatorSetup } from '../support/nats-jwt.js';
import { poolEngineEnv, replicationOf, settleWhenLeading, waitFor } from '../support/replicated-pool.js';

const certFile = resolve('test/fixtures-tls/cert.pem');
const keyFile = resolve('test/fixtures-tls/key.pem');
const adminSecret = 'jwt-admin-secret';
const setup = operatorSetup();
const engineCreds = setup.userCreds('ssc-engine');
let cluster: NatsCluster;
let root: string;

const withCreds = (creds: string): NatsSecurity => ({
  user: '',
  password: '',
  nkeySeed: '',
  creds,
  tlsCaFile: certFile,
  tlsCertFile: certFile,
  tlsKeyFile: keyFile,
});

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'ssc-repl-jwt-'));
  cluster = await NatsCluster.onFreePorts({
    security: { operator: setup.operator, certFile, keyFile, caFile: certFile, verifyClients: true },
  });
  await cluster.start();
}, 60_000);

afterAll(async () => {
  await cluster.stop();
  rmSync(root, { recursive: true, force: true });
}, 60_000);

const open = (security: NatsSecurity, pool = '330280') =>
  StreamLog.openWhenReady({ servers: cluster.servers, pool, replicas: 3, appendTimeoutMs: 2_000, security }, 30_000);

/** A pool's snapshot for a built engine, its terminals' keys registered. */
async function snapshotFor(name: string, seed: number): Promise<{ dir: string; samples: DemoSamples }> {
  const dir = join(root, name);
  const masterKey = loadConfig({}).masterKey;
  const samples = await makeSnapshot(dir, { cards: 300, seed, masterKey, adminSecret });
  registerSampleKeys(samples, masterKey);
  return { dir, samples };
}

/** A built engine's environment on the three servers with mutual TLS (its credentials added by the caller). */
const engineEnv = (dir: string, name: string, pool: string): Record<string, string> => ({
  ...poolEngineEnv({
    dir,
    name,
    servers: cluster.servers,
    adminSecret,
    leaseMs: 1_500,
    appendTimeoutMs: 2_000,
    logLevel: 'warn',
    pool,
  }),
  SSC_CLUSTER_REPLICAS: '3',
  SSC_CLUSTER_NATS_TLS_CA_FILE: certFile,
  SSC_CLUSTER_NATS_TLS_CERT_FILE: certFile,
  SSC_CLUSTER_NATS_TLS_KEY_FILE: keyFile,
});

describe('NATS in operator mode (JWT): the engine logs in with a .creds file', () => {
  it('the right .creds file: the engine appends', async () => {
    const log = await open(withCreds(engineCreds));
    expect(await log.append(new Uint8Array([1]), 'jwt:1', 0)).toBe(1);
    await log.close();
  }, 60_000);

  it("a stranger account's user, and a user JWT beside another seed: refused at once", async () => {
    const other = setup.userCreds('other');
    const seedOf = (creds: string): string => /-----BEGIN USER NKEY SEED-----\s*(SU\S+)/.exec(creds)![1]!;
    const mismatched = engineCreds.replace(seedOf(engineCreds), seedOf(other));
    for (const [what, creds] of [
      ['an account the servers do not know', setup.strangerCreds()],
      ["the engine's JWT with another user's seed", mismatched],
    ] as const) {
      const started = Date.now();
      const error = await open(withCreds(creds)).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, what).toBeInstanceOf(ClusterAuthRefused);
      expect(Date.now() - started, what).toBeLessThan(15_000);
    }
  }, 120_000);

  it('a built engine configured by SSC_CLUSTER_NATS_CREDS_FILE leads and settles; a stranger exits SSC_CLUSTER_AUTH', async () => {
    const { dir, samples } = await snapshotFor('J', 13);
    const credsFile = join(root, 'engine.creds');
    writeFileSync(credsFile, engineCreds, { mode: 0o600 });
    const strangerFile = join(root, 'stranger.creds');
    writeFileSync(strangerFile, setup.strangerCreds(), { mode: 0o600 });
    const env = engineEnv(dir, 'J', '330281');
    await expect(startChild({ ...env, SSC_CLUSTER_NATS_CREDS_FILE: strangerFile })).rejects.toThrow(/SSC_CLUSTER_AUTH/);
    const engine = await startChild({ ...env, SSC_CLUSTER_NATS_CREDS_FILE: credsFile });
    try {
      const settled = await settleWhenLeading(engine.url, samples);
      expect(settled.reply?.outcome?.reason, JSON.stringify(settled.error)).toBe('00');
      expect(Number(settled.reply?.timings?.appliedSeq)).toBeGreaterThan(0);
    } finally {
      await stopChild(engine.child, 'SIGKILL');
    }
  }, 120_000);

  it('a renewed JWT written over the .creds file is used at the next reconnect: the engine settles on after the first expired', async () => {
    const { dir, samples } = await snapshotFor('K', 17);
    const credsFile = join(root, 'expiring.creds');
    const expiresAtS = Math.floor(Date.now() / 1000) + 15;
    writeFileSync(credsFile, setup.userCreds('ssc-engine-k', expiresAtS), { mode: 0o600 });
    const engine = await startChild({ ...engineEnv(dir, 'K', '330282'), SSC_CLUSTER_NATS_CREDS_FILE: credsFile });
    try {
      const before = await settleWhenLeading(engine.url, samples);
      expect(before.reply?.outcome?.reason, JSON.stringify(before.error)).toBe('00');
      expect(Date.now() / 1000).toBeLessThan(expiresAtS);
      // The operator renews the JWT before it expires, replacing the file whole (write, rename).
      writeFileSync(`${credsFile}.new`, setup.userCreds('ssc-engine-k'), { mode: 0o600 });
      renameSync(`${credsFile}.new`, credsFile);
      // At the expiry the servers close the connection; the client reconnects with the file as it is now.
      const nats = await waitFor(
        'a reconnect after the first JWT expired',
        async () => {
          const n = (await replicationOf(engine.url))?.nats;
          return n !== undefined && n.reconnects >= 1 ? n : undefined;
        },
        (expiresAtS + 20) * 1000 - Date.now(),
      );
      expect(Date.now() / 1000).toBeGreaterThanOrEqual(expiresAtS);
      expect(nats).toMatchObject({ credentialsChanged: 1, credentialsUnreadable: 0 });
      const after = await settleWhenLeading(engine.url, samples);
      expect(after.reply?.outcome?.reason, JSON.stringify(after.error)).toBe('00');
      expect(Number(after.reply?.timings?.appliedSeq)).toBeGreaterThan(Number(before.reply?.timings?.appliedSeq));
    } finally {
      await stopChild(engine.child, 'SIGKILL');
    }
  }, 120_000);

  it('configuration: a .creds file or nothing else; .creds and a CA are what production needs', () => {
    const base = { SSC_CLUSTER_NATS: 'nats://127.0.0.1:4222' };
    const credsFile = join(root, 'config.creds');
    writeFileSync(credsFile, engineCreds, { mode: 0o600 });
    const notCreds = join(root, 'not.creds');
    writeFileSync(notCreds, 'user: ssc\npassword: secret\n');
    expect(() => loadConfig({ ...base, SSC_CLUSTER_NATS_CREDS_FILE: notCreds })).toThrow(
      /\.creds file as nsc writes it/,
    );
    expect(() => loadConfig({ ...base, SSC_CLUSTER_NATS_CREDS_FILE: join(root, 'absent.creds') })).toThrow(
      /SSC_CLUSTER_NATS_CREDS_FILE/,
    );
    const passwordFile = join(root, 'password');
    writeFileSync(passwordFile, 'secret');
    expect(() =>
      loadConfig({
        ...base,
        SSC_CLUSTER_NATS_CREDS_FILE: credsFile,
        SSC_CLUSTER_NATS_USER: 'ssc',
        SSC_CLUSTER_NATS_PASSWORD_FILE: passwordFile,
      }),
    ).toThrow(/one way to log in/);
    const production = loadConfig({
      ...base,
      SSC_CLUSTER_PROFILE: 'production',
      SSC_CLUSTER_MONITOR: 'http://127.0.0.1:8222',
      SSC_CLUSTER_NATS_TLS_CA_FILE: certFile,
      SSC_CLUSTER_NATS_CREDS_FILE: credsFile,
    });
    expect(production.cluster?.security).toMatchObject({ user: '', nkeySeed: '', creds: engineCreds });
  });
});
