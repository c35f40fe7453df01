// The replicated pool over NATS that demands TLS and credentials, as production must: three Debian
// nats-server processes on 127.0.0.1 whose clients log in (user and password, or a user nkey) and
// speak mutual TLS (test/fixtures-tls: a self-signed certificate, its own CA). Checked:
//   - the engine's connection with the right credentials, CA and client certificate appends, with
//     a password or with an nkey the servers list; an nkey they do not list is refused at once, a
//     seed whose checksum is wrong is refused before any connection (SSC_CONFIG);
//   - a wrong password, no CA (the certificate does not verify) or plain NATS is refused at once
//     with SSC_CLUSTER_AUTH, not retried for the start-up wait; no client certificate (the server's
//     TLS 1.3 refusal reaches the client as silence) ends the wait with SSC_CLUSTER_UNREACHABLE;
//   - a built engine configured by SSC_CLUSTER_NATS_* leads and settles through the stream; started
//     with a wrong password it exits with SSC_CLUSTER_AUTH; one logging in with
//     SSC_CLUSTER_NATS_NKEY_SEED_FILE leads, and with an unlisted nkey exits with SSC_CLUSTER_AUTH;
//   - the configuration: pairs set both or neither, files that exist, and the production profile
//     refuses NATS without TLS and credentials (SSC_CONFIG).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { nkeys } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, type NatsSecurity } from '../../engine/config.js';
import type { DemoSamples } from '../../engine/demo/demo.js';
import { NatsCluster } from '../../engine/replication/nats-cluster.js';
import { makeSnapshot } from '../../engine/replication/snapshot.js';
import { ClusterAuthRefused, ClusterUnreachable, StreamLog } from '../../engine/replication/stream-log.js';
import { type EngineChild, startChild, stopChild } from '../support/engine-child.js';
import { registerSampleKeys } from '../support/helpers.js';
import { poolEngineEnv, replicationOf, settleWhenLeading, waitFor } from '../support/replicated-pool.js';

const certFile = resolve('test/fixtures-tls/cert.pem');
const keyFile = resolve('test/fixtures-tls/key.pem');
const user = 'ssc-engine';
const password = 'nats-password-for-tests';
const adminSecret = 'security-admin-secret';
let cluster: NatsCluster;
let root: string;
let passwordFile: string;
let samples: DemoSamples;
let engine: EngineChild | undefined;

const good: NatsSecurity = {
  user,
  password,
  nkeySeed: '',
  creds: '',
  tlsCaFile: certFile,
  tlsCertFile: certFile,
  tlsKeyFile: keyFile,
};
/** A user nkey the servers list, and one they do not. */
const listed = nkeys.createUser();
const unlisted = nkeys.createUser();
const seedOf = (pair: typeof listed): string => new TextDecoder().decode(pair.getSeed());
const withNkey = (seed: string): NatsSecurity => ({ ...good, user: '', password: '', nkeySeed: seed });

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'ssc-repl-sec-'));
  passwordFile = join(root, 'nats-password');
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  cluster = await NatsCluster.onFreePorts({
    security: {
      user,
      password,
      nkeys: [listed.getPublicKey()],
      certFile,
      keyFile,
      caFile: certFile,
      verifyClients: true,
    },
  });
  await cluster.start();
}, 60_000);

afterAll(async () => {
  if (engine !== undefined) await stopChild(engine.child, 'SIGKILL');
  await cluster.stop();
  rmSync(root, { recursive: true, force: true });
}, 60_000);

const open = (security: NatsSecurity | undefined, pool = '330290', waitMs = 30_000) =>
  StreamLog.openWhenReady(
    {
      servers: cluster.servers,
      pool,
      replicas: 3,
      appendTimeoutMs: 2_000,
      ...(security === undefined ? {} : { security }),
    },
    waitMs,
  );

