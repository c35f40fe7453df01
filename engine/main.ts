// The composition root: the one place that wires store, pool, sessions and server.
// `node dist/engine/main.js` (npm start) runs it; tests and benchmarks call startEngine().

import { readFileSync, realpathSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { createAuthorizer } from '../workers/authorize-batch.js';
import { type Execution, initialMode, settleExecution } from '../workers/execution.js';
import { Dispatcher } from '../workers/pool.js';
import { TerminalKeys } from './auth/terminal-keys.js';
import { type Bootstrap, ensureAdmin } from './cards/bootstrap.js';
import { CardCentre } from './cards/card-centre.js';
import { Role } from './cards/records.js';
import { progressBar } from './cli/progress.js';
import { type ClusterConfig, type EngineConfig, loadConfig } from './config.js';
import { limits } from './core/limits.js';
import { type DemoSamples, type DemoSummary, generateDemo } from './demo/demo.js';
import { Ledger } from './ledger/ledger.js';
import { createPipeline } from './operations/pipeline.js';
import { PoolForwarding } from './replication/forward.js';
import { ReplicatedNode } from './replication/node.js';
import { checkProductionServers } from './replication/profile.js';
import { divisionsServedBy, PoolRoutes } from './replication/routing.js';
import { StreamLog } from './replication/stream-log.js';
import { clockBuffer, nowMs as clockNowMs, setClockOffsetMs } from './runtime/clock.js';
import { endIfAssertion, endProcess } from './runtime/fatal.js';
import { configureFault, fault } from './runtime/faults.js';
import { configureScavenge, type Scavenge, scavengeFor } from './runtime/gc.js';
import { buildApp } from './server/app.js';
import { Metrics } from './server/metrics.js';
import { answerForwardedStaff } from './server/staff-forwarding.js';
import { TcpServer } from './server/tcp.js';
import { Sessions } from './sessions/sessions.js';
import { ScheduledBackups } from './store/backups.js';
import { type Compaction, compactStore } from './store/compact.js';
import { loadPolicyFile } from './store/policy-file.js';
import { LmdbReadView } from './store/read-view.js';
import { absorbCommitError, isStorageError, Store, StoreError } from './store/store.js';
import { configureEVoucherKey } from './wire/evoucher-qr.js';
import { configurePersonNumbers } from './wire/person-no.js';

export interface RunningEngine {
  app: FastifyInstance;
  store: Store;
  ledger: Ledger;
  dispatcher: Dispatcher;
  /** Where read-only requests are decided, and why (SSC_WORKERS). */
  execution: Execution;
  /** How the young generation is collected (SSC_SCAVENGE, resolved from the execution mode). */
  scavenge: Scavenge;
  tcp: TcpServer;
  url: string;
  port: number;
  /** The POS terminals' TCP port. */
  tcpPort: number;
  generated: DemoSummary | undefined;
  /** The store compacted after the demo data was generated (store/compact.ts). */
  compacted: Compaction | undefined;
  /** Scheduled backups, when SSC_BACKUP_DIR is set (store/backups.ts). */
  backups: ScheduledBackups | undefined;
  /** The data folder was read-only at start: reads are served, every write answers 503 S01. */
  readOnly: boolean;
  /** The card centre (admin API, CLI, scheduled return sweep). */
  centre: CardCentre;
  bootstrap: Bootstrap;
  /** A replicated pool's node (SSC_CLUSTER_NATS); undefined on the embedded single box. */
  replica: ReplicatedNode | undefined;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Show a progress bar while generating demo data. */
  progress: boolean;
}

/**
 * The store, read-write; or, when the data folder is on a read-only (or not writable) file system,
 * read-only: the engine then serves reads (eligibility, pre-settle, listings) and refuses every
 * write with 503 S01 instead of refusing to start.
 */
function openStore(config: EngineConfig): { store: Store; readOnly: boolean } {
  try {
    return {
      store: Store.open({
        path: config.dataDir,
        readOnly: false,
        mapSizeBytes: config.mapSizeBytes,
        // A replica's commits need no fsync: the pool's stream holds every record (store/unsynced.ts).
        syncCommits: config.cluster === undefined,
      }),
      readOnly: false,
    };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code !== 30 && code !== 13 && code !== 'EROFS' && code !== 'EACCES') throw error;
    return {
      store: Store.open({ path: config.dataDir, readOnly: true, mapSizeBytes: config.mapSizeBytes }),
      readOnly: true,
    };
  }
}

