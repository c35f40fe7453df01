// Every bound in the engine, with the reason for its value. Input over a bound is an operational
// error at the edge (413, 429/503); inside the core it is an assertion failure.

export const limits = {
  /** Largest request body accepted over HTTP: an eligibility request is ~150 B; a settle with 2,000 lines of ~60 B fits. */
  bodyBytesMax: 256 * 1024,
  /**
   * The largest bill (total fen) decided: 10 billion yuan, far above any real bill. A larger total
   * is declined V02 (the amounts cannot be settled), never an assertion; the split's arithmetic is
   * exact for any safe integer, and the policy's bounds are checked against this at load
   * (split.ts arithmeticBoundProblems).
   */
  billFenMax: 1_000_000_000_000,
  /** Items packed into one worker task: docs/PERFORMANCE.md shows 32 per task reaches the inline rate. */
  batchItemsMax: 32,
  /**
   * Inline, requests that share an event-loop turn (HTTP: each in its own callback) are decided as
   * soon as this many wait, not at the turn's end: a request decided at the end of a long turn waits
   * for every later request's parsing (docs/BENCHMARKS.md, "Batches of four"). TCP frames of one read
   * are decided together up to batchItemsMax.
   */
  inlineBatchItemsMax: 4,
  /** Upper bound a configuration may set for batchItemsMax. */
  batchItemsCeiling: 512,
  /** Longest an item waits for companions before its batch is sent, in microseconds. */
  batchWindowUs: 200,
  /**
   * SSC_WORKERS=auto keeps the worker pool only on a machine with at least this many cores (a worker
   * per core beside the main thread and the kernel's network work) whose measured hand-off p99 is at
   * most handOffP99MaxUs; otherwise the main thread decides (bench/load/tail.ts: on 2 cores a
   * parked worker's hand-off put 3.5-9 ms at p99 where the main thread answered in 0.6-1.2 ms).
   */
  poolCoresMin: 4,
  /** Worker hand-off round trip (an empty batch) that still fits inside the Inquire budget, at p99. */
  handOffP99MaxUs: 250,
  /**
   * New requests are refused with S01 / 503 while the oldest queued request has waited longer than
   * this (bench/load/overload.ts compares bounds).
   */
  queueWaitMaxMs: 10,
  /** Requests always queued whatever their wait (a burst is not an overload; ~15 ms of work at peak). */
  queueBurstItems: 512,
  /** Requests waiting in the dispatcher before new ones are refused with S01 / 503. */
  pendingItemsMax: 4_096,
  /** Tasks queued inside piscina beyond the ones running (piscina's own default is unbounded). */
  poolQueueTasksMax: 64,
  /** A batch taking longer than this is aborted (the worker is replaced) and its requests get S01. */
  taskTimeoutMs: 2_000,
  /**
   * Settlements decided and committed in one transaction. docs/PERFORMANCE.md: a durable commit costs
   * ~1 ms and random-key updates reach 10k/s at 32 per commit, 35k/s at 2,048; 512 keeps a group's
   * transaction a few ms long.
   */
  ledgerGroupItemsMax: 512,
  /** Money requests waiting for the writer before new ones get S01 / 503 (~1 s of peak load). */
  ledgerPendingItemsMax: 16_384,
  /** Idempotency records, visits, e-vouchers looked at per pruning pass, each (engine/ledger/prune-budget.ts). */
  ledgerPruneItemsMax: 1_024,
  /** A pruning pass inside a group's transaction at most this often... */
  ledgerPruneIntervalMs: 100,
  /** ...and on the main thread at most about this long (the items being looked at when it ends finish). */
  ledgerPruneSliceUs: 500,
  /** Idempotency records kept at most (each ~60 B + key); the oldest are pruned first. */
  idempotencyRecordsMax: 50_000_000,
  /** Catalogue items a read view keeps in memory (a provincial drug catalogue is ~50k items). */
  catalogueCacheItemsMax: 200_000,
  /** Decoded terminal records a read view keeps (a city has thousands of terminals; made-up ids are not kept). */
  terminalCacheItemsMax: 50_000,
  /** TCP: the largest frame accepted (same as an HTTP body). */
  tcpFrameBytesMax: 256 * 1024,
  /** TCP: connections at once (a city's POS terminals connect to several engine instances). */
  tcpConnectionsMax: 4_096,
  /**
   * TCP and HTTP: connections one source address may hold at once. A hospital's terminals share its
   * NAT address (a few hundred at most); one client with 4,100 connections locked every POS out.
   */
  connectionsPerSourceMax: 512,
  /** TCP: a new connection must have a request authenticated (MAC verified) within this, or it is closed. */
  tcpAuthDeadlineMs: 10_000,
  /** TCP: a frame begun must be complete within this, or the connection is closed. */
  tcpFrameDeadlineMs: 5_000,
  /**
   * TCP: bytes of unfinished frames held across all connections (1,000 connections each one byte
   * short of a 256 KB frame held ~250 MB); past it the connection adding more is closed.
   */
  tcpPendingFrameBytesMax: 64 * 1024 * 1024,
  /** Admin reply bytes not yet taken by their clients (slow or stalled readers), at most. */
  adminReplyBytesPendingMax: 32 * 1024 * 1024,
  /** /metrics is rendered at most once per this, concurrent scrapes share it (20 looping scrapers slowed swipes 50x). */
  metricsCacheMs: 1_000,
  /**
   * The largest body decoded before its MAC is checked. A larger one must name its terminal outside
   * the body (HTTP header x-ssc-terminal-id; on TCP, a connection that has authenticated) and is
   * verified over its raw bytes first: unsigned 256 KB bodies cost ~25 ms each to decode.
   */
  unsignedBodyBytesMax: 8 * 1024,
  /** TCP: requests in flight per connection; docs/PERFORMANCE.md shows 16 in flight saturate a core. */
  tcpInFlightPerConnectionMax: 64,
  /** Unsealed terminal keys a thread keeps (a city has ~30k terminals). */
  terminalKeysCachedMax: 100_000,
  /** Entries one detail listing streams at most (a busy hospital's month is ~100k). */
  listEntriesMax: 1_000_000,
  /** Fee lines one visit holds (the lines of one settlement: protocol/validate.ts settleLinesMax). */
  visitLinesMax: 2_000,
  /** Visits one person may have open at a time (a registration per department on one day fits). */
  openVisitsPerPersonMax: 8,
  /** An outpatient visit untouched this long is expired (it can no longer be settled). */
  visitOutpatientOpenMaxMs: 7 * 86_400_000,
  /** An inpatient stay untouched this long is expired. */
  visitInpatientOpenMaxMs: 366 * 86_400_000,
  /** Closed visits (settled, cancelled, expired) are kept this long after their last change. */
  visitRetentionMs: 30 * 86_400_000,
  /** An e-voucher (its QR code and its token) is valid this long after it is issued. */
  evoucherTtlMs: 10 * 60_000,
  /** Filings one person may hold; more is a data error. */
  filingsPerPersonMax: 64,
  /** A referral or designated-institution filing is valid at most this long (chronic: open-ended allowed). */
  filingValidityMaxMs: 366 * 86_400_000,
  /** A national referral or designated filing sent without an end date is valid this long [I]. */
  filingDefaultValidityMs: 90 * 86_400_000,
  /** Rows of one family-binding import (家庭共济, maker-checker). */
  familyImportRowsMax: 10_000,
  /** Family imports awaiting their checker at once. */
  pendingFamilyImportsMax: 100,
  /** Diseases the chronic catalogue may hold (the policy file is checked at load). */
  chronicDiseasesMax: 500,
  /** Hot list entries one snapshot carries (Ningbo has ~8M cards; a few percent are ever hot). */
  hotListEntriesMax: 5_000_000,
  /** Admin JSON bodies (the largest is an agent authorization or a confirmation form). */
  adminBodyBytesMax: 64 * 1024,
  /**
   * A staff request a follower forwarded waits this long for the leader's answer (an import of the
   * ~8 MB one message carries takes seconds; a leader that does not answer in this is not there).
   */
  staffForwardWaitMs: 120_000,
  /** Admin imports: bytes one upload may carry (10M rows of ~120 B). */
  importBytesMax: 2 * 1024 ** 3,
  /**
   * Staff logins: the first 5 wrong secrets for an account cost nothing more, then each doubles the
   * wait (1 s, 2 s ... 15 min); an address gets 20 (several counters share one office's NAT).
   * scrypt makes one guess ~50 ms; with the back-off an account takes ~100 guesses a day.
   */
  loginAccountFreeFailures: 5,
  loginSourceFreeFailures: 20,
  loginDelayBaseMs: 1_000,
  loginDelayMaxMs: 15 * 60_000,
  loginForgetAfterMs: 24 * 3_600_000,
  /** Accounts and addresses the login back-off remembers (made-up ids must not grow memory). */
  loginThrottleKeysMax: 100_000,
  /**
   * The audit trail of refused accesses: per source address at most 30 records a minute, the rest
   * summarised (one record per code and minute); kept 400 days and at most 1M records (~80 B each).
   */
  auditWindowMs: 60_000,
  auditRecordsPerSourceWindow: 30,
  auditSourcesMax: 10_000,
  auditRetentionMs: 400 * 86_400_000,
  auditRecordsMax: 1_000_000,
  auditPruneItemsMax: 1_024,
  /** Maker-checker requests waiting at once (a counter's day is a few dozen); more are refused 409. */
  pendingReviewsMax: 10_000,
  /** A card page's timeline: entries shown at most, among the last this many changes of the log. */
  cardTimelineEntriesMax: 50,
  cardTimelineScanMax: 20_000,
  /** An employer's batches page looks at the newest this many production batches. */
  employerBatchesScanMax: 500,
  /** A pending maker-checker request expires after this (the sweep logs the expiry). */
  reviewTtlMs: 30 * 86_400_000,
  /** A stop (SIGTERM / SIGINT) ends the process within this, whatever is open (docs/RELIABILITY.md). */
  shutdownMs: 15_000,
  /** TCP error payloads kept encoded (a small fixed set of code and detail pairs). */
  tcpErrorPayloadsCachedMax: 256,
  /** Hot-list deltas one reply carries (a terminal pages with `sinceSequence`). */
  hotDeltasPerReplyMax: 10_000,
  /** Audit records waiting for their write; more are counted, not queued (a flood must not grow memory). */
  auditPendingMax: 10_000,
  /** Rows one card-centre report lists (an employer of 100k people pages by department). */
  reportRowsMax: 200_000,
  /** Entries a full-table scan reads per event-loop turn (8M cards would hold the loop for seconds). */
  scanEntriesPerTurn: 10_000,
  /** Rows one import may carry (a regional contribution system's whole membership is ~3M). */
  importRowsMax: 10_000_000,
  /** Bytes one import line may take (a member row is ~120 B). */
  importLineBytesMax: 4_096,
  /** Import rows written per transaction: large enough to amortize the commit, small enough to keep it short. */
  importChunkRows: 10_000,
  /** Import rejections listed in the report (all are counted). */
  importRejectionsListedMax: 10_000,
  /** A detail listing also reads this far around its period (entries are timed at commit, not at request). */
  listingClockSlackMs: 60_000,
  /** Staff secrets: at least 12 characters, at most 200. */
  staffSecretLengthMin: 12,
  staffSecretLengthMax: 200,
  /** Demo dataset size bounds (cards). */
  demoCardsMax: 50_000_000,
} as const;

