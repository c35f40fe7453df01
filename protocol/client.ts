// A small HTTP client for the Connect unary routes, used by the swipe CLI, the tests and the
// benchmarks: encodes with the generated code, decodes replies (int64 as numbers).
import { macForTerminal, macHeader, terminalHeader } from './mac.js';
import { operations, servicePath } from './operations.js';
import { type ssc, v1 } from './pb.js';

export type Codec = 'proto' | 'json';

export interface CallResult<T> {
  httpStatus: number;
  /** Decoded reply on 200, undefined otherwise. */
  reply: T | undefined;
  /** Connect error JSON on non-200. */
  error: { code: string; message: string; sscCode?: string; reason?: string } | undefined;
  headers: Headers;
}

const jsonOptions = { enums: String, longs: String, json: true };

export async function call<T>(
  baseUrl: string,
  method: string,
  request: object,
  codec: Codec = 'proto',
): Promise<CallResult<T>> {
  const spec = operations.find((o) => o.method === method);
  if (spec === undefined) throw new Error(`unknown method ${method}`);
  const body =
    codec === 'proto'
      ? spec.request.encode(request).finish()
      : Buffer.from(
          JSON.stringify(
            spec.request.toObject(spec.request.fromObject(request as Record<string, unknown>), jsonOptions),
          ),
          'utf8',
        );
  const headers: Record<string, string> = {
    'content-type': codec === 'proto' ? 'application/proto' : 'application/json',
    'connect-protocol-version': '1',
  };
  // Signed with the terminal's key when this process holds it (registerTerminalKey).
  const mac = macForTerminal((request as { header?: { terminalId?: string } }).header?.terminalId, body);
  if (mac.length > 0) headers[macHeader] = Buffer.from(mac).toString('hex');
  const terminalId = (request as { header?: { terminalId?: string } }).header?.terminalId;
  if (terminalId !== undefined && terminalId !== '') headers[terminalHeader] = terminalId;
  const response = await fetch(baseUrl + servicePath + method, { method: 'POST', headers, body });
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (response.status !== 200) {
    return {
      httpStatus: response.status,
      reply: undefined,
      error: JSON.parse(Buffer.from(bytes).toString('utf8')),
      headers: response.headers,
    };
  }
  const reply =
    codec === 'proto'
      ? spec.reply.decode(bytes)
      : spec.reply.fromObject(JSON.parse(Buffer.from(bytes).toString('utf8')));
  return { httpStatus: 200, reply: reply as T, error: undefined, headers: response.headers };
}

/** National msgid: institution code + yyyyMMddHHmmss (China time) + 4-digit sequence. */
export function makeMsgId(institutionCode: string, nowMs: number, sequence: number): string {
  const t = new Date(nowMs + 8 * 3_600_000).toISOString();
  const stamp = t.slice(0, 4) + t.slice(5, 7) + t.slice(8, 10) + t.slice(11, 13) + t.slice(14, 16) + t.slice(17, 19);
  return institutionCode + stamp + String(sequence % 10_000).padStart(4, '0');
}

/**
 * The k-th of many distinct msg ids from one start time (load generators, tests): the 4-digit
 * sequence wraps every 10,000, so the time part moves on a second per wrap.
 */
export function distinctMsgId(institutionCode: string, startMs: number, k: number): string {
  return makeMsgId(institutionCode, startMs + Math.floor(k / 10_000) * 1000, k);
}

export interface TerminalIdentity {
  terminalId: string;
  institutionCode: string;
  region: string;
}

export function header(
  terminal: TerminalIdentity,
  signNo: string,
  sequence: number,
  nowMs = Date.now(),
): ssc.v1.IRequestHeader {
  return {
    msgId: makeMsgId(terminal.institutionCode, nowMs, sequence),
    terminalId: terminal.terminalId,
    institutionCode: terminal.institutionCode,
    operatorId: 'op001',
    operatorType: 1,
    signNo,
    requestTimeMs: nowMs,
    careRegion: terminal.region,
  };
}

/** Sign-ins of this process: each gets a newer msg_id (the engine treats an older one as stale). */
let signInSequence = 0;

/** Signs a terminal in and returns its sign-in number (throws when declined). */
export async function signIn(baseUrl: string, terminal: TerminalIdentity, codec: Codec = 'proto'): Promise<string> {
  signInSequence = (signInSequence % 9_999) + 1;
  const request = { header: header(terminal, '', signInSequence) };
  const result = await call<ssc.v1.SignInReply>(baseUrl, 'SignIn', request, codec);
  const reason = result.reply?.outcome?.reason;
  if (reason !== '00') throw new Error(`sign-in declined: ${reason ?? result.error?.sscCode}`);
  return result.reply!.signNo;
}

export { v1 };