/** Scheduled backups (engine/store/backups.ts), when SSC_BACKUP_DIR is set; each logged by name or failure code. */
function scheduledBackups(
  config: EngineConfig,
  store: Store,
  log: () => import('pino').Logger,
): ScheduledBackups | undefined {
  if (config.backups.dir === '') return undefined;
  const streamMaxRecords = config.cluster?.streamMaxRecords ?? 0;
  return new ScheduledBackups(
    store,
    config.backups,
    (taken, error) => {
      if (taken === undefined) {
        log().error({ code: (error as { code?: string }).code ?? 'error' }, 'backup failed');
        return;
      }
      const { name, bytes, elapsedMs, appliedSeq, recordsSincePrevious } = taken;
      log().info({ backup: name, bytes, ms: elapsedMs, appliedSeq, recordsSincePrevious }, 'backup taken');
      if (taken.coverageGap === true)
        log().error(
          { code: 'SSC_BACKUP_BEHIND_STREAM', recordsSincePrevious, streamMaxRecords },
          'the stream dropped records the previous backup needed before this one was made: for a while no backup could start a replica; back up more often (SSC_BACKUP_INTERVAL_S) or keep more records (SSC_CLUSTER_STREAM_MAX_RECORDS)',
        );
      else if (streamMaxRecords > 0 && (recordsSincePrevious ?? 0) > streamMaxRecords / 2)
        log().warn(
          { recordsSincePrevious, streamMaxRecords },
          'more than half the records the stream keeps were written between two backups: back up more often or keep more records',
        );
    },
    streamMaxRecords,
  );
}

