// The card centre's workflows. E-vouchers: the engine stands in for the national e-voucher service
// (医保电子凭证) and issues a short-lived voucher for a person and a business type, as the QR code
// the person's phone would show (engine/wire/evoucher-qr.ts). One write with its change-log entry.

import { limits } from '../../core/limits.js';
import type { EVoucherRecord } from '../../core/model.js';
import { newEVoucherToken, qrCodeOf } from '../../wire/evoucher-qr.js';
import type { CentreCore } from '../centre-core.js';
import { AdminProblem, type Outcome, ok, refuse } from '../outcomes.js';
import type { Principal } from '../staff.js';

export async function issueEVoucher(
  c: CentreCore,
  actor: Principal,
  idNo: string,
  businessType: string,
  nowMs: number,
): Promise<Outcome<{ qrCode: string; businessType: string; expiresMs: number }>> {
  return c.write((log) => {
    if (c.personOf(idNo) === undefined) return refuse(AdminProblem.NotFound, 'no such person');
    const record: EVoucherRecord = {
      token: newEVoucherToken(),
      idNo,
      businessType,
      issuedMs: nowMs,
      expiresMs: nowMs + limits.evoucherTtlMs,
      institutionCode: '',
    };
    c.store.evouchers.putSync(record.token, record);
    log.append({
      timeMs: nowMs,
      actor: actor.staffId,
      op: 'issue-evoucher',
      subject: idNo,
      before: {},
      after: { businessType, expiresMs: record.expiresMs },
    });
    return ok({ qrCode: qrCodeOf(record.token), businessType, expiresMs: record.expiresMs });
  });
}
