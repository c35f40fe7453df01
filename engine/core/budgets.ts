// Server-side latency budgets per operation (receive -> reply handed to the transport), carried in
// every reply and checked by the benchmark at its stated load. Microseconds.

export const latencyBudgetUs = {
  signIn: 5_000, // one durable LMDB commit (~1 ms here) plus queueing
  signOut: 5_000,
  inquire: 1_000, // reads only: "well under a millisecond of server time"
  preSettle: 1_500,
  settle: 10_000, // waits for a group commit to be flushed
  cancelSettlement: 10_000,
  reverse: 10_000,
  reconcileTotals: 50_000,
  // Visit writes go through the ledger's group commit like a settlement.
  openVisit: 10_000,
  updateVisit: 10_000,
  uploadFees: 10_000,
  withdrawFees: 10_000,
  cancelVisit: 10_000,
  // Binds the voucher to the institution: a durable write.
  decodeEVoucher: 10_000,
  // Filings are written by the single writer (a durable write); their queries read the snapshot.
  registerFiling: 10_000,
  revokeFiling: 10_000,
  queryFilings: 1_500,
  listDiseases: 1_500,
} as const;

export type OperationName = keyof typeof latencyBudgetUs;