/** Opens (and on first start fills) the store, starts the workers, then the server. */
export async function startEngine(
  config: EngineConfig,
  options: StartOptions = { progress: false },
): Promise<RunningEngine> {
  setClockOffsetMs(config.clockOffsetMs);
  configurePersonNumbers(config.masterKey);
  configureEVoucherKey(config.masterKey);
  const policy = loadPolicyFile(config.policyFile);
  const opened = openStore(config);
  let store = opened.store;
  const readOnly = opened.readOnly;
  let generated: DemoSummary | undefined;
  let compacted: Compaction | undefined;
  // A replicated pool's engines start from one snapshot (docs/REPLICATION.md): demo data generated
  // by each engine on its own would differ between replicas.
  if (config.cluster !== undefined && store.meta.get('dataset') === undefined && config.demoCards > 0)
    throw new StoreError(
      'SSC_CLUSTER_SNAPSHOT',
      `${config.dataDir} holds no dataset: a replicated engine starts from a copy of one snapshot (npm run cluster makes one)`,
    );
  if (!readOnly && store.meta.get('dataset') === undefined && config.demoCards > 0) {
    const result = await generateDemo(store, {
      cards: config.demoCards,
      seed: config.demoSeed,
      nowMs: clockNowMs(),
      masterKey: config.masterKey,
      samplesPerScenario: 3,
      ...(options.progress ? { onProgress: progressBar('demo data') } : {}),
    });
    generated = result.summary;
    // The bulk load left a large free list that every commit would pay for (store/compact.ts).
    await store.close();
    compacted = await compactStore(config.dataDir, config.mapSizeBytes);
    store = openStore(config).store;
  }
  const view = new LmdbReadView(store);
  const metrics = new Metrics();
  const dispatcher = new Dispatcher({
    onBatch: (items) => metrics.batch(items),
    mode: initialMode(config.workers),
    threads: config.threads,
    tasksPerThread: config.tasksPerThread,
    batchItemsMax: config.batchItemsMax,
    inlineBatchItemsMax: config.inlineBatchItemsMax,
    batchWindowUs: config.batchWindowUs,
    pendingItemsMax: config.pendingItemsMax,
    queueWaitMaxMs: config.queueWaitMaxMs,
    poolQueueTasksMax: config.poolQueueTasksMax,
    taskTimeoutMs: config.taskTimeoutMs,
    worker: {
      dataDir: config.dataDir,
      mapSizeBytes: config.mapSizeBytes,
      settings: config.settings,
      policy,
      masterKey: config.masterKey,
      clockWindowMs: config.clockWindowMs,
      testBatchDelayMs: config.testBatchDelayMs,
      testWorkerExitEvery: config.testWorkerExitEvery,
      testFault: config.testFault,
      clock: clockBuffer(),
    },
    ...(config.workers !== 'pool' || config.idleInline
      ? {
          inline: createAuthorizer(
            new LmdbReadView(store),
            config.settings,
            policy,
            new TerminalKeys(config.masterKey, config.clockWindowMs),
            'inline',
          ),
        }
      : {}),
  });
  await dispatcher.ready();
  const execution = await settleExecution(dispatcher, config.workers);
  const scavenge = scavengeFor(config.scavenge, execution.mode);
  configureScavenge(scavenge);
  const ledger = new Ledger(store, new LmdbReadView(store), config.settings, policy, {
    groupItemsMax: config.ledgerGroupItemsMax,
    commit: config.ledgerCommit,
    pendingItemsMax: config.ledgerPendingItemsMax,
    retentionMs: config.idempotencyRetentionMs,
    messagesMax: config.idempotencyRecordsMax,
    pruneItemsMax: limits.ledgerPruneItemsMax,
    onGroup: (items, commitUs) => metrics.group(items, commitUs),
  });
  const sessions = new Sessions(store, view, config.settings);
  const keys = new TerminalKeys(config.masterKey, config.clockWindowMs);
  const centre = new CardCentre(store, new LmdbReadView(store), {
    masterKey: config.masterKey,
    settings: config.settings,
    tokenTtlMs: config.staffTokenTtlMs,
  });
  // A replicated pool: every write from here on goes through the pool's log (engine/replication).
  const replica = config.cluster === undefined || readOnly ? undefined : await joinPool(config.cluster, store, ledger);
  // The first staff account: written once, by whoever may write (a follower gets it from the log).
  const bootstrap =
    readOnly || (replica !== undefined && !replica.leading)
      ? { created: false, secretFile: '' }
      : await ensureAdmin(store, config.adminSecret, clockNowMs());
  /** This engine's store holds the card (another pool's card probe, and cards asked of other pools). */
  const holdsCard = (cardNo: string): boolean => store.cards.doesExist(cardNo);
  // A follower's writes go to the leader (replication/forward.ts): longer than an append may take.
  const forwarding =
    replica === undefined
      ? undefined
      : new PoolForwarding(replica, 2 * config.cluster!.appendTimeoutMs + 1_000, replica.leaseCheckMs, holdsCard);
  // Shard = insured pool: the deployment's routing table (replication/routing.ts), followed here;
  // this pool's divisions are published by its leader.
  const routes = replica === undefined ? undefined : new PoolRoutes(replica.log, config.cluster!.pool, holdsCard);
  routes?.start();
  const publishRoutes = (): void => {
    if (replica === undefined || routes === undefined || !replica.leading) return;
    routes.publish(divisionsServedBy(store, config.cluster!.pool, clockNowMs())).catch((error: unknown) => {
      app.ssclog.warn({ error: (error as Error).message }, 'routes not published (the next promotion tries again)');
    });
  };
  const pipeline = createPipeline({
    pool: dispatcher,
    sessions,
    ledger,
    store,
    view,
    keys,
    ...(forwarding === undefined
      ? {}
      : {
          replicas: {
            foreignPool: (f, b) => routes!.foreignPool(f, b),
            forward: forwarding.forward,
            askForCard: (request, done, decideHere) => {
              const question = routes!.cardQuestion(request.op, request.format, request.body);
              if (question === undefined) return false;
              forwarding.askForCard(question, request, done, decideHere, (pool) =>
                routes!.noteCard(question.cardNo, pool),
              );
              return true;
            },
          },
        }),
  });
  forwarding?.serve(pipeline);
  const backups = scheduledBackups(config, store, () => app.ssclog);
  const app = await buildApp({
    config,
    ...(backups === undefined ? {} : { backups: () => backups.stats() }),
    store,
    dispatcher,
    execution,
    scavenge,
    pipeline,
    ledger,
    view,
    keys,
    metrics,
    centre,
    ...(replica === undefined
      ? {}
      : {
          staff: forwarding!,
          replication: () => ({
            ...replica.status(),
            pool: config.cluster!.pool,
            forwarding: forwarding!.counts(),
            routes: routes!.counts(),
            cardsAskedOfOtherPools: routes!.cardsAsked(),
          }),
        }),
  });
  forwarding?.serveStaff(
    answerForwardedStaff(app),
    join(config.dataDir, 'staff-transfer-spool'),
    limits.importBytesMax,
  );
  replica?.onRole((role, reason) => {
    // A diverged replica stops for good until rebuilt: an operator must see it at any log level.
    if (role === 'diverged') app.ssclog.error({ role, reason }, 'replication role');
    else app.ssclog.warn({ role, reason }, 'replication role');
    publishRoutes();
  });
  publishRoutes();
  await app.listen({ host: config.host, port: config.port });
  const tcp = new TcpServer(
    {
      host: config.host,
      port: config.tcpPort,
      frameBytesMax: config.tcpFrameBytesMax,
      connectionsMax: config.tcpConnectionsMax,
      inFlightPerConnectionMax: config.tcpInFlightPerConnectionMax,
      idleTimeoutMs: config.tcpIdleTimeoutMs,
      connectionsPerSourceMax: config.connectionsPerSourceMax,
      authDeadlineMs: config.tcpAuthDeadlineMs,
      frameDeadlineMs: config.tcpFrameDeadlineMs,
      pendingFrameBytesMax: config.tcpPendingFrameBytesMax,
      ...(config.tcpTlsCertFile === ''
        ? {}
        : { tls: { cert: readFileSync(config.tcpTlsCertFile), key: readFileSync(config.tcpTlsKeyFile) } }),
    },
    pipeline,
    app.refusals,
    metrics,
    (fn) => dispatcher.together(fn),
  );
  const tcpPort = await tcp.listen();
  metrics.attach({
    store,
    dispatcher,
    ledger,
    dataDir: config.dataDir,
    mapSizeBytes: config.mapSizeBytes,
    inFlight: () => app.inFlight() + tcp.inFlight,
    tcpConnections: () => tcp.connectionCount,
  });
  app.ssclog.info(
    { host: config.host, port: (app.server.address() as { port?: number } | null)?.port, tcpPort },
    'listening',
  );
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  // The six-month return sweep (docs/DOMAIN.md section 2, step 8), on a schedule.
  const sweepPrincipal = { staffId: 'system', role: Role.Operator, employerCode: '', agentIdNo: '' };
  let sweeping: Promise<unknown> = Promise.resolve();
  const sweepTimer =
    config.returnSweepIntervalMs > 0 && !readOnly
      ? setInterval(() => {
          // A replicated pool's followers write nothing: the leader sweeps, its changes reach them.
          if (replica !== undefined && !replica.leading) return;
          sweeping = centre.sweepReturns(sweepPrincipal, clockNowMs()).then(
            ({ returned, lapsed }) => {
              if (returned.length > 0 || lapsed > 0) app.ssclog.info({ returned: returned.length, lapsed }, 'sweep');
            },
            (error: unknown) => {
              endIfAssertion('sweep', error);
              app.ssclog.error({ code: (error as { code?: string }).code }, 'return sweep failed');
            },
          );
        }, config.returnSweepIntervalMs)
      : undefined;
  sweepTimer?.unref();
  backups?.start();
  // The audit trail's closed windows become summary records; old records are pruned.
  const auditTimer = readOnly ? undefined : setInterval(() => centre.auditTrail.maintain(clockNowMs()), 10_000);
  auditTimer?.unref();
  let closing: Promise<void> | undefined;
  return {
    readOnly,
    centre,
    bootstrap,
    app,
    store,
    ledger,
    dispatcher,
    execution,
    scavenge,
    tcp,
    tcpPort,
    replica,
    url: `http://${config.host}:${port}`,
    port,
    generated,
    compacted,
    backups,
    close(): Promise<void> {
      closing ??= (async () => {
        if (sweepTimer !== undefined) clearInterval(sweepTimer);
        if (auditTimer !== undefined) clearInterval(auditTimer);
        await sweeping;
        await backups?.stop();
        await tcp.close();
        await app.close();
        forwarding?.stop();
        routes?.stop();
        await replica?.stop();
        if (!readOnly) centre.auditTrail.closeWindows(clockNowMs());
        // Every accepted money request is answered (and durable) before the store closes.
        await ledger.drained();
        await dispatcher.close();
        metrics.close();
        await store.close();
      })();
      return closing;
    },
  };
}

