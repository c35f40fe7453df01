// Engine configuration: environment variables (SSC_*) over built-in defaults, validated at start-up
// with a clear message naming the variable. docs/CONFIGURATION.md lists every one.

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dayMs, parseChinaDate } from './core/china-time.js';
import { limitRelationProblems, limits } from './core/limits.js';
import { type DecisionSettings, defaultDecisionSettings } from './core/settings.js';
import { type LedgerCommit, ledgerCommitModes } from './ledger/ledger.js';
import { faultContexts, parseFault } from './runtime/faults.js';
import type { BackupSchedule } from './store/backups.js';
import { defaultMapSizeBytes } from './store/store.js';

export interface EngineConfig {
  host: string;
  port: number;
  dataDir: string;
  /** The benefit policy file (JSON, validated at start-up). */
  policyFile: string;
  mapSizeBytes: number;
  /** Cards generated into an empty data folder on first start (0: start empty). */
  demoCards: number;
  demoSeed: number;
  /**
   * Where read-only requests are decided: auto (chosen at start from the cores and the measured
   * worker hand-off: workers/execution.ts), pool (worker threads) or inline (the main thread).
   */
  workers: 'auto' | 'pool' | 'inline';
  /**
   * How V8 collects the young generation: serial (on the main thread alone), parallel (with
   * helper threads), or auto: serial when the engine decides inline, parallel with the worker pool
   * (engine/runtime/gc.ts).
   */
  scavenge: 'auto' | 'serial' | 'parallel';
  threads: number;
  /** Pool mode: decide a lone request on the main thread while every worker is idle. */
  idleInline: boolean;
  /** Tasks in flight per worker thread (running + ready). */
  tasksPerThread: number;
  batchItemsMax: number;
  /** Inline: a turn's waiting requests are decided once this many wait (limits.inlineBatchItemsMax). */
  inlineBatchItemsMax: number;
  batchWindowUs: number;
  pendingItemsMax: number;
  /** A request is refused (S01) while the oldest queued one has waited longer than this. */
  queueWaitMaxMs: number;
  poolQueueTasksMax: number;
  taskTimeoutMs: number;
  bodyBytesMax: number;
  /** Slow clients: the whole request must arrive within this. */
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  logLevel: string;
  /** 32-byte key sealing terminal secrets; never stored in the data folder. */
  masterKey: Buffer;
  masterKeyIsDemo: boolean;
  settings: DecisionSettings;
  /** A request whose request_time_ms is further than this from the server clock is refused (401). */
  clockWindowMs: number;
  /** TCP port for POS terminals (0: any free port). */
  tcpPort: number;
  tcpFrameBytesMax: number;
  tcpConnectionsMax: number;
  tcpInFlightPerConnectionMax: number;
  tcpIdleTimeoutMs: number;
  /** TLS for the TCP port: PEM files (both or neither). */
  tcpTlsCertFile: string;
  tcpTlsKeyFile: string;
  /** Scheduled backups of the store (SSC_BACKUP_DIR, _INTERVAL_S, _KEEP; engine/store/backups.ts). */
  backups: BackupSchedule;
  ledgerGroupItemsMax: number;
  /** How the ledger commits each group (SSC_LEDGER_COMMIT, engine/ledger/ledger.ts). */
  ledgerCommit: LedgerCommit;
  /** A replicated pool on NATS JetStream (docs/REPLICATION.md); undefined: the embedded single box. */
  cluster: ClusterConfig | undefined;
  ledgerPendingItemsMax: number;
  /** Idempotency records are kept this long; older message ids are refused. */
  idempotencyRetentionMs: number;
  idempotencyRecordsMax: number;
  /** Fault-test hook: every worker batch first blocks this long (SSC_TEST_BATCH_DELAY_MS; never set in production). */
  testBatchDelayMs: number;
  /** Fault-test hook: a worker thread dies in every Nth batch it takes (SSC_TEST_WORKER_EXIT_EVERY; never in production). */
  testWorkerExitEvery: number;
  /** Fault-test hook: '<context>:<n>' raises an assertion failure at that context's nth event (SSC_TEST_FAULT; never in production). */
  testFault: string;
  /** Connections one source address may hold, TCP and HTTP each (SSC_CONNECTIONS_PER_SOURCE_MAX). */
  connectionsPerSourceMax: number;
  /** A new TCP connection must have a request authenticated within this (SSC_TCP_AUTH_DEADLINE_MS). */
  tcpAuthDeadlineMs: number;
  /** A TCP frame begun must be complete within this (SSC_TCP_FRAME_DEADLINE_MS). */
  tcpFrameDeadlineMs: number;
  /** Unfinished TCP frame bytes held across all connections (SSC_TCP_PENDING_FRAME_BYTES_MAX). */
  tcpPendingFrameBytesMax: number;
  /** Admin reply bytes not yet taken by their clients (SSC_ADMIN_REPLY_BYTES_PENDING_MAX). */
  adminReplyBytesPendingMax: number;
  /**
   * What the engine runs as (SSC_PROFILE): production refuses every test hook and clock change;
   * staging and test allow the injectable clock; demo (the default) is npm start on demo data.
   */
  profile: 'production' | 'staging' | 'test' | 'demo';
  /** The engine clock's offset from the wall clock at start (SSC_CLOCK_OFFSET_MS; not in production). */
  clockOffsetMs: number;
  /** Secret of the first staff account `admin` on a fresh store ('' : generated into <data>/admin-secret). */
  adminSecret: string;
  /** Staff bearer tokens expire after this long. */
  staffTokenTtlMs: number;
  /** How often the six-month return sweep runs (0: never on its own; POST /admin/sweeps/returns). */
  returnSweepIntervalMs: number;
}

