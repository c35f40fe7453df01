// China time, the one home (engine/core/china-time.ts): dates, text and msg_id stamps, row by row.
import { describe, expect, it } from 'vitest';
import {
  chinaDateMs,
  chinaDateTimeText,
  chinaFields,
  chinaStamp14,
  dayMs,
  parseChinaDate,
} from '../../engine/core/china-time.js';

describe('china time', () => {
  it('midnight China time is 16:00 UTC the day before', () => {
    expect(new Date(chinaDateMs(2011, 5, 1)).toISOString()).toBe('2011-04-30T16:00:00.000Z');
    expect(parseChinaDate('2011-05-01')).toBe(chinaDateMs(2011, 5, 1));
  });
  it.each(['2026-02-30', '2026-13-01', '2026-00-10', '2026-2-3', '20260203', ''])('refuses %j', (text) => {
    expect(parseChinaDate(text)).toBeUndefined();
  });
  it('leap days exist only in leap years', () => {
    expect(parseChinaDate('2024-02-29')).toBe(chinaDateMs(2024, 2, 29));
    expect(parseChinaDate('2026-02-29')).toBeUndefined();
  });
  it('reads an instant as China fields, text and a msg_id stamp', () => {
    const ms = Date.UTC(2026, 10, 29, 16, 30, 5); // 2026-11-30 00:30:05 in China
    expect(chinaFields(ms).getUTCDate()).toBe(30);
    expect(chinaDateTimeText(ms)).toBe('2026-11-30 00:30:05');
    expect(chinaStamp14(ms)).toBe('20261130003005');
    expect(chinaDateMs(2026, 11, 30) + dayMs).toBe(chinaDateMs(2026, 12, 1));
  });
});