export type Limits = typeof limits;

/**
 * Relations between bounds that must hold, checked when the configuration loads (a failing one
 * stops the engine with SSC_CONFIG): empty when they all do.
 */
export function limitRelationProblems(l: Limits = limits): string[] {
  const relations: [boolean, string][] = [
    [l.unsignedBodyBytesMax < l.bodyBytesMax, 'unsignedBodyBytesMax < bodyBytesMax'],
    [l.tcpFrameBytesMax >= l.bodyBytesMax, 'tcpFrameBytesMax >= bodyBytesMax (a TCP request is an HTTP body)'],
    [l.batchItemsMax <= l.batchItemsCeiling, 'batchItemsMax <= batchItemsCeiling'],
    [l.queueBurstItems <= l.pendingItemsMax, 'queueBurstItems <= pendingItemsMax'],
    [l.ledgerGroupItemsMax <= l.ledgerPendingItemsMax, 'ledgerGroupItemsMax <= ledgerPendingItemsMax'],
    [l.ledgerPruneItemsMax <= l.idempotencyRecordsMax, 'ledgerPruneItemsMax <= idempotencyRecordsMax'],
    [l.ledgerPruneIntervalMs >= 1 && l.ledgerPruneSliceUs >= 1, 'ledger pruning interval and slice positive'],
    [l.auditRecordsPerSourceWindow < l.auditRecordsMax, 'auditRecordsPerSourceWindow < auditRecordsMax'],
    [l.auditPruneItemsMax >= 1 && l.auditPendingMax >= 1, 'audit prune and pending bounds positive'],
    [l.loginAccountFreeFailures <= l.loginSourceFreeFailures, 'loginAccountFreeFailures <= loginSourceFreeFailures'],
    [l.loginDelayBaseMs <= l.loginDelayMaxMs, 'loginDelayBaseMs <= loginDelayMaxMs'],
    [l.importChunkRows <= l.importRowsMax, 'importChunkRows <= importRowsMax'],
    [l.importRejectionsListedMax <= l.importRowsMax, 'importRejectionsListedMax <= importRowsMax'],
    [l.connectionsPerSourceMax <= l.tcpConnectionsMax, 'connectionsPerSourceMax <= tcpConnectionsMax'],
    [
      l.tcpPendingFrameBytesMax >= l.tcpFrameBytesMax,
      'tcpPendingFrameBytesMax >= tcpFrameBytesMax (one whole frame fits)',
    ],
    [l.staffSecretLengthMin <= l.staffSecretLengthMax, 'staffSecretLengthMin <= staffSecretLengthMax'],
    [l.hotDeltasPerReplyMax <= l.hotListEntriesMax, 'hotDeltasPerReplyMax <= hotListEntriesMax'],
  ];
  return relations.filter(([holds]) => !holds).map(([, name]) => name);
}