function adminSecret(env: Record<string, string | undefined>): string {
  const secret = env['SSC_ADMIN_SECRET'] ?? '';
  if (secret !== '' && (secret.length < 12 || secret.length > 200))
    throw new ConfigError('SSC_ADMIN_SECRET: 12 to 200 characters');
  return secret;
}

export interface ClusterConfig {
  /** NATS client URLs of the cluster (SSC_CLUSTER_NATS, comma-separated). */
  servers: string[];
  /** The insured pool this engine serves (one stream and one lease per pool). */
  pool: string;
  /** This engine's name in the pool. */
  node: string;
  replicas: number;
  leaseTtlMs: number;
  appendTimeoutMs: number;
  /** Take part in lease elections (0: a read replica that never leads). */
  elect: boolean;
  /** A follower refuses reads (503 SSC_REPLICA_BEHIND) while more records than this behind the log. */
  readLagMax: number;
  /** Group records appended and not yet applied at most (1: each waits for the previous one). */
  appendsInFlightMax: number;
  /**
   * Records the pool's stream keeps (SSC_CLUSTER_STREAM_MAX_RECORDS; the oldest go first); 0: all.
   * A replica further behind than the stream's first record stops as diverged: rebuild it from a
   * recent backup (docs/REPLICATION.md).
   */
  streamMaxRecords: number;
  /**
   * test: any server (Debian's 2.9.10 on loopback). production: refuses to start unless every
   * server's monitoring endpoint reports a version at or above the floor and sync_always.
   */
  profile: 'test' | 'production';
  /** Monitoring URLs (http://host:port) checked by the production profile. */
  monitorUrls: string[];
  /** How this engine proves itself to the NATS servers and checks them (TLS, credentials). */
  security: NatsSecurity;
}

/** The engine's NATS credentials and TLS ('' where not set). */
export interface NatsSecurity {
  /** User and password the servers' `authorization` block names (both or neither). */
  user: string;
  password: string;
  /**
   * Or a user nkey's seed (SU…, from SSC_CLUSTER_NATS_NKEY_SEED_FILE): the servers list its public
   * key (U…) and the engine proves it holds the seed by signing their challenge; no secret crosses
   * the wire. '' : none.
   */
  nkeySeed: string;
  /**
   * Or a .creds file's text (SSC_CLUSTER_NATS_CREDS_FILE): a user JWT an account of the servers'
   * operator signed, and that user's nkey seed (NATS operator mode). '' : none.
   */
  creds: string;
  /** PEM file of the CA the servers' certificates are checked against; set: TLS to every server. */
  tlsCaFile: string;
  /** This engine's client certificate and key, PEM (mutual TLS; both or neither). */
  tlsCertFile: string;
  tlsKeyFile: string;
  /**
   * The files the password, the seed and the .creds text came from: read again at every connection
   * (engine/replication/stream-log.ts), so a rotated secret or a renewed JWT is used from the next
   * reconnect without a restart. Absent: the text above, as given.
   */
  passwordFile?: string;
  nkeySeedFile?: string;
  credsFile?: string;
}

