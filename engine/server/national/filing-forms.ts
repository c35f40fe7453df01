// The national forms of the filings and the disease catalogue, as public HIS code builds them
// (newtouch-cloud/openhis WinServiceAPI/YiBaoInterface/Models/Input/Input_2501.cs … Input_2506.cs,
// Input_5301.cs, Input_5302.cs, Input_13.cs; Output_2503.cs, Output_5301.cs, OutputDownload13.cs):
//   2501 refmedin (referral)  2503 data (chronic)  2505 data (designated)  -> RegisterFiling
//   2502 / 2504 / 2506 data: trt_dcla_detl_sn                            -> RevokeFiling
//   5301 data: psn_no (chronic)  5302 data: psn_no, biz_appy_type          -> QueryFilings
//   1309 data: ver                                                        -> ListDiseases
// Dates are yyyy-MM-dd, China time; an end date is inclusive (the engine's valid_to_ms is the next
// midnight). A referral or designated filing without an end date is valid limits.filingDefaultValidityMs.

import type { ssc } from '../../../protocol/pb.js';
import { dayMs } from '../../core/china-time.js';
import { limits } from '../../core/limits.js';
import { chinaTime, dayOf, type Json, section, text, yuan } from './fields.js';
import type { NationalContext, NationalForm } from './forms.js';

const FilingKind = { Referral: 1, Designated: 2, Chronic: 3 } as const;

/** begndate / enddate -> [valid_from_ms, valid_to_ms); no end date: open-ended (chronic) or the default. */
function validity(d: Json, openEnded: boolean): { validFromMs: number; validToMs: number } {
  const validFromMs = dayOf(text(d, 'begndate'), 'begndate');
  const end = text(d, 'enddate', false);
  if (end !== '') return { validFromMs, validToMs: dayOf(end, 'enddate') + dayMs };
  return { validFromMs, validToMs: openEnded ? 0 : validFromMs + limits.filingDefaultValidityMs };
}

function registerFiling(input: Json, ctx: NationalContext): Json {
  if (ctx.infno === '2501') {
    return section(input, 'refmedin', (d) => ({
      personNo: text(d, 'psn_no'),
      kind: FilingKind.Referral,
      targetInstitution: text(d, 'reflin_medins_no'),
      targetRegion: text(d, 'mdtrtarea_admdvs', false),
      ...validity(d, false),
    }));
  }
  if (ctx.infno === '2503') {
    return section(input, 'data', (d) => ({
      personNo: text(d, 'psn_no'),
      kind: FilingKind.Chronic,
      diseaseCode: text(d, 'opsp_dise_code'),
      ...validity(d, true),
    }));
  }
  return section(input, 'data', (d) => ({
    personNo: text(d, 'psn_no'),
    kind: FilingKind.Designated,
    targetInstitution: text(d, 'fixmedins_code'),
    ...validity(d, false),
  }));
}

function revokeFiling(input: Json): Json {
  return section(input, 'data', (d) => ({
    personNo: text(d, 'psn_no'),
    filingNo: text(d, 'trt_dcla_detl_sn'),
    memo: text(d, 'memo', false),
  }));
}

/** result.trt_dcla_detl_sn: the filing registered or revoked. */
function filingOutput(reply: Json): Json {
  const filing = (reply as ssc.v1.IFilingReply).filing;
  return filing === undefined || filing === null ? {} : { result: { trt_dcla_detl_sn: filing.filingNo ?? '' } };
}

const day = (ms: unknown): string => chinaTime(Number(ms)).slice(0, 10);
/** The inclusive end date of [from, to); '' for an open-ended filing. */
const endDay = (toMs: unknown): string => (Number(toMs ?? 0) === 0 ? '' : day(Number(toMs) - dayMs));

function queryFilings(input: Json, ctx: NationalContext): Json {
  return section(input, 'data', (d) => ({
    personNo: text(d, 'psn_no'),
    kind: ctx.infno === '5301' ? FilingKind.Chronic : FilingKind.Designated,
  }));
}

/** 5301 feedetail[] (chronic filings), 5302 psnfixmedin[] (designated-institution filings). */
function filingsOutput(reply: Json, ctx: NationalContext): Json {
  const filings = (reply as ssc.v1.IQueryFilingsReply).filings ?? [];
  if (ctx.infno === '5301') {
    return {
      feedetail: filings.map((f) => ({
        opsp_dise_code: f.diseaseCode ?? '',
        opsp_dise_name: f.diseaseName ?? '',
        begndate: day(f.validFromMs),
        enddate: endDay(f.validToMs),
        trt_dcla_detl_sn: f.filingNo ?? '',
      })),
    };
  }
  return {
    psnfixmedin: filings.map((f) => ({
      psn_no: (reply as ssc.v1.IQueryFilingsReply).personNo ?? '',
      fixmedins_code: f.targetInstitution ?? '',
      begndate: day(f.validFromMs),
      enddate: endDay(f.validToMs),
      trt_dcla_detl_sn: f.filingNo ?? '',
    })),
  };
}

/**
 * 1309 data[]: the catalogue inline (the national service answers a file to fetch with 9102; the
 * engine's catalogue is small), with the engine's policy row per disease as ssc_ fields.
 */
function diseasesOutput(reply: Json): Json {
  const r = reply as ssc.v1.IListDiseasesReply;
  if (r.diseases === undefined || r.diseases === null) return {};
  return {
    data: r.diseases.map((d) => ({
      opsp_dise_code: d.code ?? '',
      opsp_dise_name: d.name ?? '',
      opsp_dise_majcls_codg: d.categoryCode ?? '',
      opsp_dise_majcls_name: d.categoryName ?? '',
      vali_flag: '1',
      ver: r.version ?? '',
      ssc_deductible: yuan(d.deductibleFen),
      ssc_ratio: (d.ratioBp ?? 0) / 10_000,
      ssc_annual_cap: yuan(d.annualCapFen),
    })),
  };
}

export const filingForms = {
  RegisterFiling: { sections: ['refmedin', 'data'], input: registerFiling, output: filingOutput },
  RevokeFiling: { sections: ['data'], input: revokeFiling, output: filingOutput },
  QueryFilings: { sections: ['data'], input: queryFilings, output: filingsOutput },
  ListDiseases: { sections: ['data'], input: () => ({}), output: diseasesOutput },
} as const satisfies Record<string, NationalForm>;