/**
 * Joins the pool's log (retrying while the cluster forms), follows it, and takes part in the lease
 * elections; the production profile first refuses servers that do not fsync before acknowledging.
 */
async function joinPool(cluster: ClusterConfig, store: Store, ledger: Ledger): Promise<ReplicatedNode> {
  if (cluster.profile === 'production') await checkProductionServers(cluster.monitorUrls);
  const log = await StreamLog.openWhenReady(
    {
      servers: cluster.servers,
      pool: cluster.pool,
      replicas: cluster.replicas,
      appendTimeoutMs: cluster.appendTimeoutMs,
      maxRecords: cluster.streamMaxRecords,
      security: cluster.security,
    },
    30_000,
  );
  // A store that applied another pool's records, or more records than the stream holds (the stream
  // was reset under it), can never follow this stream: refused at start, not fenced for ever.
  const storePool = store.meta.get('replication.pool') as string | undefined;
  const appliedSeq = (store.meta.get('replication.appliedSeq') as number | undefined) ?? 0;
  const streamSeq = appliedSeq === 0 ? 0 : await log.lastSeq();
  const mismatch =
    storePool !== undefined && storePool !== cluster.pool
      ? `${store.options.path} applied pool ${storePool}'s records, not ${cluster.pool}'s`
      : appliedSeq > streamSeq
        ? `${store.options.path} applied ${appliedSeq} records of pool ${cluster.pool} but its stream holds ${streamSeq}: the stream was reset`
        : '';
  if (mismatch !== '') {
    await log.close();
    throw new StoreError('SSC_CLUSTER_SNAPSHOT', `${mismatch}; start from a fresh snapshot or a backup of this pool`);
  }
  const node = new ReplicatedNode(store, log, {
    node: cluster.node,
    leaseCheckMs: Math.max(100, Math.floor(cluster.leaseTtlMs / 3)),
    leaseTtlMs: cluster.leaseTtlMs,
    elect: cluster.elect,
    readLagMax: cluster.readLagMax,
    appendsInFlightMax: cluster.appendsInFlightMax,
    readContactMaxMs: 2 * cluster.leaseTtlMs,
    // Promoted: the ledger's in-memory last sequence is re-read from what the log applied.
    onPromote: () => ledger.reload(),
  });
  await node.start();
  return node;
}

