// The national forms of the visit transactions: outpatient 2201-2205, inpatient 2401-2405 and
// 2301-2302, as public HIS code builds them (newtouch-cloud/openhis WinServiceAPI/YiBaoInterface/
// Models/Input/Input_2201.cs, Input_2203A.cs, Input_2204.cs, Input_2205.cs, Input_2302.cs,
// Input_2401.cs, Input_2402.cs): each becomes one of the visit operations (OpenVisit, UpdateVisit,
// UploadFees, WithdrawFees, CancelVisit). The code picks the shape: ctx.infno is the base code.

import type { ssc } from '../../../protocol/pb.js';
import {
  credentialOf,
  FieldError,
  fenOf,
  integer,
  type Json,
  milliOf,
  priceFenOf,
  section,
  sectionList,
  text,
  timeOf,
  yuan,
} from './fields.js';

/** What a visit form needs of the request's context (forms.ts NationalContext). */
export interface VisitContext {
  infno: string;
  lineSns: string[];
}

/** "Withdraw everything" in 2205 (chrg_bchno) and 2302 (feedetl_sn). */
const everything = '0000';

const optionalTime = (d: Json, name: string): number => {
  const value = text(d, name, false);
  return value === '' ? 0 : timeOf(value, name);
};

/** diseinfo: the visit's diagnoses (2203, 2401, 2402); absent: unchanged. */
function diagnoses(input: Json): Json[] {
  return sectionList(
    input,
    'diseinfo',
    (d) => ({
      type: text(d, 'diag_type', false),
      order: integer(d, 'diag_srt_no', false),
      code: text(d, 'diag_code'),
      name: text(d, 'diag_name', false),
      main: text(d, 'maindiag_flag', false) === '1',
    }),
    false,
  );
}

/** 2201 registration (`data`) or 2401 admission (`mdtrtinfo` + `diseinfo`). */
function openVisit(input: Json, ctx: VisitContext): Json {
  const admission = ctx.infno === '2401';
  return section(input, admission ? 'mdtrtinfo' : 'data', (d) => ({
    credential: credentialOf(d),
    // A registration has no med_type (2203 sets it): outpatient until told otherwise.
    medicalType: admission ? integer(d, 'med_type') : integer(d, 'med_type', false) || 11,
    insuranceType: integer(d, 'insutype', false),
    personNo: text(d, 'psn_no', false),
    hisVisitNo: text(d, admission ? 'ipt_no' : 'ipt_otp_no', false),
    beginTimeMs: optionalTime(d, 'begntime'),
    departmentCode: text(d, admission ? 'adm_dept_codg' : 'dept_code', false),
    doctorCode: text(d, 'atddr_no', false),
    diagnoses: admission ? diagnoses(input) : [],
    diseaseCode: text(d, 'dise_codg', false),
  }));
}

/** 2203 visit info (`mdtrtinfo`), 2402 discharge (`dscginfo`), 2403 change (`adminfo`), 2405 (`data`). */
function updateVisit(input: Json, ctx: VisitContext): Json {
  const name = { '2203': 'mdtrtinfo', '2402': 'dscginfo', '2403': 'adminfo' }[ctx.infno] ?? 'data';
  return section(input, name, (d) => ({
    visitId: text(d, 'mdtrt_id'),
    personNo: text(d, 'psn_no', false),
    medicalType: integer(d, 'med_type', false),
    endTimeMs: ctx.infno === '2402' ? timeOf(text(d, 'endtime'), 'endtime') : 0,
    dischargeCancelled: ctx.infno === '2405',
    diagnoses: ctx.infno === '2405' ? [] : diagnoses(input),
    diseaseCode: text(d, 'dise_codg', false),
  }));
}

