// The 附件4 summary and 附件5 not-returned list, counted from member records in a real (temporary)
// store: returned forms per department (two levels) × bank, totals, and who has not returned one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employerMemberKey } from '../../engine/cards/card-centre.js';
import type { MemberRecord } from '../../engine/cards/records.js';
import { notReturned, summary } from '../../engine/cards/reports.js';
import { Exclusion, Mismatch, Scheme, Stage } from '../../engine/core/card-rules.js';
import { Bank } from '../../engine/core/model.js';
import { Store } from '../../engine/store/store.js';

const dir = mkdtempSync(join(tmpdir(), 'ssc-reports-'));
let store: Store;

function member(
  name: string,
  stage: Stage,
  bank: Bank | null,
  department1 = '',
  department2 = '',
  mismatch: Mismatch = Mismatch.None,
): MemberRecord {
  return {
    name,
    insuredRegion: '330200',
    insuranceType: 310,
    scheme: Scheme.Employee,
    employerCode: 'EMP1',
    enrolledRegionCount: 1,
    insuredFromMs: 0,
    retired: false,
    stage,
    mismatch,
    exclusion: stage === Stage.Excluded ? Exclusion.InpatientOnly : Exclusion.None,
    importDigest: '',
    confirmation:
      bank === null
        ? null
        : {
            phone: '13800000000',
            landline: '',
            address: 'x',
            postcode: '315000',
            bank,
            department1,
            department2,
            correctedName: '',
            enteredBy: 'op',
            enteredMs: 0,
          },
    reviewedBy: '',
    cardNo: '',
    pickedUpBy: '',
    pickedUpMs: 0,
    signatureSealed: '',
    deliveredMs: 0,
  };
}

beforeAll(async () => {
  store = Store.open({ path: dir, readOnly: false, mapSizeBytes: 2 ** 30 });
  const rows: [string, MemberRecord][] = [
    ['1', member('甲', Stage.Submitted, Bank.Icbc, '港口', '一队')],
    ['2', member('乙', Stage.Final, Bank.Icbc, '港口', '一队')],
    ['3', member('丙', Stage.Final, Bank.Ccb, '港口', '二队')],
    ['4', member('丁', Stage.Submitted, Bank.Boc, '机关')],
    ['5', member('戊', Stage.Matched, null)],
    ['6', member('己', Stage.Mismatch, null, '', '', Mismatch.NotInRegister)],
    ['7', member('庚', Stage.Mismatch, null, '', '', Mismatch.NameDiffers)],
    ['8', member('辛', Stage.Excluded, null)],
  ];
  for (const [id, record] of rows) {
    await store.members.put(id, record);
    await store.employerMembers.put(employerMemberKey('EMP1', id), 1);
  }
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('summary (附件4) and not-returned list (附件5)', () => {
  it('counts returned forms per two-level department and bank, with totals', () => {
    const s = summary(store, 'EMP1');
    expect(s.rows).toEqual([
      { department1: '机关', department2: '', ICBC: 0, CCB: 0, BOC: 1, total: 1 },
      { department1: '港口', department2: '一队', ICBC: 2, CCB: 0, BOC: 0, total: 2 },
      { department1: '港口', department2: '二队', ICBC: 0, CCB: 1, BOC: 0, total: 1 },
    ]);
    expect(s.totals).toMatchObject({ ICBC: 2, CCB: 1, BOC: 1, total: 4 });
    // Expected forms not returned: the matched person and the one missing from the police register
    // (who may return corrected data); not the name mismatch (to be resolved first) or the excluded.
    expect(s.notReturned).toBe(2);
  });

  it('lists who has not returned a form, by pinyin', () => {
    expect(notReturned(store, 'EMP1').map((r) => r.name)).toEqual(['己', '戊']);
  });

  it('an employer with no members has an empty summary', () => {
    expect(summary(store, 'NONE')).toMatchObject({ rows: [], notReturned: 0, totals: { total: 0 } });
  });
});
