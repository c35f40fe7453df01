// The reason-code catalogue (docs/DOMAIN.md section 7). Codes are stable forever: deprecate, never
// renumber or reuse. Every decision the core makes is one of these codes, returned as a value.

export const Reason = {
  Approved: '00',
  CardUnknown: 'C01',
  CardTempLost: 'C02',
  CardFormallyLost: 'C03',
  CardSuperseded: 'C04',
  CardCancelled: 'C05',
  CardNotIssued: 'C06',
  CardHotListed: 'C07',
  CardLegacyExpired: 'C09',
  PersonNotInsured: 'P01',
  InsuranceSuspended: 'P02',
  InsuranceTerminated: 'P03',
  CredentialMismatch: 'P04',
  DuplicateEnrolment: 'P05',
  RegionNotFiled: 'R01',
  RegionOutsideProvince: 'R02',
  InstitutionNotDesignated: 'I01',
  TerminalRefused: 'I02',
  OperationNotAllowed: 'I03',
  NotSignedIn: 'I04',
  AnnualCapReached: 'L01',
  AccountInsufficient: 'L02',
  Duplicate: 'T01',
  OriginalNotFound: 'T02',
  AlreadyCancelled: 'T03',
  DuplicateDifferentContent: 'T04',
  InvalidField: 'V01',
  AmountsMismatch: 'V02',
  VisitNotFound: 'M01',
  VisitNotOpen: 'M02',
  VisitFull: 'M03',
  FeeLineConflict: 'M04',
  EVoucherInvalid: 'E01',
  EVoucherExpired: 'E02',
  EVoucherElsewhere: 'E03',
  ChronicNotFiled: 'F01',
  FilingNotFound: 'F02',
  DiseaseUnknown: 'F03',
  FilingOverlaps: 'F04',
  FilingTargetInvalid: 'F05',
  FilingsFull: 'F06',
  Unavailable: 'S01',
} as const;

export type ReasonCode = (typeof Reason)[keyof typeof Reason];

/**
 * Reasons that come with an approval: L01 (the annual cap stopped the pool; the rest is the
 * person's, and the settlement goes through) and T01 (a duplicate returns the original approval).
 */
export function approves(reason: ReasonCode): boolean {
  return reason === Reason.Approved || reason === Reason.AnnualCapReached;
}

export interface ReasonText {
  readonly code: ReasonCode;
  readonly zh: string;
  readonly en: string;
}