describe('NATS with TLS and credentials', () => {
  it('the right credentials, CA and client certificate: the engine appends', async () => {
    const log = await open(good);
    expect(await log.append(new Uint8Array([1]), 'sec:1', 0)).toBe(1);
    await log.close();
  }, 60_000);

  it('a user nkey the servers list: the engine appends; one they do not: refused at once; a broken seed: SSC_CONFIG', async () => {
    const log = await open(withNkey(seedOf(listed)), '330293');
    expect(await log.append(new Uint8Array([1]), 'sec-nkey:1', 0)).toBe(1);
    await log.close();
    const started = Date.now();
    const refused = await open(withNkey(seedOf(unlisted)), '330293').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(ClusterAuthRefused);
    expect(Date.now() - started).toBeLessThan(15_000);
    // The right shape, a wrong checksum (a character inside the key changed: the last one also
    // holds padding bits, so changing it may change nothing): refused before connecting.
    const seed = seedOf(listed);
    const broken = `${seed.slice(0, 20)}${seed[20] === 'A' ? 'B' : 'A'}${seed.slice(21)}`;
    const error = await open(withNkey(broken), '330293').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toMatch(/SSC_CLUSTER_NATS_NKEY_SEED_FILE/);
  }, 60_000);

  it('a wrong password, an unverified certificate, plain NATS: refused at once', async () => {
    const refusals: [string, NatsSecurity | undefined][] = [
      ['wrong password', { ...good, password: 'not-the-password' }],
      [
        'no CA: the self-signed certificate does not verify',
        { ...good, tlsCaFile: '', tlsCertFile: '', tlsKeyFile: '' },
      ],
      ['plain, anonymous', undefined],
    ];
    for (const [what, security] of refusals) {
      const started = Date.now();
      const error = await open(security).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, what).toBeInstanceOf(ClusterAuthRefused);
      expect((error as ClusterAuthRefused).code).toBe('SSC_CLUSTER_AUTH');
      // Not retried for the 30 s a forming cluster is given.
      expect(Date.now() - started, what).toBeLessThan(15_000);
    }
  }, 120_000);

  it('no client certificate where the servers verify clients: refused at the end of the start-up wait', async () => {
    // TLS 1.3: the server's refusal comes after the client's handshake, as no answer (stream-log.ts).
    const started = Date.now();
    const error = await open({ ...good, tlsCertFile: '', tlsKeyFile: '' }, '330290', 3_000).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ClusterUnreachable);
    expect((error as ClusterUnreachable).message).toMatch(/SSC_CLUSTER_NATS_TLS_CERT_FILE/);
    // One try of three servers at 5 s each, not the client's 20 s each.
    expect(Date.now() - started).toBeLessThan(25_000);
  }, 120_000);

  it('a built engine configured by SSC_CLUSTER_NATS_*: leads and settles; a wrong password stops it', async () => {
    const dir = join(root, 'A');
    const masterKey = loadConfig({}).masterKey;
    samples = await makeSnapshot(dir, { cards: 500, seed: 11, masterKey, adminSecret });
    registerSampleKeys(samples, masterKey);
    const env = {
      ...poolEngineEnv({
        dir,
        name: 'A',
        servers: cluster.servers,
        adminSecret,
        leaseMs: 1_500,
        appendTimeoutMs: 2_000,
        logLevel: 'warn',
        pool: '330291',
      }),
      SSC_CLUSTER_REPLICAS: '3',
      SSC_CLUSTER_NATS_USER: user,
      SSC_CLUSTER_NATS_PASSWORD_FILE: passwordFile,
      SSC_CLUSTER_NATS_TLS_CA_FILE: certFile,
      SSC_CLUSTER_NATS_TLS_CERT_FILE: certFile,
      SSC_CLUSTER_NATS_TLS_KEY_FILE: keyFile,
    };
    const wrongFile = join(root, 'wrong-password');
    writeFileSync(wrongFile, 'not-the-password', { mode: 0o600 });
    await expect(startChild({ ...env, SSC_CLUSTER_NATS_PASSWORD_FILE: wrongFile })).rejects.toThrow(/SSC_CLUSTER_AUTH/);
    engine = await startChild(env);
    const settled = await settleWhenLeading(engine.url, samples);
    expect(settled.reply?.outcome?.reason, JSON.stringify(settled.error)).toBe('00');
    expect(Number(settled.reply?.timings?.appliedSeq)).toBeGreaterThan(0);
  }, 120_000);

  it('a built engine logging in with SSC_CLUSTER_NATS_NKEY_SEED_FILE leads; with an unlisted nkey it exits with SSC_CLUSTER_AUTH', async () => {
    const dir = join(root, 'B');
    const masterKey = loadConfig({}).masterKey;
    await makeSnapshot(dir, { cards: 200, seed: 12, masterKey, adminSecret });
    const seedFile = join(root, 'listed.nk');
    writeFileSync(seedFile, `${seedOf(listed)}\n`, { mode: 0o600 });
    const unlistedFile = join(root, 'unlisted.nk');
    writeFileSync(unlistedFile, seedOf(unlisted), { mode: 0o600 });
    const env = {
      ...poolEngineEnv({
        dir,
        name: 'B',
        servers: cluster.servers,
        adminSecret,
        leaseMs: 1_500,
        appendTimeoutMs: 2_000,
        logLevel: 'warn',
        pool: '330292',
      }),
      SSC_CLUSTER_REPLICAS: '3',
      SSC_CLUSTER_NATS_TLS_CA_FILE: certFile,
      SSC_CLUSTER_NATS_TLS_CERT_FILE: certFile,
      SSC_CLUSTER_NATS_TLS_KEY_FILE: keyFile,
    };
    await expect(startChild({ ...env, SSC_CLUSTER_NATS_NKEY_SEED_FILE: unlistedFile })).rejects.toThrow(
      /SSC_CLUSTER_AUTH/,
    );
    const b = await startChild({ ...env, SSC_CLUSTER_NATS_NKEY_SEED_FILE: seedFile });
    try {
      await waitFor(
        'B leads',
        async () => ((await replicationOf(b.url))?.role === 'leader' ? true : undefined),
        20_000,
      );
    } finally {
      await stopChild(b.child, 'SIGKILL');
    }
  }, 120_000);

  it('configuration: pairs both or neither, files that exist; production demands TLS and credentials', () => {
    const base = { SSC_CLUSTER_NATS: 'nats://127.0.0.1:4222' };
    expect(() => loadConfig({ ...base, SSC_CLUSTER_NATS_USER: user })).toThrow(/set both or neither/);
    expect(() => loadConfig({ ...base, SSC_CLUSTER_NATS_TLS_CERT_FILE: certFile })).toThrow(/set both or neither/);
    expect(() => loadConfig({ ...base, SSC_CLUSTER_NATS_TLS_CA_FILE: join(root, 'absent.pem') })).toThrow(
      /does not exist/,
    );
    const production = {
      ...base,
      SSC_CLUSTER_PROFILE: 'production',
      SSC_CLUSTER_MONITOR: 'http://127.0.0.1:8222',
    };
    expect(() => loadConfig(production)).toThrow(/production: NATS needs TLS/);
    expect(() => loadConfig({ ...production, SSC_CLUSTER_NATS_TLS_CA_FILE: certFile })).toThrow(
      /production: NATS needs TLS/,
    );
    const secured = loadConfig({
      ...production,
      SSC_CLUSTER_NATS_TLS_CA_FILE: certFile,
      SSC_CLUSTER_NATS_USER: user,
      SSC_CLUSTER_NATS_PASSWORD_FILE: passwordFile,
    });
    expect(secured.cluster?.security).toEqual({
      user,
      password,
      nkeySeed: '',
      creds: '',
      tlsCaFile: certFile,
      tlsCertFile: '',
      tlsKeyFile: '',
      // Read again at every connection (a rotated password is used from the next reconnect).
      passwordFile,
      nkeySeedFile: '',
      credsFile: '',
    });
    // An nkey instead of the user: credentials enough for production; not both, and only a seed.
    const seedFile = join(root, 'config-seed.nk');
    writeFileSync(seedFile, `${seedOf(listed)}\n`, { mode: 0o600 });
    const withSeed = loadConfig({
      ...production,
      SSC_CLUSTER_NATS_TLS_CA_FILE: certFile,
      SSC_CLUSTER_NATS_NKEY_SEED_FILE: seedFile,
    });
    expect(withSeed.cluster?.security).toMatchObject({ user: '', nkeySeed: seedOf(listed) });
    expect(() =>
      loadConfig({
        ...base,
        SSC_CLUSTER_NATS_NKEY_SEED_FILE: seedFile,
        SSC_CLUSTER_NATS_USER: user,
        SSC_CLUSTER_NATS_PASSWORD_FILE: passwordFile,
      }),
    ).toThrow(/one way to log in/);
    // A public key where the seed belongs, and a file that is not there.
    const publicFile = join(root, 'public.nk');
    writeFileSync(publicFile, listed.getPublicKey());
    expect(() => loadConfig({ ...base, SSC_CLUSTER_NATS_NKEY_SEED_FILE: publicFile })).toThrow(/user nkey seed/);
    expect(() => loadConfig({ ...base, SSC_CLUSTER_NATS_NKEY_SEED_FILE: join(root, 'absent.nk') })).toThrow(
      /SSC_CLUSTER_NATS_NKEY_SEED_FILE/,
    );
  });
});
