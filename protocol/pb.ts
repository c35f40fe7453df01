// Loads the generated protobuf code with int64 decoded as plain JS numbers (no Long objects on the
// hot path). protobufjs decides this when its modules load, so this file must be the only importer
// of gen/ and must configure protobufjs before importing it. Callers guard every int64 with
// Number.isSafeInteger (validate.ts): a value beyond 2^53 decodes to an unsafe number and is refused.
import protobuf from 'protobufjs/minimal.js';

protobuf.util.Long = null as unknown as typeof protobuf.util.Long;
protobuf.configure();

const { ssc } = await import('./ssc/v1/gen/ssc.js');

export const v1 = ssc.v1;
export type { ssc } from './ssc/v1/gen/ssc.js';