function natsSecurity(env: Env, production: boolean): NatsSecurity {
  const user = env['SSC_CLUSTER_NATS_USER'] ?? '';
  const passwordFile = env['SSC_CLUSTER_NATS_PASSWORD_FILE'] ?? '';
  if ((user === '') !== (passwordFile === ''))
    throw new ConfigError('SSC_CLUSTER_NATS_USER and SSC_CLUSTER_NATS_PASSWORD_FILE: set both or neither');
  const password = passwordFile === '' ? '' : secretFileText('SSC_CLUSTER_NATS_PASSWORD_FILE', passwordFile).trim();
  if (passwordFile !== '' && password === '')
    throw new ConfigError('SSC_CLUSTER_NATS_PASSWORD_FILE: the file is empty');
  const nkeySeed = nkeySeedOf(env, user);
  const creds = credsOf(env, user, nkeySeed);
  const tlsCaFile = env['SSC_CLUSTER_NATS_TLS_CA_FILE'] ?? '';
  const tlsCertFile = env['SSC_CLUSTER_NATS_TLS_CERT_FILE'] ?? '';
  const tlsKeyFile = env['SSC_CLUSTER_NATS_TLS_KEY_FILE'] ?? '';
  if ((tlsCertFile === '') !== (tlsKeyFile === ''))
    throw new ConfigError('SSC_CLUSTER_NATS_TLS_CERT_FILE and SSC_CLUSTER_NATS_TLS_KEY_FILE: set both or neither');
  if (tlsCertFile !== '' && tlsCaFile === '')
    throw new ConfigError('SSC_CLUSTER_NATS_TLS_CERT_FILE: a client certificate needs SSC_CLUSTER_NATS_TLS_CA_FILE');
  for (const [name, file] of [
    ['SSC_CLUSTER_NATS_TLS_CA_FILE', tlsCaFile],
    ['SSC_CLUSTER_NATS_TLS_CERT_FILE', tlsCertFile],
    ['SSC_CLUSTER_NATS_TLS_KEY_FILE', tlsKeyFile],
  ] as const)
    if (file !== '' && !existsSync(file)) throw new ConfigError(`${name}: ${file} does not exist`);
  // The engines trust what they read from NATS (records they apply, requests forwarded to them): in
  // production, nobody else may read or write it.
  if (production && (tlsCaFile === '' || (user === '' && nkeySeed === '' && creds === '' && tlsCertFile === '')))
    throw new ConfigError(
      'SSC_CLUSTER_PROFILE=production: NATS needs TLS (SSC_CLUSTER_NATS_TLS_CA_FILE) and credentials (SSC_CLUSTER_NATS_USER with SSC_CLUSTER_NATS_PASSWORD_FILE, SSC_CLUSTER_NATS_NKEY_SEED_FILE, SSC_CLUSTER_NATS_CREDS_FILE, or a client certificate)',
    );
  return {
    user,
    password,
    nkeySeed,
    creds,
    tlsCaFile,
    tlsCertFile,
    tlsKeyFile,
    passwordFile,
    nkeySeedFile: env['SSC_CLUSTER_NATS_NKEY_SEED_FILE'] ?? '',
    credsFile: env['SSC_CLUSTER_NATS_CREDS_FILE'] ?? '',
  };
}

/** A .creds file's text holds a user JWT and a user nkey seed, as `nsc` writes it. */
export function isCredsText(text: string): boolean {
  return (
    /-----BEGIN NATS USER JWT-----\s*\S+/.test(text) && /-----BEGIN USER NKEY SEED-----\s*SU[A-Z2-7]{56}\s/.test(text)
  );
}