/** 2204 / 2301 `feedetail`: every line names the same visit (mdtrt_id) and person. */
function uploadFees(input: Json, ctx: VisitContext): Json {
  let visitId = '';
  let personNo = '';
  const lines = sectionList(input, 'feedetail', (line) => {
    const id = text(line, 'mdtrt_id');
    if (visitId !== '' && id !== visitId) throw new FieldError('mdtrt_id');
    visitId = id;
    personNo = text(line, 'psn_no', false);
    const sn = text(line, 'feedetl_sn');
    ctx.lineSns.push(sn);
    return {
      sn,
      catalogueCode: text(line, 'med_list_codg'),
      quantityMilli: milliOf(line, 'cnt'),
      unitPriceFen: priceFenOf(line, 'pric'),
      amountFen: fenOf(line, 'det_item_fee_sumamt'),
      batchNo: text(line, 'chrg_bchno', false),
    };
  });
  return { visitId, personNo, lines };
}

/** 2205 by charge batch (`data`), 2302 by feedetl_sn (`data` as a list); "0000": every line. */
function withdrawFees(input: Json, ctx: VisitContext): Json {
  if (ctx.infno === '2302') {
    let visitId = '';
    let personNo = '';
    const sns = sectionList(input, 'data', (d) => {
      visitId = text(d, 'mdtrt_id');
      personNo = text(d, 'psn_no', false);
      return text(d, 'feedetl_sn');
    });
    const all = sns.includes(everything);
    return { visitId, personNo, sns: all ? [] : sns, all };
  }
  return section(input, 'data', (d) => {
    const batch = text(d, 'chrg_bchno');
    return {
      visitId: text(d, 'mdtrt_id'),
      personNo: text(d, 'psn_no', false),
      batchNo: batch === everything ? '' : batch,
      all: batch === everything,
    };
  });
}

function cancelVisit(input: Json): Json {
  return section(input, 'data', (d) => ({ visitId: text(d, 'mdtrt_id'), personNo: text(d, 'psn_no', false) }));
}

function visitOutput(reply: Json, ctx: VisitContext): Json {
  const r = reply as ssc.v1.IVisitReply;
  if ((r.visitId ?? '') === '') return {};
  const admission = ctx.infno === '2401';
  return {
    data: {
      mdtrt_id: r.visitId,
      psn_no: r.personNo ?? '',
      [admission ? 'ipt_no' : 'ipt_otp_no']: r.hisVisitNo ?? '',
    },
  };
}

/** 2204 / 2301 `result`: each line's class and buckets as the engine's catalogue decides them. */
function uploadOutput(reply: Json): Json {
  const r = reply as ssc.v1.IUploadFeesReply;
  return {
    result: (r.lines ?? []).map((l) => ({
      feedetl_sn: l.sn ?? '',
      det_item_fee_sumamt: yuan(l.amountFen),
      pric_uplmt_amt: yuan(l.priceCapFen),
      selfpay_prop: (l.selfPayRatioBp ?? 0) / 10_000,
      fulamt_ownpay_amt: yuan(l.selfPayFen),
      overlmt_amt: yuan(l.overCapFen),
      preselfpay_amt: yuan(l.classBFirstFen),
      inscp_scp_amt: yuan(l.inPolicyFen),
      chrgitm_lv: String(l.catalogueClass ?? ''),
      memo: l.lineReason ?? '',
    })),
  };
}

function withdrawOutput(reply: Json): Json {
  const r = reply as ssc.v1.IWithdrawFeesReply;
  return { withdrawn: r.withdrawn ?? 0, remaining: r.lineCount ?? 0, medfee_sumamt: yuan(r.totalFen) };
}

export const visitForms = {
  OpenVisit: { sections: ['data', 'mdtrtinfo', 'diseinfo'], input: openVisit, output: visitOutput },
  UpdateVisit: {
    sections: ['mdtrtinfo', 'dscginfo', 'adminfo', 'diseinfo', 'data'],
    input: updateVisit,
    output: visitOutput,
  },
  UploadFees: { sections: ['feedetail'], input: uploadFees, output: uploadOutput },
  WithdrawFees: { sections: ['data'], input: withdrawFees, output: withdrawOutput },
  CancelVisit: { sections: ['data'], input: cancelVisit, output: visitOutput },
} as const;
