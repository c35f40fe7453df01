import { execFileSync } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendTimings, encodeReply, Format, maskIdNo, maskName } from '../../engine/wire/replies.js';
import { genderOfIdNumber, idCheckChar, isValidIdNumber } from '../../protocol/id-number.js';
import { MacAlgorithm, macOf } from '../../protocol/mac.js';
import { v1 } from '../../protocol/pb.js';
import { validateCredential, validateHeader, validateInquire } from '../../protocol/validate.js';

const goodHeader = {
  msgId: 'H33020300001202611281000000001',
  terminalId: 'H33020300001-01',
  institutionCode: 'H33020300001',
  operatorId: 'op001',
  operatorType: 1,
  signNo: 'abc',
  requestTimeMs: 1_795_000_000_000,
  careRegion: '330203',
};

describe('terminal MACs', () => {
  it('equal createHmac for both algorithms, every key length and body size, one after another', () => {
    let checked = 0;
    for (const [algorithm, name] of [
      [MacAlgorithm.HmacSha256, 'sha256'],
      [MacAlgorithm.HmacSm3, 'sm3'],
    ] as const)
      for (const keyBytes of [1, 16, 32, 63, 64, 65, 100])
        for (const bodyBytes of [0, 1, 150, 4_095, 4_096, 4_097, 200_000]) {
          const key = randomBytes(keyBytes);
          const body = randomBytes(bodyBytes);
          const mac = macOf(algorithm, key, body);
          expect(mac.length).toBe(32);
          expect(mac.equals(createHmac(name, key).update(body).digest())).toBe(true);
          checked++;
        }
    // RFC 4231 test case 2: key "Jefe".
    expect(
      macOf(MacAlgorithm.HmacSha256, Buffer.from('Jefe'), Buffer.from('what do ya want for nothing?')).toString('hex'),
    ).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
    expect(checked).toBe(98);
  });
});

describe('GB 11643 ID numbers', () => {
  it('computes the check character (standard example)', () => {
    expect(idCheckChar('11010519491231002')).toBe('X');
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
  });
  it('refuses a wrong check digit, a bad date, a wrong length, lowercase x', () => {
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    expect(isValidIdNumber('110105194902300027')).toBe(false);
    expect(isValidIdNumber('11010519491231002')).toBe(false);
    expect(isValidIdNumber('11010519491231002x')).toBe(false);
  });
  it('reads the gender from the sequence digit', () => {
    expect(genderOfIdNumber('11010519491231002X')).toBe(2);
    expect(genderOfIdNumber('330203199001011237')).toBe(1);
  });
});

describe('request validation names the failing field', () => {
  it.each([
    ['header.institution_code', { institutionCode: 'h3302' }],
    ['header.msg_id', { msgId: 'H33020300001202613281000000001' }],
    ['header.msg_id', { msgId: 'H33020300002202611281000000001' }],
    ['header.terminal_id', { terminalId: '' }],
    ['header.operator_id', { operatorId: 'x'.repeat(31) }],
    ['header.operator_type', { operatorType: 9 }],
    ['header.sign_no', { signNo: 'x'.repeat(41) }],
    ['header.sign_no', { signNo: 'ab cd' }],
    ['header.request_time_ms', { requestTimeMs: 2 ** 53 }],
    ['header.request_time_ms', { requestTimeMs: -5 }],
    ['header.care_region', { careRegion: '33020' }],
  ])('%s', (field, patch) => {
    expect(validateHeader({ ...goodHeader, ...patch }, true)).toBe(field);
  });
  it('accepts a good header; sign_no optional for sign-in', () => {
    expect(validateHeader(goodHeader, true)).toBe('');
    expect(validateHeader({ ...goodHeader, signNo: '' }, false)).toBe('');
    // No sign-in number at all: valid here, declined I04 by the core (README: missing or unknown).
    expect(validateHeader({ ...goodHeader, signNo: '' }, true)).toBe('');
    expect(validateHeader(null, true)).toBe('header');
  });
  it.each([
    ['credential', null],
    ['credential.type', { type: 9 }],
    ['credential.card_no', { type: 3, cardNo: '12345', cardSn: 'A'.repeat(32), idNo: '11010519491231002X' }],
    ['credential.card_sn', { type: 3, cardNo: 'B12345678', cardSn: 'xyz', idNo: '11010519491231002X' }],
    ['credential.id_no', { type: 3, cardNo: 'B12345678', cardSn: 'A'.repeat(32), idNo: '110105194912310021' }],
    ['credential.id_no', { type: 2, idNo: '' }],
    ['', { type: 4, cardNo: '900000000001' }],
  ])('%s', (field, credential) => {
    expect(validateCredential(credential)).toBe(field);
  });
  it('refuses unknown enum values', () => {
    const credential = { type: 2, idNo: '11010519491231002X' };
    expect(validateInquire({ header: goodHeader, credential, medicalType: 99 as never })).toBe('medical_type');
    expect(validateInquire({ header: goodHeader, credential, insuranceType: 311 as never })).toBe('insurance_type');
  });
});

