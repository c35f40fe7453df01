// What replication relies on in the store itself:
//   - the digest the replication suites compare replicas with sees every replicated database,
//     read-only or not (it once saw none in a read-only store, so every digest was equal);
//   - a record applied from the stream can be undone to exactly the state before it (undo.ts);
//   - a leader's recorded-then-aborted transaction does not leave a structured database's encoder
//     using record structures the store never saved (values applied after it were unreadable once
//     the store was reopened).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ABORT } from 'lmdb';
import { unpack } from 'msgpackr';
import { afterAll, describe, expect, it } from 'vitest';
import { storeDigest } from '../../engine/replication/digest.js';
import { EffectRecorder, type Write } from '../../engine/replication/effects.js';
import { PoolRoutes, peekCardNo, peekInsuredRegion } from '../../engine/replication/routing.js';
import { copySnapshot } from '../../engine/replication/snapshot.js';
import { keepUndo, type UndoBack, undoKeyPrefix, undoLast, undoRecordsMax } from '../../engine/replication/undo.js';
import { defaultMapSizeBytes, Store } from '../../engine/store/store.js';
import { Format } from '../../engine/wire/replies.js';
import { operations } from '../../protocol/operations.js';

const root = mkdtempSync(join(tmpdir(), 'ssc-digest-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const open = (name: string, readOnly: boolean): Store =>
  Store.open({ path: join(root, name), readOnly, mapSizeBytes: defaultMapSizeBytes });

describe('storeDigest', () => {
  it('covers every replicated database, the same read-only or writable; one changed value changes it', async () => {
    const a = open('a', false);
    await a.meta.put('k', 'v');
    await a.accounts.put('acc', Buffer.from([1, 2, 3]));
    await a.audit.put(1, Buffer.from([9]));
    await a.env.flushed;
    const writable = storeDigest(a);
    expect(a.namedDatabases().size).toBeGreaterThan(20);
    await a.close();
    copySnapshot(join(root, 'a'), join(root, 'b'));
    const readOnly = open('a', true);
    expect(readOnly.namedDatabases().size).toBeGreaterThan(20);
    expect(storeDigest(readOnly)).toBe(writable);
    await readOnly.close();
    const b = open('b', false);
    expect(storeDigest(b)).toBe(writable);
    // The audit trail is each engine's own: not covered.
    await b.audit.put(2, Buffer.from([8]));
    await b.env.flushed;
    expect(storeDigest(b)).toBe(writable);
    await b.accounts.put('acc', Buffer.from([1, 2, 4]));
    await b.env.flushed;
    expect(storeDigest(b)).not.toBe(writable);
    await b.close();
  });

  it('values first shaped in an aborted recording are readable after the store is reopened', async () => {
    const store = open('c', false);
    const recorder = new EffectRecorder(store);
    for (let round = 0; round < 3; round++) {
      let writes: Write[] = [];
      store.env.transactionSync(() => {
        writes = recorder.record(() => {
          store.staff.putSync(`s${round}`, { [`field${round}`]: round, common: 'x' });
          store.members.putSync(`m${round}`, { [`other${round}`]: round });
        }).writes;
        return ABORT;
      });
      recorder.forgetAbortedStructures(writes);
      // As the leader applies its acknowledged record: the same values, in a new transaction.
      await store.env.transaction(() => {
        for (const [db, key, value] of writes)
          (db === 'staff' ? store.staff : store.members).putSync(key as string, unpack(value!));
      });
    }
    await store.env.flushed;
    await store.close();
    const reopened = open('c', true);
    expect([reopened.staff.get('s0'), reopened.staff.get('s2'), reopened.members.get('m1')]).toEqual([
      { field0: 0, common: 'x' },
      { field2: 2, common: 'x' },
      { other1: 1 },
    ]);
    await reopened.close();
  });
});

describe('peekInsuredRegion (routing by the insured pool)', () => {
  it('reads header.insured_region from protobuf and JSON bodies, with int64 fields around it', () => {
    const header = {
      msgId: 'H33010600001202611301200000001',
      terminalId: 'T1',
      requestTimeMs: Date.now(),
      insuredRegion: '330102',
      careRegion: '330106',
    };
    for (const [method, rest] of [
      ['SignIn', {}],
      ['Inquire', { credential: { type: 3, cardNo: 'A1', idNo: '330102199001011234' } }],
    ] as const) {
      const spec = operations.find((o) => o.method === method)!;
      const bytes = spec.request.encode({ header, ...rest }).finish();
      expect(peekInsuredRegion(Format.Proto, bytes)).toBe('330102');
      const json = Buffer.from(JSON.stringify({ header, ...rest }));
      expect(peekInsuredRegion(Format.Json, json)).toBe('330102');
    }
    const without = operations.find((o) => o.method === 'SignIn')!;
    expect(
      peekInsuredRegion(Format.Proto, without.request.encode({ header: { ...header, insuredRegion: '' } }).finish()),
    ).toBe('');
    // Malformed bytes route nowhere (decided here, where decoding refuses them).
    expect(peekInsuredRegion(Format.Proto, Buffer.from([0x0a, 0xff, 0xff]))).toBe('');
    expect(peekInsuredRegion(Format.Json, Buffer.from('{'))).toBe('');
  });
});

describe('peekCardNo and the card questions (routing a card to the pool that holds it)', () => {
  const header = { msgId: 'H33010600001202611301200000001', terminalId: 'T1', requestTimeMs: Date.now() };
  const credential = { type: 3, cardNo: 'A12345678', cardSn: 'F'.repeat(32), idNo: '330102199001011234' };
  const encode = (method: string, body: object): Uint8Array =>
    operations
      .find((o) => o.method === method)!
      .request.encode(body)
      .finish();

  it('reads credential.card_no of the operations that carry one, in protobuf and JSON, and of no other', () => {
    for (const method of ['Inquire', 'PreSettle', 'Settle', 'OpenVisit']) {
      const spec = operations.find((o) => o.method === method)!;
      expect(peekCardNo(spec.id, Format.Proto, encode(method, { header, credential, totalFen: 100 }))).toBe(
        'A12345678',
      );
      expect(peekCardNo(spec.id, Format.Json, Buffer.from(JSON.stringify({ header, credential })))).toBe('A12345678');
    }
    const signIn = operations.find((o) => o.method === 'SignIn')!;
    expect(peekCardNo(signIn.id, Format.Proto, encode('SignIn', { header }))).toBe('');
    const inquire = operations.find((o) => o.method === 'Inquire')!;
    expect(peekCardNo(inquire.id, Format.Proto, encode('Inquire', { header }))).toBe('');
    expect(peekCardNo(inquire.id, Format.Proto, Buffer.from([0x12, 0xff, 0xff]))).toBe('');
    expect(peekCardNo(inquire.id, Format.Json, Buffer.from('{'))).toBe('');
  });

  it('asks the other pools for a card this store does not hold, remembers who held it, and not again at once for none', () => {
    const watchers: ((division: string, pool: string) => void)[] = [];
    const log = {
      watchRoutes: (w: (division: string, pool: string) => void) => {
        watchers.push(w);
        return () => {};
      },
    };
    const held = new Set(['LOCAL0001']);
    const routes = new PoolRoutes(log as never, '330299', (cardNo) => held.has(cardNo));
    routes.start();
    const inquire = operations.find((o) => o.method === 'Inquire')!;
    const ask = (cardNo: string, nowMs = 0) =>
      routes.cardQuestion(
        inquire.id,
        Format.Proto,
        encode('Inquire', { header, credential: { ...credential, cardNo } }),
        nowMs,
      );
    // One pool in the table: nobody else to ask.
    for (const w of watchers) w('330203', '330299');
    expect(ask('B00000001')).toBeUndefined();
    for (const w of watchers) {
      w('330102', '330100');
      w('330402', '330400');
    }
    expect(ask('LOCAL0001')).toBeUndefined();
    expect(ask('B00000001')).toEqual({ cardNo: 'B00000001', pools: ['330100', '330400'] });
    routes.noteCard('B00000001', '330400');
    expect(ask('B00000001')).toEqual({ cardNo: 'B00000001', pools: ['330400', '330100'] });
    routes.noteCard('C00000001', '', 1_000);
    expect(ask('C00000001', 30_000)).toBeUndefined();
    expect(ask('C00000001', 62_000)?.pools).toEqual(['330100', '330400']);
    expect(routes.cardsAsked()).toEqual({ asked: 2, found: 1, unknown: 1 });
  });
});

describe('undo of records applied from the stream (undo.ts)', () => {
  it('restores every written key, binary and structured, put or removed, and the chain; kept outside the digest', async () => {
    const store = open('undo', false);
    const databases = store.namedDatabases();
    await store.env.transaction(() => {
      store.accounts.putSync('kept', Buffer.from([1]));
      store.accounts.putSync('removed', Buffer.from([2]));
      store.staff.putSync('s1', { role: 'operator', disabled: false });
    });
    const before = storeDigest(store);
    const recorder = new EffectRecorder(store);
    let writes: Write[] = [];
    store.env.transactionSync(() => {
      writes = recorder.record(() => {
        store.accounts.putSync('kept', Buffer.from([9, 9]));
        store.accounts.removeSync('removed');
        store.accounts.putSync('new', Buffer.from([3]));
        store.staff.putSync('s1', { role: 'reviewer', disabled: true });
        store.staff.putSync('s2', { role: 'auditor', disabled: false });
        // The same key twice in one record: undone to its value before the record.
        store.accounts.putSync('kept', Buffer.from([7]));
      }).writes;
      return ABORT;
    });
    recorder.forgetAbortedStructures(writes);
    await store.env.transaction(() => keepUndo(store, databases, 1, { hash: 'h0', msgId: 'm0' }, writes));
    expect([...store.accounts.getBinary('kept')!]).toEqual([7]);
    expect(store.accounts.getBinary('removed')).toBeUndefined();
    expect(storeDigest(store)).not.toBe(before);
    let setBack: UndoBack | undefined;
    const back = await undoLast(store, databases, 1, (b) => {
      setBack = b;
    });
    expect(back).toEqual({ hash: 'h0', msgId: 'm0' });
    expect(setBack).toEqual(back);
    expect(storeDigest(store)).toBe(before);
    expect([...store.accounts.getBinary('kept')!]).toEqual([1]);
    expect([...store.accounts.getBinary('removed')!]).toEqual([2]);
    expect(store.staff.get('s1')).toEqual({ role: 'operator', disabled: false });
    expect(store.staff.get('s2')).toBeUndefined();
    // Nothing kept for it any more: a second undo of the same record changes nothing.
    expect(await undoLast(store, databases, 1, () => undefined)).toBeUndefined();
    await store.close();
  });

  it('keeps at most undoRecordsMax entries, and none of them changes the digest', async () => {
    const store = open('undo-bound', false);
    const databases = store.namedDatabases();
    for (let seq = 1; seq <= undoRecordsMax + 5; seq++) {
      const writes: Write[] = [['accounts', `k${seq}`, Buffer.from([seq % 256]), false]];
      await store.env.transaction(() => keepUndo(store, databases, seq, { hash: `h${seq - 1}`, msgId: '' }, writes));
    }
    const kept = [...store.meta.getKeys({ start: undoKeyPrefix, end: `${undoKeyPrefix}~` })];
    expect(kept).toHaveLength(undoRecordsMax);
    const withUndo = storeDigest(store);
    await store.env.transaction(() => {
      for (const key of kept) store.meta.removeSync(key);
    });
    expect(storeDigest(store)).toBe(withUndo);
    await store.close();
  });
});