/** The execution mode as the banner says it. */
export function executionText(e: Execution, threads: number): string {
  const workers = e.mode === 'inline' ? 'no worker threads' : `${threads} worker threads`;
  const handOff =
    e.handOffP99Us === 0
      ? ''
      : `, worker hand-off measured at start: p50 ${e.handOffP50Us} µs, p99 ${e.handOffP99Us} µs`;
  return `${e.mode} (SSC_WORKERS=${e.configured}: ${e.reason}; ${workers}${handOff})`;
}

function banner(engine: RunningEngine, config: EngineConfig): string {
  const lines = [
    `ssc engine listening on ${engine.url}, TCP ${engine.tcpPort} (data: ${config.dataDir})`,
    `execution: ${executionText(engine.execution, config.threads)}; young-generation GC: ${engine.scavenge} (SSC_SCAVENGE=${config.scavenge})${engine.execution.mode === 'inline' ? `; a turn's waiting requests decided ${config.inlineBatchItemsMax} at a time (SSC_INLINE_BATCH_ITEMS_MAX)` : ''}`,
  ];
  if (engine.generated !== undefined) {
    lines.push(
      `generated demo data: ${engine.generated.cards.toLocaleString('en')} cards in ${(engine.generated.elapsedMs / 1000).toFixed(1)} s`,
    );
    if (engine.compacted !== undefined)
      lines.push(
        `compacted the store: ${(engine.compacted.beforeBytes / 1e6).toFixed(0)} MB -> ${(engine.compacted.afterBytes / 1e6).toFixed(0)} MB in ${(engine.compacted.elapsedMs / 1000).toFixed(1)} s`,
      );
  }
  if (engine.backups !== undefined)
    lines.push(
      `backups: every ${config.backups.intervalMs / 1000} s to ${config.backups.dir}, the newest ${config.backups.keep} kept`,
    );
  else if ((config.cluster?.streamMaxRecords ?? 0) > 0)
    lines.push(
      `warning: the stream keeps only its last ${config.cluster!.streamMaxRecords} records and SSC_BACKUP_DIR is not set: a replica further behind can only be rebuilt from a backup made by hand (npm run backup)`,
    );
  if (engine.readOnly) {
    lines.push(
      `warning: the data folder ${config.dataDir} is read-only: serving reads only; every write answers 503 S01`,
    );
  }
  if (engine.bootstrap.created) {
    lines.push(
      engine.bootstrap.secretFile === ''
        ? "created staff account 'admin' with the secret from SSC_ADMIN_SECRET"
        : `created staff account 'admin'; its secret is in ${engine.bootstrap.secretFile} (owner-only). Card centre API: ${engine.url}/admin/openapi.json`,
    );
  }
  if (config.masterKeyIsDemo)
    lines.push('warning: SSC_MASTER_KEY not set; terminal keys are sealed under the built-in demo key');
  const dataset = engine.store.meta.get('dataset') as { demo?: boolean } | undefined;
  const samples = engine.store.meta.get('demo.samples') as DemoSamples | undefined;
  if (dataset?.demo === true && samples !== undefined) {
    // Synthetic demo data only: real card numbers are never printed.
    lines.push('synthetic demo cards to try (npm run swipe -- inquire --card <no>):');
    const seen = new Set<string>();
    for (const card of samples.cards) {
      if (seen.has(card.scenario)) continue;
      seen.add(card.scenario);
      lines.push(`  ${card.scenario.padEnd(20)} ${card.cardNo.padEnd(13)} expect ${card.expected}`);
    }
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const config = loadConfig();
  configureFault(config.testFault);
  // Anything thrown from a callback with no caller (a timer, a socket event) is a programmer error.
  process.on('uncaughtException', (error) => endProcess('engine', error));
  const engine = await startEngine(config, { progress: true });
  if (config.testFault.startsWith('timer:')) setInterval(() => fault('timer'), 20).unref();
  // A storage failure that reached no handler (lmdb-js rejects an internal promise per failed
  // commit) is logged, not fatal: the write it belonged to was already refused with S01. Any
  // other unhandled rejection is a programmer error: log it and exit for the supervisor.
  process.on('unhandledRejection', (reason) => {
    absorbCommitError(reason);
    if (isStorageError(reason)) {
      engine.app.ssclog.error({ code: (reason as { code?: unknown }).code }, 'storage write failed');
      return;
    }
    endProcess('engine', reason);
  });
  process.stdout.write(banner(engine, config) + '\n');
  const stop = (signal: string): void => {
    engine.app.ssclog.info({ signal, dispatcher: engine.dispatcher.stats }, 'stopping');
    // A stop always ends the process: past the bound whatever still holds it open (a client that
    // never closes, a stuck flush) is cut by SIGKILL; what was acknowledged is already durable.
    setTimeout(() => {
      writeSync(2, `ssc engine: stop did not finish within ${limits.shutdownMs} ms: ending now\n`);
      process.kill(process.pid, 'SIGKILL');
    }, limits.shutdownMs).unref();
    engine.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const invokedPath = process.argv[1] === undefined ? '' : realpathSync(process.argv[1]);
if (invokedPath === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    const coded = error as { code?: string; message?: string };
    process.stderr.write(`ssc engine failed to start: ${coded.code ?? 'error'}: ${coded.message ?? String(error)}\n`);
    process.exit(1);
  });
}