/** Human messages, Chinese and English, in catalogue order. The README table is checked against this. */
export const reasonCatalogue: readonly ReasonText[] = [
  { code: '00', zh: '交易成功', en: 'approved' },
  { code: 'C01', zh: '卡片不存在', en: 'card unknown' },
  { code: 'C02', zh: '卡片已临时挂失', en: 'card temporarily reported lost' },
  { code: 'C03', zh: '卡片已正式挂失', en: 'card formally reported lost' },
  { code: 'C04', zh: '卡片已被替换（损坏或补换，卡识别码非当前卡）', en: 'card superseded (damaged or replaced)' },
  { code: 'C05', zh: '卡片已注销', en: 'card cancelled' },
  { code: 'C06', zh: '卡片尚未发放给持卡人', en: 'card not issued to the holder' },
  { code: 'C07', zh: '卡片在黑名单中', en: 'card on the hot list' },
  { code: 'C09', zh: '旧卡已超过过渡期限', en: 'legacy card past the transition deadline' },
  { code: 'P01', zh: '未参加该险种', en: 'person not insured for this insurance type' },
  { code: 'P02', zh: '参保暂停或不在参保期内', en: 'insurance suspended or outside the insured period' },
  { code: 'P03', zh: '参保已终止', en: 'insurance terminated' },
  { code: 'P04', zh: '凭证与持卡人身份不符', en: 'credential does not match the person' },
  { code: 'P05', zh: '重复参保尚未处理', en: 'insured in two regions, unresolved' },
  {
    code: 'R01',
    zh: '省内异地就医未办理转院或异地定点备案',
    en: 'care in the province outside the pool without a filing',
  },
  { code: 'R02', zh: '省外就医不支持刷卡结算', en: 'care outside the province' },
  { code: 'I01', zh: '非定点医药机构或定点资格已暂停、过期', en: 'institution not designated' },
  { code: 'I02', zh: '终端未注册、已停用或不属于该机构', en: 'terminal unknown, disabled or not of this institution' },
  { code: 'I03', zh: '该机构类型不允许此业务', en: 'operation not allowed for this institution type' },
  { code: 'I04', zh: '终端未签到或签到已过期', en: 'not signed in' },
  { code: 'L01', zh: '已达年度支付限额', en: 'annual cap reached' },
  {
    code: 'L02',
    zh: '个人账户余额不足，无法恢复已撤销的结算',
    en: 'personal account balance no longer covers the settlement to restore',
  },
  { code: 'T01', zh: '重复交易，返回原交易结果', en: 'duplicate: the original answer is returned' },
  { code: 'T02', zh: '原交易不存在', en: 'original not found' },
  { code: 'T03', zh: '原交易已撤销或已冲正', en: 'already cancelled or reversed' },
  { code: 'T04', zh: '报文ID重复但内容不同', en: 'same message id with different content' },
  { code: 'V01', zh: '字段缺失或格式错误', en: 'missing or invalid field' },
  { code: 'V02', zh: '金额不平（总额不等于明细之和）', en: 'amounts do not add up' },
  { code: 'M01', zh: '就诊记录不存在或不属于本机构', en: 'visit not found at this institution' },
  { code: 'M02', zh: '就诊已结算、已撤销或已过期', en: 'visit settled, cancelled or expired' },
  {
    code: 'M03',
    zh: '超出就诊限额（每次就诊明细条数或每人未结就诊数）',
    en: 'visit bound reached (fee lines per visit or open visits per person)',
  },
  { code: 'M04', zh: '费用明细流水号已存在但内容不同', en: 'fee line number already used with different content' },
  { code: 'E01', zh: '医保电子凭证无效（伪造或不存在）', en: 'e-voucher invalid (forged or unknown)' },
  { code: 'E02', zh: '医保电子凭证已过期', en: 'e-voucher expired' },
  { code: 'E03', zh: '医保电子凭证已由其他机构解码使用', en: 'e-voucher decoded at another institution' },
  {
    code: 'F01',
    zh: '门诊慢特病未办理该病种备案或备案不在有效期内',
    en: 'chronic outpatient care without a valid filing for the disease',
  },
  {
    code: 'F02',
    zh: '备案不存在、已撤销或不属于本人、本机构',
    en: 'filing not found (or revoked, or not this person or institution)',
  },
  { code: 'F03', zh: '病种不在门诊慢特病病种目录中', en: 'disease not in the chronic / special-disease catalogue' },
  { code: 'F04', zh: '同一对象的备案在有效期内已存在', en: 'a filing for the same target is already in force' },
  {
    code: 'F05',
    zh: '备案对象无效（本统筹区内、省外或机构、区划不存在）',
    en: 'filing target invalid (inside the own pool, outside the province, or unknown)',
  },
  { code: 'F06', zh: '个人备案数量已达上限', en: 'filings per person bound reached' },
  { code: 'S01', zh: '系统繁忙，请用同一报文ID重试', en: 'temporarily unavailable, retry with the same msg id' },
];

const byCode = new Map<string, ReasonText>(reasonCatalogue.map((r) => [r.code, r]));
const indexByCode = new Map<string, number>(reasonCatalogue.map((r, i) => [r.code, i]));

/** A reason's position in the catalogue (it crosses thread boundaries as one byte). */
export function reasonIndex(code: ReasonCode): number {
  const index = indexByCode.get(code);
  if (index === undefined) throw new Error(`assertion: reason ${code} missing from the catalogue`);
  return index;
}

export function reasonText(code: ReasonCode): ReasonText {
  const text = byCode.get(code);
  if (text === undefined) throw new Error(`assertion: reason ${code} missing from the catalogue`);
  return text;
}