describe('int64 decoding', () => {
  it('decodes int64 as plain numbers, and an unsafe one as an unsafe number', () => {
    const ok = v1.RequestHeader.decode(v1.RequestHeader.encode({ requestTimeMs: 1_795_000_000_000 }).finish());
    expect(ok.requestTimeMs).toBe(1_795_000_000_000);
    // 2^53 + 1 on the wire, as raw varint bytes (field 7).
    const big = Buffer.from([0x38, 0x81, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x10]);
    const decoded = v1.RequestHeader.decode(big).requestTimeMs as number;
    expect(typeof decoded).toBe('number');
    expect(Number.isSafeInteger(decoded)).toBe(false);
  });
});

describe('replies', () => {
  it('masks names and ID numbers', () => {
    expect(maskName('张三丰')).toBe('张*丰');
    expect(maskName('李四')).toBe('李*');
    expect(maskName('欧阳娜娜')).toBe('欧**娜');
    expect(maskIdNo('11010519491231002X')).toBe('110105********002X');
  });
  it('appends timings as field 15 (protobuf) and as the last JSON member', () => {
    const reply = { outcome: { reason: '00', result: 1 }, budgetUs: 1000 };
    const timings = {
      receiveUs: 1,
      decodeUs: 2,
      queueUs: 300,
      decideUs: 4,
      encodeUs: 5,
      totalUs: 70_000,
      commitUs: 900,
    };
    const proto = appendTimings(encodeReply(v1.InquireReply, reply, Format.Proto), Format.Proto, timings);
    const decoded = v1.InquireReply.decode(proto);
    expect(decoded.timings).toMatchObject(timings);
    expect(decoded.budgetUs).toBe(1000);
    const json = JSON.parse(
      appendTimings(encodeReply(v1.InquireReply, reply, Format.Json), Format.Json, timings).toString(),
    );
    expect(json.timings).toEqual(timings);
    expect(json.outcome.result).toBe('RESULT_APPROVED');
  });
  it('appends a replicated pool applied sequence as timings field 8, beyond 2^32 exact', () => {
    const reply = { outcome: { reason: '00', result: 1 }, budgetUs: 1000 };
    for (const appliedSeq of [1, 127, 128, 300_000, 2 ** 32 + 5, Number.MAX_SAFE_INTEGER]) {
      const timings = { receiveUs: 1, decodeUs: 2, queueUs: 3, decideUs: 4, encodeUs: 5, totalUs: 6, commitUs: 0 };
      const proto = appendTimings(encodeReply(v1.InquireReply, reply, Format.Proto), Format.Proto, {
        ...timings,
        appliedSeq,
      });
      const decoded = v1.InquireReply.decode(proto);
      expect(Number(decoded.timings?.appliedSeq)).toBe(appliedSeq);
      expect(decoded.timings?.totalUs).toBe(6);
      const json = JSON.parse(
        appendTimings(encodeReply(v1.InquireReply, reply, Format.Json), Format.Json, {
          ...timings,
          appliedSeq,
        }).toString(),
      );
      expect(json.timings.appliedSeq).toBe(String(appliedSeq));
      expect(v1.InquireReply.fromObject(json).timings?.appliedSeq?.toString()).toBe(String(appliedSeq));
    }
    // A single box sends none.
    const plain = appendTimings(encodeReply(v1.InquireReply, reply, Format.Proto), Format.Proto, {
      receiveUs: 1,
      decodeUs: 2,
      queueUs: 3,
      decideUs: 4,
      encodeUs: 5,
      totalUs: 6,
      commitUs: 0,
      appliedSeq: 0,
    });
    expect(Number(v1.InquireReply.decode(plain).timings?.appliedSeq ?? 0)).toBe(0);
  });
});

describe('generated code', () => {
  it('is fresh: regenerating from ssc.proto gives the committed files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ssc-gen-'));
    try {
      execFileSync('node', ['protocol/gen.mjs', dir], { stdio: 'pipe' });
      for (const file of ['ssc.js', 'ssc.d.ts', 'ssc.json', 'es/ssc_pb.ts']) {
        expect(readFileSync(join(dir, file), 'utf8'), `${file} is stale: run npm run gen`).toBe(
          readFileSync(join('protocol/ssc/v1/gen', file), 'utf8'),
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
