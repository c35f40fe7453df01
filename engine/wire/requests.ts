// Wire concerns shared by every transport and the workers: bytes (protobuf or proto3 JSON) to
// messages, a request's header as the core's RequestContext, a bill as the core's SettleInput, and
// the MAC header as bytes. Imports point down from here: core and protocol only.

import { checkJsonFields } from '../../protocol/json-fields.js';
import type { ssc } from '../../protocol/pb.js';
import type { SettleInput } from '../core/decide-pre-settle.js';
import type { RegisterFilingCommand, RevokeFilingCommand } from '../core/filings.js';
import type { CredentialInput, RequestContext } from '../core/model.js';
import type {
  CancelVisitCommand,
  Diagnosis,
  OpenVisitCommand,
  UpdateVisitCommand,
  UploadFeesCommand,
  WithdrawFeesCommand,
} from '../core/visits.js';
import { Format } from './replies.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decoded message or the reason it could not be decoded. */
export class Decoded<T> {
  message: T | undefined = undefined;
  error = '';
}

/**
 * protobuf or proto3 JSON -> message. Kept apart from the hot loop: the decoders throw on malformed
 * input, and a throw must become a coded error, never a crash.
 */
export function decodeMessage<T>(
  type: { decode(b: Uint8Array): T; fromObject(o: Record<string, unknown>): T },
  typeName: string,
  format: number,
  body: Uint8Array,
  out: Decoded<T>,
): Decoded<T> {
  out.message = undefined;
  out.error = '';
  try {
    if (format === Format.Proto) {
      out.message = type.decode(body);
    } else {
      const parsed: unknown = JSON.parse(utf8.decode(body));
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        out.error = 'JSON body must be an object';
      } else {
        const problem = checkJsonFields(parsed as Record<string, unknown>, typeName);
        if (problem === '') out.message = type.fromObject(parsed as Record<string, unknown>);
        else out.error = problem;
      }
    }
  } catch (error) {
    out.error = error instanceof Error ? error.message : 'undecodable body';
  }
  return out;
}

export function requestContext(header: ssc.v1.IRequestHeader | null | undefined): RequestContext {
  const h = header ?? {};
  return {
    msgId: h.msgId ?? '',
    terminalId: h.terminalId ?? '',
    institutionCode: h.institutionCode ?? '',
    operatorId: h.operatorId ?? '',
    operatorType: h.operatorType ?? 0,
    signNo: h.signNo ?? '',
    requestTimeMs: (h.requestTimeMs as number | null | undefined) ?? 0,
    careRegion: h.careRegion ?? '',
    insuredRegion: h.insuredRegion ?? '',
  };
}

/** A PreSettle / Settle request as the core's input (absent fields take their proto3 defaults). */
export function settleInputOf(request: ssc.v1.ISettleRequest, header: RequestContext): SettleInput {
  return {
    header,
    credential: credentialInput(request.credential),
    medicalType: request.medicalType ?? 0,
    insuranceType: request.insuranceType ?? 0,
    useAccount: request.useAccount === true,
    totalFen: (request.totalFen as number | null | undefined) ?? 0,
    lines: (request.lines ?? []).map((line) => ({
      lineNo: line.lineNo ?? 0,
      catalogueCode: line.catalogueCode ?? '',
      quantityMilli: (line.quantityMilli as number | null | undefined) ?? 0,
      unitPriceFen: (line.unitPriceFen as number | null | undefined) ?? 0,
      amountFen: (line.amountFen as number | null | undefined) ?? 0,
    })),
    visitId: request.visitId ?? '',
    personNo: request.personNo ?? '',
    diseaseCode: request.diseaseCode ?? '',
  };
}

export function credentialInput(c: ssc.v1.ICredential | null | undefined): CredentialInput {
  const credential = c ?? {};
  return {
    type: credential.type ?? 0,
    cardNo: credential.cardNo ?? '',
    cardSn: credential.cardSn ?? '',
    idNo: credential.idNo ?? '',
  };
}