/** A user nkey seed: 'S', 'U', then 56 base32 characters (as `nk -gen user` or `nsc` writes it). */
export function isUserSeedText(seed: string): boolean {
  return /^SU[A-Z2-7]{56}$/.test(seed);
}

/** A credentials file's text, or SSC_CONFIG naming the setting that points at it. */
function secretFileText(setting: string, file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`${setting}: ${(error as Error).message}`);
  }
}

/** The .creds file in SSC_CLUSTER_NATS_CREDS_FILE ('' : not set): a user JWT and its seed, as `nsc` writes it. */
function credsOf(env: Env, user: string, nkeySeed: string): string {
  const file = env['SSC_CLUSTER_NATS_CREDS_FILE'] ?? '';
  if (file === '') return '';
  if (user !== '' || nkeySeed !== '')
    throw new ConfigError(
      'SSC_CLUSTER_NATS_CREDS_FILE with SSC_CLUSTER_NATS_USER or SSC_CLUSTER_NATS_NKEY_SEED_FILE: one way to log in, not both',
    );
  const text = secretFileText('SSC_CLUSTER_NATS_CREDS_FILE', file);
  if (!isCredsText(text))
    throw new ConfigError(
      'SSC_CLUSTER_NATS_CREDS_FILE: the file does not hold a user JWT and a user nkey seed (a .creds file as nsc writes it)',
    );
  return text;
}

/** The user nkey seed in SSC_CLUSTER_NATS_NKEY_SEED_FILE ('' : not set); its checksum is checked at connect. */
function nkeySeedOf(env: Env, user: string): string {
  const file = env['SSC_CLUSTER_NATS_NKEY_SEED_FILE'] ?? '';
  if (file === '') return '';
  if (user !== '')
    throw new ConfigError('SSC_CLUSTER_NATS_NKEY_SEED_FILE and SSC_CLUSTER_NATS_USER: one way to log in, not both');
  const seed = secretFileText('SSC_CLUSTER_NATS_NKEY_SEED_FILE', file).trim();
  if (!isUserSeedText(seed))
    throw new ConfigError(
      'SSC_CLUSTER_NATS_NKEY_SEED_FILE: the file does not hold a user nkey seed (SU…, 58 characters)',
    );
  return seed;
}

