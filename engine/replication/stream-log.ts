// The replicated write-ahead log of one pool: a NATS JetStream stream (3 replicas, file storage),
// and the pool's lease in a JetStream KV bucket. Appends are fenced by the stream itself
// (`Nats-Expected-Last-Sequence`) and deduplicated by `Nats-Msg-Id` (pool:epoch:group); the lease
// (create / update by revision, with a TTL) only decides who should try to lead. No home-made
// consensus: the stream's Raft group orders and replicates every record.

import { readFileSync } from 'node:fs';
import { type JetStreamClient, type JetStreamManager, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { type KV, Kvm } from '@nats-io/kv';
import {
  type ConnectionOptions,
  connect,
  credsAuthenticator,
  type NatsConnection,
  nanos,
  nkeyAuthenticator,
  nkeys,
  usernamePasswordAuthenticator,
} from '@nats-io/transport-node';
import { ConfigError, isCredsText, isUserSeedText, type NatsSecurity } from '../config.js';

export interface StreamLogOptions {
  servers: string[];
  /** The insured pool (six-digit division code): one stream and one lease per pool. */
  pool: string;
  replicas: number;
  /** How long an append may wait for the stream's acknowledgement before it counts as failed. */
  appendTimeoutMs: number;
  /** Credentials and TLS (config.ts SSC_CLUSTER_NATS_*); none: plain, anonymous (loopback tests). */
  security?: NatsSecurity;
  /**
   * Records the stream keeps, the oldest discarded first (SSC_CLUSTER_STREAM_MAX_RECORDS; 0: all),
   * checked against an existing stream's. Absent (a tool that only reads): not checked.
   */
  maxRecords?: number;
}

/** The servers refused this engine: its credentials, or a TLS certificate that did not verify. */
export class ClusterAuthRefused extends Error {
  readonly code = 'SSC_CLUSTER_AUTH';
}

/** The engine's connection to NATS since start, for /stats (replication.nats). */
export interface ConnectionCounts {
  /** The client lost its server, and got back in (to it or another). */
  disconnects: number;
  reconnects: number;
  /** The last error a server sent (e.g. 'user authentication expired'); '' : none. */
  lastServerError: string;
  /**
   * Credentials read again from their file at a (re)connection and found changed (a rotated
   * password, a renewed JWT), and reads that failed or found no credentials (the last good ones used).
   */
  credentialsChanged: number;
  credentialsUnreadable: number;
}

/**
 * A secret read again from its file whenever the client connects or reconnects (the client asks for
 * it each time), so a rotated secret or a renewed JWT is used from the next reconnect without a
 * restart. A file that cannot be read, or no longer holds a valid secret, leaves the last good one
 * in use (counted: an operator mid-rotation may have written half a file).
 */
export function secretFromFile(
  file: string | undefined,
  initial: string,
  read: (text: string) => string | undefined,
  counts: ConnectionCounts,
): () => string {
  let current = initial;
  return () => {
    if (file === undefined || file === '') return current;
    let fresh: string | undefined;
    try {
      fresh = read(readFileSync(file, 'utf8'));
    } catch {
      fresh = undefined;
    }
    if (fresh === undefined) counts.credentialsUnreadable++;
    else if (fresh !== current) {
      counts.credentialsChanged++;
      current = fresh;
    }
    return current;
  };
}

/** A file's secret as the client uses it, or undefined when the text holds none (secretFromFile). */
export const validPassword = (text: string): string | undefined => (text.trim() === '' ? undefined : text.trim());
const validCreds = (text: string): string | undefined => (isCredsText(text) ? text : undefined);
/** A user nkey seed whose shape and checksum are right. */
const validSeed = (text: string): string | undefined => {
  const seed = text.trim();
  if (!isUserSeedText(seed)) return undefined;
  try {
    nkeys.fromSeed(new TextEncoder().encode(seed));
    return seed;
  } catch {
    return undefined;
  }
};

/** Connection options for the engine's credentials (each read again at every connection) and TLS. */
function securityOptions(security: NatsSecurity | undefined, counts: ConnectionCounts): Partial<ConnectionOptions> {
  if (security === undefined) return {};
  const encoder = new TextEncoder();
  const bytesOf = (text: () => string) => (): Uint8Array => encoder.encode(text());
  // A seed whose checksum is wrong stops the start with SSC_CONFIG, before any connection is tried
  // (config.ts checked its shape).
  if (security.nkeySeed !== '' && validSeed(security.nkeySeed) === undefined)
    throw new ConfigError('SSC_CLUSTER_NATS_NKEY_SEED_FILE: not a valid nkey seed (its checksum is wrong)');
  return {
    ...(security.user === ''
      ? {}
      : {
          authenticator: usernamePasswordAuthenticator(
            security.user,
            secretFromFile(security.passwordFile, security.password, validPassword, counts),
          ),
        }),
    ...(security.nkeySeed === ''
      ? {}
      : {
          authenticator: nkeyAuthenticator(
            bytesOf(secretFromFile(security.nkeySeedFile, security.nkeySeed, validSeed, counts)),
          ),
        }),
    ...(security.creds === ''
      ? {}
      : {
          authenticator: credsAuthenticator(
            bytesOf(secretFromFile(security.credsFile, security.creds, validCreds, counts)),
          ),
        }),
    ...(security.tlsCaFile === ''
      ? {}
      : {
          tls: {
            caFile: security.tlsCaFile,
            ...(security.tlsCertFile === '' ? {} : { certFile: security.tlsCertFile, keyFile: security.tlsKeyFile }),
          },
        }),
  };
}

/**
 * No server let the engine in within the start-up wait. Under TLS 1.3 a server that verifies client
 * certificates refuses one that shows none only after the client's handshake is done, and the
 * client then sees no refusal, only no answer: so that case ends here, not as ClusterAuthRefused.
 */
export class ClusterUnreachable extends Error {
  readonly code = 'SSC_CLUSTER_UNREACHABLE';
}

/** A connection error that retrying will not cure: refused credentials, an unverified certificate. */
function refusedForGood(error: unknown): boolean {
  const text =
    error instanceof Error
      ? `${error.name} ${error.message} ${String((error as { cause?: unknown }).cause ?? '')}`
      : String(error);
  return /authorization|authentication|certificate|self[- ]signed|tls|ssl/i.test(text);
}

/** The stream refused the append: another writer appended since (this node no longer leads). */
export class Fenced extends Error {
  readonly code = 'SSC_REPLICATION_FENCED';
  /** The stream's last sequence as its leader gave it in the refusal ("wrong last sequence: N"), when it did. */
  get streamLastSeq(): number | undefined {
    const found = /wrong last sequence: (\d+)/i.exec(this.message);
    return found === null ? undefined : Number(found[1]);
  }
}

/** The pool's stream exists with another replica count than this engine is configured for. */
export class ReplicasMismatch extends Error {
  readonly code = 'SSC_CLUSTER_REPLICAS';
}

/** The stream keeps another number of records than SSC_CLUSTER_STREAM_MAX_RECORDS says. */
export class RetentionMismatch extends Error {
  readonly code = 'SSC_CLUSTER_RETENTION';
}

/** The log could not be reached or did not acknowledge in time (no quorum, failover under way). */
export class LogUnavailable extends Error {
  readonly code = 'SSC_REPLICATION_UNAVAILABLE';
}

/** The KV bucket of every pool's lease (one key per pool). */
const leaseBucket = 'ssc_leases';

/** How long one server may take to let the engine in (TCP, TLS, the NATS handshake). */
const connectTimeoutMs = 5_000;

/** The header NATS keeps an append's msg id in (its dedup key; this engine's records name node, epoch, group). */
const msgIdHeader = 'Nats-Msg-Id';

export class StreamLog {
  private constructor(
    readonly options: StreamLogOptions,
    private readonly nc: NatsConnection,
    private readonly jsm: JetStreamManager,
    private readonly js: JetStreamClient,
    private readonly leases: KV,
    /** The deployment's routing table: division code -> pool (routing.ts). */
    private readonly routes: KV,
    /** The connection since start (disconnects, reconnects, credentials read again). */
    readonly connection: ConnectionCounts,
  ) {
    // The status stream ends when the connection closes.
    void (async () => {
      for await (const s of nc.status()) {
        if (s.type === 'disconnect') connection.disconnects++;
        else if (s.type === 'reconnect') connection.reconnects++;
        else if (s.type === 'error') connection.lastServerError = s.error.message.slice(0, 200);
      }
    })();
  }

  /** Appends sent again because no server took them ("no responders"), since start. */
  noResponders = 0;

  get streamName(): string {
    return `SSC_${this.options.pool}`;
  }

  /** The stream under the lease bucket (a Raft group of its own). */
  get leaseStreamName(): string {
    return `KV_${leaseBucket}`;
  }

  get subject(): string {
    return `ssc.${this.options.pool}.log`;
  }

  /**
   * Where `node`, leading the pool, answers the writes its followers forward (core NATS, not the
   * stream). Named by the leader: a deposed leader's subscription that its server still advertises
   * (cut off, its unsubscribe never arrived) is never sent the next leader's writes.
   */
  writeSubject(node: string, pool = this.options.pool): string {
    return `ssc.${pool}.write.${node}`;
  }

  /** Where `node`, leading the pool, answers the staff requests (admin API) its followers forward. */
  staffSubject(node: string): string {
    return `ssc.${this.options.pool}.staff.${node}`;
  }

  /** The largest message the connected server takes (its max_payload; NATS's default 1 MB until known). */
  get maxPayload(): number {
    return this.nc.info?.max_payload ?? 1024 * 1024;
  }

  static async open(options: StreamLogOptions): Promise<StreamLog> {
    const connection: ConnectionCounts = {
      disconnects: 0,
      reconnects: 0,
      lastServerError: '',
      credentialsChanged: 0,
      credentialsUnreadable: 0,
    };
    const nc = await connect({
      ...securityOptions(options.security, connection),
      // Per server tried (the client's default is 20 s): a server that lets the engine in answers
      // in milliseconds, and one that silently refuses it (see ClusterUnreachable) is left sooner.
      timeout: connectTimeoutMs,
      servers: options.servers,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 250,
      // A server that stops answering (paused, cut off) is left within ~2 s, not the default 4 min:
      // the client reconnects to another and the leader's appends go on there.
      pingInterval: 1_000,
      maxPingOut: 2,
      // Only the servers configured (SSC_CLUSTER_NATS), never ones the cluster advertises: what an
      // engine talks to is the operator's choice (and a test's partition stays where it was cut).
      ignoreClusterUpdates: true,
      name: `ssc-${options.pool}`,
    });
    try {
      // No account-info check (checkAPI): only the metadata leader answers it, and that group
      // re-elects whenever a paused server returns (docs/REPLICATION.md), while an existing pool's
      // streams still answer from their own leaders. A server without JetStream fails the stream
      // lookups below instead.
      const jsm = await jetstreamManager(nc, { timeout: options.appendTimeoutMs, checkAPI: false });
      const js = jetstream(nc, { timeout: options.appendTimeoutMs, checkAPI: false });
      const name = `SSC_${options.pool}`;
      let existing: { num_replicas: number; max_msgs: number } | undefined;
      try {
        existing = (await jsm.streams.info(name)).config;
      } catch {
        existing = undefined;
      }
      // An engine started with the wrong count would otherwise run on a stream that one server's
      // loss can stop (or that a minority can write alone, with one replica).
      if (existing !== undefined && existing.num_replicas !== options.replicas)
        throw new ReplicasMismatch(
          `stream ${name} has ${existing.num_replicas} replicas, SSC_CLUSTER_REPLICAS is ${options.replicas}: change the stream as a planned operation (docs/REPLICATION.md), not by starting an engine`,
        );
      // Retention likewise: engines that disagree would each set their own (-1: the stream keeps all).
      // A tool that only reads the stream (no maxRecords given) takes it as it is.
      const maxMsgs = (options.maxRecords ?? 0) > 0 ? options.maxRecords! : -1;
      if (existing !== undefined && options.maxRecords !== undefined && Math.max(existing.max_msgs, -1) !== maxMsgs)
        throw new RetentionMismatch(
          `stream ${name} keeps ${existing.max_msgs > 0 ? `${existing.max_msgs} records` : 'every record'}, SSC_CLUSTER_STREAM_MAX_RECORDS says ${maxMsgs > 0 ? maxMsgs : 'all (0)'}: change the stream as a planned operation (docs/REPLICATION.md), not by starting an engine`,
        );
      if (existing === undefined) {
        await jsm.streams.add({
          name,
          subjects: [`ssc.${options.pool}.log`],
          num_replicas: options.replicas,
          storage: 'file' as never,
          duplicate_window: nanos(120_000),
          // The oldest records go first; the sequence numbers (and the fencing on them) go on.
          max_msgs: maxMsgs,
          discard: 'old' as never,
        });
      }
      const leases = await new Kvm(js).create(leaseBucket, {
        replicas: options.replicas,
        history: 1,
        // No expiry on the server: the bucket's own Raft group elects after a server's loss or
        // return, and a lease the new bucket leader aged out meanwhile went to whichever engine
        // asked first. A lease is taken over when its revision has not moved for a TTL as the
        // taker saw it (node.ts). A bucket made earlier with a max age keeps it and still works.
        // Reads of the lease from the bucket's stream leader, not from any replica: a replica's
        // server cut off from the quorum would answer with what it had (and a read sent its way over
        // a dead link is never answered).
        allow_direct: false,
      });
      const routes = await new Kvm(js).create('ssc_routes', {
        replicas: options.replicas,
        history: 1,
        allow_direct: false,
      });
      return new StreamLog(options, nc, jsm, js, leases, routes, connection);
    } catch (error) {
      await nc.close();
      throw error;
    }
  }

  /** open(), retried while the cluster forms or elects (JetStream "temporarily unavailable"). */
  static async openWhenReady(options: StreamLogOptions, waitMs: number): Promise<StreamLog> {
    const deadline = Date.now() + waitMs;
    for (;;) {
      try {
        return await StreamLog.open(options);
      } catch (error) {
        if (error instanceof ReplicasMismatch || error instanceof RetentionMismatch || error instanceof ConfigError)
          throw error;
        if (refusedForGood(error))
          throw new ClusterAuthRefused(
            `the NATS servers refused this engine (SSC_CLUSTER_NATS_USER / _PASSWORD_FILE / _NKEY_SEED_FILE / _CREDS_FILE / _TLS_*): ${error instanceof Error ? error.message : String(error)}`,
          );
        if (Date.now() > deadline)
          throw new ClusterUnreachable(
            `no NATS server of ${options.servers.join(', ')} let this engine in within ${waitMs} ms (down, still electing, or a TLS it cannot meet: servers that verify clients need SSC_CLUSTER_NATS_TLS_CERT_FILE): ${error instanceof Error ? error.message : String(error)}`,
          );
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  }

  /**
   * Appends a record; resolves with its sequence once the stream acknowledged it (a quorum holds
   * it). Fenced when the stream's last sequence is not `expectedLastSeq`, or (given) its last
   * record's msg id is not `expectedLastMsgId`: the writer's state must end with exactly the
   * stream's last record, not merely as many records. LogUnavailable otherwise. A duplicate of an
   * earlier append (same msgId inside the window) resolves with the original seq.
   */
  async append(record: Uint8Array, msgId: string, expectedLastSeq: number, expectedLastMsgId = ''): Promise<number> {
    const deadline = performance.now() + this.options.appendTimeoutMs;
    for (let attempt = 0; ; attempt++) {
      try {
        const ack = await this.js.publish(this.subject, record, {
          msgID: msgId,
          expect: {
            lastSequence: expectedLastSeq,
            ...(expectedLastMsgId === '' ? {} : { lastMsgID: expectedLastMsgId }),
          },
          timeout: Math.max(1, Math.round(deadline - performance.now())),
        });
        // A duplicate is the same append retried (the msg id names this node, epoch and group): it
        // stands only where this append was to go.
        if (ack.duplicate && ack.seq !== expectedLastSeq + 1)
          throw new Fenced(`duplicate of ${msgId} at ${ack.seq}, expected ${expectedLastSeq + 1}`);
        return ack.seq;
      } catch (error) {
        if (error instanceof Fenced) throw error;
        const text = error instanceof Error ? error.message : String(error);
        if (/wrong last (sequence|msg ?id)/i.test(text)) throw new Fenced(text);
        // "No responders" (the client names it JetStreamNotEnabled): the record reached no server,
        // so it is sent again, the same msg id, within the append's time. A server back from a pause
        // answers so for a moment while its routes return; the leader used to step down on it
        // (bench:failover, docs/REPLICATION.md).
        const pause = Math.min(250, 25 * 2 ** attempt);
        if ((error as Error).name === 'JetStreamNotEnabled' && performance.now() + pause < deadline) {
          this.noResponders++;
          await new Promise((resolve) => setTimeout(resolve, pause));
          continue;
        }
        throw new LogUnavailable(text);
      }
    }
  }

  /** The stream's last sequence (0: empty). */
  async lastSeq(): Promise<number> {
    try {
      return (await this.jsm.streams.info(this.streamName)).state.last_seq;
    } catch (error) {
      throw new LogUnavailable(error instanceof Error ? error.message : String(error));
    }
  }

  /**
   * The server (its server_name) leading the stream's Raft group now ('' when none); `stream`: another
   * stream of the account, e.g. the lease bucket's (leaseStreamName).
   */
  async streamLeader(stream = this.streamName): Promise<string> {
    try {
      return (await this.jsm.streams.info(stream)).cluster?.leader ?? '';
    } catch {
      return '';
    }
  }

  /**
   * Asks the stream's Raft group to elect another leader. For a leader whose own copy ends before
   * records this engine applied as acknowledged: Debian's 2.9.10 has elected a server just back from a
   * pause whose copy ended 12,000 records short of its peers' (docs/REPLICATION.md), and such a leader
   * refuses every append until it is replaced. Harmless otherwise (one election).
   */
  async stepDownStreamLeader(): Promise<void> {
    try {
      await this.nc.request(`$JS.API.STREAM.LEADER.STEPDOWN.${this.streamName}`, new Uint8Array(), {
        timeout: this.options.appendTimeoutMs,
      });
    } catch (error) {
      throw new LogUnavailable(error instanceof Error ? error.message : String(error));
    }
  }

  /** The record at a sequence and its msg id (undefined when there is none yet). */
  async get(seq: number): Promise<{ data: Uint8Array; msgId: string } | undefined> {
    try {
      const message = await this.jsm.streams.getMessage(this.streamName, { seq });
      return message === null ? undefined : { data: message.data, msgId: message.header?.get(msgIdHeader) ?? '' };
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      if (/no message found|not found/i.test(text)) return undefined;
      throw new LogUnavailable(text);
    }
  }

  /**
   * Records from `nextSeq()` on, in order, as they arrive (an ordered consumer). When the consumer
   * ends (servers down, quorum lost, a failover), it is made again from `nextSeq()` after a pause,
   * until the returned stop() is called.
   */
  follow(
    nextSeq: () => number,
    onRecord: (seq: number, data: Uint8Array, msgId: string) => Promise<void>,
    onGone: (next: number, firstSeq: number) => void = () => {},
  ): () => void {
    let stopped = false;
    let close: (() => void) | undefined;
    void (async () => {
      while (!stopped) {
        try {
          // The next record this replica needs is no longer in the stream (its retention dropped
          // it, or an operator purged it): following on would skip records. Said once, then stopped.
          const state = (await this.jsm.streams.info(this.streamName)).state;
          if (state.messages > 0 && state.first_seq > nextSeq()) {
            onGone(nextSeq(), state.first_seq);
            return;
          }
          const consumer = await this.js.consumers.get(this.streamName, {
            deliver_policy: 'by_start_sequence' as never,
            opt_start_seq: nextSeq(),
          });
          const messages = await consumer.consume({ max_messages: 256 });
          close = () => void messages.close();
          if (stopped) close();
          for await (const m of messages) {
            if (stopped) break;
            await onRecord(m.seq, m.data, m.headers?.get(msgIdHeader) ?? '');
          }
        } catch {
          // Unreachable or gone for now: made again below.
        }
        if (!stopped) await new Promise((resolve) => setTimeout(resolve, 250));
      }
    })();
    return () => {
      stopped = true;
      close?.();
    };
  }

  /** Takes the pool's lease if nobody holds it: its revision (the epoch), or 0 when held. */
  async acquireLease(node: string): Promise<number> {
    try {
      return await this.leases.create(this.options.pool, new TextEncoder().encode(node));
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      if (/wrong last sequence|key exists/i.test(text)) return 0;
      throw new LogUnavailable(text);
    }
  }

  /**
   * Renews the lease held at `revision` (or takes over one seen at `revision` that was not renewed in
   * time): the new revision, or 0 when it moved on meanwhile (renewed, taken or released).
   */
  async renewLease(node: string, revision: number): Promise<number> {
    try {
      return await this.leases.update(this.options.pool, new TextEncoder().encode(node), revision);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      if (/wrong last sequence/i.test(text)) return 0;
      throw new LogUnavailable(text);
    }
  }

  /**
   * The lease's revision as this node's server has it (0: nobody holds it). A leader renews it every
   * third of its TTL, and a renewal exists only once a quorum stored it: a revision that stops
   * changing means no leader, or a server cut off from the quorum (it keeps answering with what it had).
   */
  async lease(pool = this.options.pool): Promise<{ revision: number; holder: string }> {
    try {
      const entry = await this.leases.get(pool);
      // A released lease reads as a delete marker; an expired one as nothing.
      if (entry === null || entry.operation !== 'PUT') return { revision: entry?.revision ?? 0, holder: '' };
      return { revision: entry.revision, holder: entry.string() };
    } catch (error) {
      throw new LogUnavailable(error instanceof Error ? error.message : String(error));
    }
  }

  /** Routes a division code to a pool (the routing table, routing.ts). */
  async putRoute(division: string, pool: string): Promise<void> {
    try {
      await this.routes.put(division, new TextEncoder().encode(pool));
    } catch (error) {
      throw new LogUnavailable(error instanceof Error ? error.message : String(error));
    }
  }

  /**
   * The routing table's entries now and every change after ('' for a removed route), until the
   * returned stop() is called; a watch that ends (servers down) is made again after a pause.
   */
  watchRoutes(onChange: (division: string, pool: string) => void): () => void {
    let stopped = false;
    let close: (() => void) | undefined;
    void (async () => {
      while (!stopped) {
        try {
          const entries = await this.routes.watch();
          close = () => entries.stop();
          if (stopped) close();
          for await (const entry of entries) onChange(entry.key, entry.operation === 'PUT' ? entry.string() : '');
        } catch {
          // Unreachable for now: watched again below.
        }
        if (!stopped) await new Promise((resolve) => setTimeout(resolve, 250));
      }
    })();
    return () => {
      stopped = true;
      close?.();
    };
  }

  /** Gives the lease up (a clean stop), if this node still holds it at `revision`. */
  async releaseLease(revision: number): Promise<void> {
    try {
      await this.leases.delete(this.options.pool, { previousSeq: revision });
    } catch {
      // Lost already: the TTL frees it.
    }
  }

  /**
   * Answers core NATS requests on `subject` with `answer`'s bytes (one member of the queue group each)
   * until the returned function is called.
   */
  serve(subject: string, answer: (data: Uint8Array) => Promise<Uint8Array>): () => void {
    const subscription = this.nc.subscribe(subject, {
      queue: 'ssc-leader',
      callback: (error, message) => {
        if (error !== null) return;
        answer(message.data).then(
          (reply) => message.respond(reply),
          () => undefined,
        );
      },
    });
    return () => subscription.unsubscribe();
  }

  /** A core NATS request: the answer's bytes; throws when nobody answers (no responders, timeout). */
  async request(subject: string, data: Uint8Array, timeoutMs: number): Promise<Uint8Array> {
    return (await this.nc.request(subject, data, { timeout: timeoutMs })).data;
  }

  async close(): Promise<void> {
    await this.nc.close();
  }
}