const noMac = new Uint8Array(0);
const macHexShape = /^[0-9a-fA-F]{64}$/;

/** The `x-ssc-mac` header as bytes (empty when absent or not 64 hex characters: it will not verify). */
export function macFromHeader(value: string | string[] | undefined): Uint8Array {
  return typeof value === 'string' && macHexShape.test(value) ? Buffer.from(value, 'hex') : noMac;
}

const int64 = (value: unknown): number => (value as number | null | undefined) ?? 0;

function diagnosesOf(list: ssc.v1.IDiagnosis[] | null | undefined): Diagnosis[] {
  return (list ?? []).map((d) => ({
    type: d.type ?? '',
    order: d.order ?? 0,
    code: d.code ?? '',
    name: d.name ?? '',
    main: d.main === true,
  }));
}

/** The visit requests as the ledger's commands (absent fields take their proto3 defaults). */
export const visitCommandOf = {
  open(r: ssc.v1.IOpenVisitRequest): OpenVisitCommand {
    return {
      op: 4,
      credential: credentialInput(r.credential),
      medicalType: r.medicalType ?? 0,
      insuranceType: r.insuranceType ?? 0,
      personNo: r.personNo ?? '',
      hisVisitNo: r.hisVisitNo ?? '',
      beginMs: int64(r.beginTimeMs),
      departmentCode: r.departmentCode ?? '',
      doctorCode: r.doctorCode ?? '',
      diagnoses: diagnosesOf(r.diagnoses),
      diseaseCode: r.diseaseCode ?? '',
    };
  },
  update(r: ssc.v1.IUpdateVisitRequest): UpdateVisitCommand {
    return {
      op: 5,
      visitId: r.visitId ?? '',
      personNo: r.personNo ?? '',
      medicalType: r.medicalType ?? 0,
      diagnoses: diagnosesOf(r.diagnoses),
      diseaseCode: r.diseaseCode ?? '',
      endMs: int64(r.endTimeMs),
      dischargeCancelled: r.dischargeCancelled === true,
    };
  },
  upload(r: ssc.v1.IUploadFeesRequest): UploadFeesCommand {
    return {
      op: 6,
      visitId: r.visitId ?? '',
      personNo: r.personNo ?? '',
      lines: (r.lines ?? []).map((l) => [
        l.sn ?? '',
        l.catalogueCode ?? '',
        int64(l.quantityMilli),
        int64(l.unitPriceFen),
        int64(l.amountFen),
        l.batchNo ?? '',
      ]),
    };
  },
  withdraw(r: ssc.v1.IWithdrawFeesRequest): WithdrawFeesCommand {
    return {
      op: 7,
      visitId: r.visitId ?? '',
      personNo: r.personNo ?? '',
      sns: r.sns ?? [],
      batchNo: r.batchNo ?? '',
      all: r.all === true,
    };
  },
  cancel(r: ssc.v1.ICancelVisitRequest): CancelVisitCommand {
    return { op: 8, visitId: r.visitId ?? '', personNo: r.personNo ?? '' };
  },
};

/** The filing requests as the ledger's commands (absent fields take their proto3 defaults). */
export const filingCommandOf = {
  register(r: ssc.v1.IRegisterFilingRequest): RegisterFilingCommand {
    return {
      op: 10,
      personNo: r.personNo ?? '',
      credential: credentialInput(r.credential),
      kind: r.kind ?? 0,
      targetInstitution: r.targetInstitution ?? '',
      targetRegion: r.targetRegion ?? '',
      diseaseCode: r.diseaseCode ?? '',
      validFromMs: int64(r.validFromMs),
      validToMs: int64(r.validToMs),
    };
  },
  revoke(r: ssc.v1.IRevokeFilingRequest): RevokeFilingCommand {
    return {
      op: 11,
      personNo: r.personNo ?? '',
      credential: credentialInput(r.credential),
      filingNo: r.filingNo ?? '',
      memo: r.memo ?? '',
    };
  },
};