function clusterConfig(env: Env, host: string, port: number): ClusterConfig | undefined {
  const servers = (env['SSC_CLUSTER_NATS'] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (servers.length === 0) return undefined;
  for (const s of servers)
    if (!/^(nats|tls):\/\/[A-Za-z0-9.-]+:\d{1,5}$/.test(s))
      throw new ConfigError(`SSC_CLUSTER_NATS: ${s}: expected nats://host:port`);
  // Ningbo's city pool as the regions table names it (engine/store/regions-table.ts).
  const pool = env['SSC_CLUSTER_POOL'] ?? '330299';
  if (!/^\d{6}$/.test(pool)) throw new ConfigError('SSC_CLUSTER_POOL: expected a six-digit pool code');
  const node = env['SSC_CLUSTER_NODE'] ?? `${host}:${port}`;
  if (!/^[A-Za-z0-9_.:-]{1,64}$/.test(node))
    throw new ConfigError('SSC_CLUSTER_NODE: expected 1-64 of A-Z a-z 0-9 _ . : -');
  const profile = env['SSC_CLUSTER_PROFILE'] ?? 'test';
  if (profile !== 'test' && profile !== 'production')
    throw new ConfigError('SSC_CLUSTER_PROFILE: expected test or production');
  const monitorUrls = (env['SSC_CLUSTER_MONITOR'] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (profile === 'production' && monitorUrls.length !== servers.length)
    throw new ConfigError('SSC_CLUSTER_MONITOR: the production profile checks every server: one monitoring URL each');
  return {
    servers,
    pool,
    node,
    // Not derived from the URLs given: an engine that knows one server of three still needs R3.
    replicas: int(env, 'SSC_CLUSTER_REPLICAS', 3, 1, 5),
    leaseTtlMs: int(env, 'SSC_CLUSTER_LEASE_MS', 3_000, 500, 60_000),
    appendTimeoutMs: int(env, 'SSC_CLUSTER_APPEND_TIMEOUT_MS', 2_000, 50, 60_000),
    elect: int(env, 'SSC_CLUSTER_ELECT', 1, 0, 1) === 1,
    readLagMax: int(env, 'SSC_CLUSTER_READ_LAG_MAX', 1_000, 0, 100_000_000),
    appendsInFlightMax: int(env, 'SSC_CLUSTER_APPENDS_IN_FLIGHT', 1, 1, 64),
    streamMaxRecords: int(env, 'SSC_CLUSTER_STREAM_MAX_RECORDS', 0, 0, 1_000_000_000_000),
    profile,
    monitorUrls,
    security: natsSecurity(env, profile === 'production'),
  };
}

export class ConfigError extends Error {
  readonly code = 'SSC_CONFIG';
}

function backupSchedule(env: Env, dataDir: string): BackupSchedule {
  const dir = env['SSC_BACKUP_DIR'] ?? '';
  const resolved = dir === '' ? '' : resolve(dir);
  // A backup inside the data folder would be copied into the next one, and removed with the folder.
  if (resolved !== '' && (resolved === dataDir || resolved.startsWith(`${dataDir}/`)))
    throw new ConfigError('SSC_BACKUP_DIR: a folder outside SSC_DATA_DIR');
  return {
    dir: resolved,
    intervalMs: int(env, 'SSC_BACKUP_INTERVAL_S', 3_600, 1, 7 * 86_400) * 1000,
    keep: int(env, 'SSC_BACKUP_KEEP', 3, 1, 1_000),
  };
}

/** Demo only: a fixed key so a fresh clone starts with no setup. Production sets SSC_MASTER_KEY. */
const demoMasterKeyHex = '5c'.repeat(32);

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name}=${text}: expected an integer in [${min}, ${max}]`);
  }
  return value;
}

/** One of the named values, or the fallback when unset. */
function oneOf<T extends string>(env: Env, name: string, values: readonly T[], fallback: T): T {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  if (!(values as readonly string[]).includes(text))
    throw new ConfigError(`${name}=${text}: expected ${values.join(', ')}`);
  return text as T;
}

function dateMs(env: Env, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const startMs = parseChinaDate(text);
  if (startMs === undefined) throw new ConfigError(`${name}=${text}: expected YYYY-MM-DD (China time)`);
  // The deadline is the end of that day in China time.
  return startMs + dayMs;
}

const profiles = ['production', 'staging', 'test', 'demo'] as const;

function profileAndClock(env: Env): Pick<EngineConfig, 'profile' | 'clockOffsetMs'> {
  const profile = env['SSC_PROFILE'] ?? 'demo';
  if (!(profiles as readonly string[]).includes(profile))
    throw new ConfigError(`SSC_PROFILE: expected one of ${profiles.join(', ')}`);
  const clockOffsetMs = int(env, 'SSC_CLOCK_OFFSET_MS', 0, -(10 * 365 * 86_400_000), 10 * 365 * 86_400_000);
  if (profile === 'production') {
    if (clockOffsetMs !== 0) throw new ConfigError('SSC_CLOCK_OFFSET_MS: not allowed in the production profile');
    for (const hook of ['SSC_TEST_FAULT', 'SSC_TEST_BATCH_DELAY_MS', 'SSC_TEST_WORKER_EXIT_EVERY'])
      if ((env[hook] ?? '') !== '' && env[hook] !== '0')
        throw new ConfigError(`${hook}: a test hook, not allowed in the production profile`);
  }
  return { profile: profile as EngineConfig['profile'], clockOffsetMs };
}

function testFault(env: Env): string {
  const spec = env['SSC_TEST_FAULT'] ?? '';
  if (parseFault(spec) === undefined)
    throw new ConfigError(`SSC_TEST_FAULT: expected <context>:<n>, context one of ${faultContexts.join(', ')}`);
  return spec;
}

function tlsFiles(env: Env): { tcpTlsCertFile: string; tcpTlsKeyFile: string } {
  const cert = env['SSC_TCP_TLS_CERT_FILE'] ?? '';
  const key = env['SSC_TCP_TLS_KEY_FILE'] ?? '';
  if ((cert === '') !== (key === '')) {
    throw new ConfigError('SSC_TCP_TLS_CERT_FILE and SSC_TCP_TLS_KEY_FILE: set both or neither');
  }
  return { tcpTlsCertFile: cert === '' ? '' : resolve(cert), tcpTlsKeyFile: key === '' ? '' : resolve(key) };
}

export function loadConfig(env: Env = process.env): EngineConfig {
  const broken = limitRelationProblems();
  if (broken.length > 0) throw new ConfigError(`limits.ts: relations broken: ${broken.join('; ')}`);
  const workers = oneOf(env, 'SSC_WORKERS', ['auto', 'pool', 'inline'], 'auto');
  const masterKeyHex = env['SSC_MASTER_KEY'] ?? demoMasterKeyHex;
  if (!/^[0-9a-fA-F]{64}$/.test(masterKeyHex)) throw new ConfigError('SSC_MASTER_KEY: expected 64 hex characters');
  const dayMs = 86_400_000;
  const dataDir = resolve(env['SSC_DATA_DIR'] ?? 'data');
  return {
    host: env['SSC_HOST'] ?? '127.0.0.1',
    port: int(env, 'SSC_PORT', 8080, 0, 65_535),
    dataDir,
    backups: backupSchedule(env, dataDir),
    policyFile: resolve(env['SSC_POLICY_FILE'] ?? 'engine/core/policies/ningbo-2011-illustrative.json'),
    mapSizeBytes: int(env, 'SSC_MAP_SIZE_MB', defaultMapSizeBytes / 1024 ** 2, 64, 1024 * 1024) * 1024 ** 2,
    demoCards: int(env, 'SSC_DEMO_CARDS', 100_000, 0, limits.demoCardsMax),
    demoSeed: int(env, 'SSC_DEMO_SEED', 20111201, 0, 2 ** 32 - 1),
    workers,
    scavenge: oneOf(env, 'SSC_SCAVENGE', ['auto', 'serial', 'parallel'], 'auto'),
    threads: int(env, 'SSC_THREADS', 2, 1, 64),
    tasksPerThread: int(env, 'SSC_TASKS_PER_THREAD', 2, 1, 16),
    idleInline: int(env, 'SSC_IDLE_INLINE', 1, 0, 1) === 1,
    batchItemsMax: int(env, 'SSC_BATCH_ITEMS_MAX', limits.batchItemsMax, 1, limits.batchItemsCeiling),
    inlineBatchItemsMax: int(
      env,
      'SSC_INLINE_BATCH_ITEMS_MAX',
      limits.inlineBatchItemsMax,
      1,
      limits.batchItemsCeiling,
    ),
    batchWindowUs: int(env, 'SSC_BATCH_WINDOW_US', limits.batchWindowUs, 0, 100_000),
    pendingItemsMax: int(env, 'SSC_PENDING_ITEMS_MAX', limits.pendingItemsMax, 1, 1_000_000),
    queueWaitMaxMs: int(env, 'SSC_QUEUE_WAIT_MAX_MS', limits.queueWaitMaxMs, 1, 60_000),
    poolQueueTasksMax: int(env, 'SSC_POOL_QUEUE_TASKS_MAX', limits.poolQueueTasksMax, 1, 100_000),
    taskTimeoutMs: int(env, 'SSC_TASK_TIMEOUT_MS', limits.taskTimeoutMs, 10, 600_000),
    bodyBytesMax: int(env, 'SSC_BODY_BYTES_MAX', limits.bodyBytesMax, 1_024, 64 * 1024 * 1024),
    requestTimeoutMs: int(env, 'SSC_REQUEST_TIMEOUT_MS', 10_000, 100, 600_000),
    keepAliveTimeoutMs: int(env, 'SSC_KEEP_ALIVE_TIMEOUT_MS', 72_000, 100, 600_000),
    logLevel: env['SSC_LOG_LEVEL'] ?? 'info',
    masterKey: Buffer.from(masterKeyHex, 'hex'),
    masterKeyIsDemo: env['SSC_MASTER_KEY'] === undefined,
    testBatchDelayMs: int(env, 'SSC_TEST_BATCH_DELAY_MS', 0, 0, 60_000),
    testWorkerExitEvery: int(env, 'SSC_TEST_WORKER_EXIT_EVERY', 0, 0, 1_000_000),
    testFault: testFault(env),
    connectionsPerSourceMax: int(env, 'SSC_CONNECTIONS_PER_SOURCE_MAX', limits.connectionsPerSourceMax, 1, 1_000_000),
    tcpAuthDeadlineMs: int(env, 'SSC_TCP_AUTH_DEADLINE_MS', limits.tcpAuthDeadlineMs, 100, 3_600_000),
    tcpFrameDeadlineMs: int(env, 'SSC_TCP_FRAME_DEADLINE_MS', limits.tcpFrameDeadlineMs, 100, 600_000),
    adminReplyBytesPendingMax: int(
      env,
      'SSC_ADMIN_REPLY_BYTES_PENDING_MAX',
      limits.adminReplyBytesPendingMax,
      64 * 1024,
      16 * 1024 ** 3,
    ),
    tcpPendingFrameBytesMax: int(
      env,
      'SSC_TCP_PENDING_FRAME_BYTES_MAX',
      limits.tcpPendingFrameBytesMax,
      1024 * 1024,
      16 * 1024 ** 3,
    ),
    ...profileAndClock(env),
    clockWindowMs: int(env, 'SSC_CLOCK_WINDOW_S', 300, 1, 86_400) * 1000,
    adminSecret: adminSecret(env),
    staffTokenTtlMs: int(env, 'SSC_STAFF_TOKEN_TTL_MIN', 480, 1, 7 * 24 * 60) * 60_000,
    returnSweepIntervalMs: int(env, 'SSC_RETURN_SWEEP_INTERVAL_MIN', 60, 0, 7 * 24 * 60) * 60_000,
    tcpPort: int(env, 'SSC_TCP_PORT', 8081, 0, 65_535),
    tcpFrameBytesMax: int(env, 'SSC_TCP_FRAME_BYTES_MAX', limits.tcpFrameBytesMax, 1_024, 64 * 1024 * 1024),
    tcpConnectionsMax: int(env, 'SSC_TCP_CONNECTIONS_MAX', limits.tcpConnectionsMax, 1, 1_000_000),
    tcpInFlightPerConnectionMax: int(env, 'SSC_TCP_IN_FLIGHT_MAX', limits.tcpInFlightPerConnectionMax, 1, 10_000),
    tcpIdleTimeoutMs: int(env, 'SSC_TCP_IDLE_TIMEOUT_MS', 120_000, 100, 3_600_000),
    ...tlsFiles(env),
    ledgerGroupItemsMax: int(env, 'SSC_LEDGER_GROUP_ITEMS_MAX', limits.ledgerGroupItemsMax, 1, 65_536),
    ledgerCommit: oneOf(env, 'SSC_LEDGER_COMMIT', ledgerCommitModes, 'pipelined'),
    cluster: clusterConfig(env, env['SSC_HOST'] ?? '127.0.0.1', int(env, 'SSC_PORT', 8080, 0, 65_535)),
    ledgerPendingItemsMax: int(env, 'SSC_LEDGER_PENDING_ITEMS_MAX', limits.ledgerPendingItemsMax, 1, 1_000_000),
    idempotencyRetentionMs: int(env, 'SSC_IDEMPOTENCY_RETENTION_HOURS', 72, 1, 24 * 366) * 3_600_000,
    idempotencyRecordsMax: int(env, 'SSC_IDEMPOTENCY_RECORDS_MAX', limits.idempotencyRecordsMax, 1, 1_000_000_000),
    settings: {
      tempLossTtlMs: int(env, 'SSC_TEMP_LOSS_TTL_DAYS', defaultDecisionSettings.tempLossTtlMs / dayMs, 1, 3650) * dayMs,
      legacyDeadlineMs: dateMs(env, 'SSC_LEGACY_DEADLINE', defaultDecisionSettings.legacyDeadlineMs),
      signInTtlMs:
        int(env, 'SSC_SIGN_IN_TTL_MIN', defaultDecisionSettings.signInTtlMs / 60_000, 1, 7 * 24 * 60) * 60_000,
    },
  };
}
