import { cardView } from '../../cards/card-centre.js';
import {
  departmentLevelsMax,
  Exclusion,
  exclusionNames,
  Mismatch,
  mismatchNames,
  stageNames,
} from '../../core/card-rules.js';
import { limits } from '../../core/limits.js';
import { Bank } from '../../core/model.js';
import { errors } from '../errors.js';
import { type AdminContext, adminError, bodyOf, idNo, name, paramsOf, printableText } from './context.js';

export function registerPersonRoutes(ctx: AdminContext): void {
  const { centre, route, principal, param, body, now, answer, refuseAccess, inScope } = ctx;
  // ---- persons ----------------------------------------------------------------------------
  const personParams = paramsOf({ idNo });
  route(
    'GET',
    '/persons/:idNo',
    'person.read',
    "A person's application and card",
    { params: personParams },
    async (request, reply) => {
      const member = centre.member(param(request, 'idNo'));
      // Scope first: to an agent, a person of another employer and no person at all look alike.
      if (!inScope(request, member?.employerCode ?? ''))
        return refuseAccess(request, reply, errors.adminForbidden, "not an agent of this person's employer");
      if (member === undefined) return adminError(reply, errors.adminNotFound, 'no application for this person');
      const card = member.cardNo === '' ? undefined : centre.card(member.cardNo);
      const { signatureSealed, importDigest: _digest, ...visible } = member;
      // Stages, mismatches and exclusions by name, as card statuses are (one representation).
      return reply.send({
        ...visible,
        stage: stageNames[member.stage],
        mismatch: member.mismatch === Mismatch.None ? '' : mismatchNames[member.mismatch],
        exclusion: member.exclusion === Exclusion.None ? '' : exclusionNames[member.exclusion],
        delivered: signatureSealed !== '',
        card: card === undefined ? null : cardView(card, 0),
      });
    },
  );
  route(
    'PUT',
    '/persons/:idNo/confirmation',
    'person.confirm',
    "One person's confirmation form (附件2): contact data and the person's own bank; one person per call",
    {
      params: personParams,
      body: bodyOf(
        {
          phone: { type: 'string', pattern: '^1\\d{10}$' },
          landline: { type: 'string', pattern: '^[0-9-]{0,20}$' },
          address: { type: 'string', minLength: 1, maxLength: 120 },
          postcode: { type: 'string', pattern: '^\\d{6}$' },
          bank: { type: 'string', enum: ['ICBC', 'CCB', 'BOC'] },
          department1: { type: 'string', maxLength: 40, pattern: printableText },
          department2: { type: 'string', maxLength: 40, pattern: printableText },
          correctedName: name,
        },
        ['phone', 'address', 'postcode', 'bank'],
      ),
    },
    async (request, reply) => {
      const b = body<{
        phone: string;
        landline?: string;
        address: string;
        postcode: string;
        bank: 'ICBC' | 'CCB' | 'BOC';
        department1?: string;
        department2?: string;
        correctedName?: string;
      }>(request);
      if ((b.department2 ?? '') !== '' && (b.department1 ?? '') === '')
        return adminError(
          reply,
          errors.adminInvalid,
          `department2 needs department1 (at most ${departmentLevelsMax} levels)`,
        );
      const input = {
        phone: b.phone,
        landline: b.landline ?? '',
        address: b.address,
        postcode: b.postcode,
        bank: b.bank === 'ICBC' ? Bank.Icbc : b.bank === 'CCB' ? Bank.Ccb : Bank.Boc,
        department1: b.department1 ?? '',
        department2: b.department2 ?? '',
        correctedName: b.correctedName ?? '',
      };
      return answer(request, reply, await centre.confirm(principal(request), param(request, 'idNo'), input, now()));
    },
  );
  route(
    'POST',
    '/persons/:idNo/review',
    'person.review',
    'Approve (card generated) or reject an entered form; the reviewer must not be its maker',
    {
      params: personParams,
      body: bodyOf({ approve: { type: 'boolean' } }),
    },
    async (request, reply) =>
      answer(
        request,
        reply,
        await centre.review(
          principal(request),
          param(request, 'idNo'),
          body<{ approve: boolean }>(request).approve,
          now(),
        ),
      ),
  );
  route(
    'POST',
    '/persons/:idNo/region-transfer',
    'person.regionTransfer',
    'Region transfer: the card is kept, the insured region rewritten',
    {
      params: personParams,
      body: bodyOf({ region: { type: 'string', pattern: '^\\d{6}$' } }),
    },
    async (request, reply) =>
      answer(
        request,
        reply,
        await centre.transferRegion(
          principal(request),
          param(request, 'idNo'),
          body<{ region: string }>(request).region,
          now(),
        ),
      ),
  );
  route(
    'POST',
    '/persons/:idNo/evouchers',
    'evoucher.issue',
    "An e-voucher for the person (the national e-voucher service's stand-in): the QR code a terminal decodes",
    { params: personParams, body: bodyOf({ businessType: { type: 'string', pattern: '^\\d{5}$' } }) },
    async (request, reply) =>
      answer(
        request,
        reply,
        await centre.issueEVoucher(
          principal(request),
          param(request, 'idNo'),
          body<{ businessType: string }>(request).businessType,
          now(),
        ),
      ),
  );
  route(
    'PUT',
    '/persons/:idNo/family',
    'family.bind',
    "家庭共济: the person may draw on a relative's personal account (one payer per person; replaces any)",
    {
      params: personParams,
      body: bodyOf(
        {
          payerIdNo: idNo,
          validFromMs: { type: 'integer', minimum: 0, maximum: 8_640_000_000_000 },
          validToMs: { type: 'integer', minimum: 0, maximum: 8_640_000_000_000 },
        },
        ['payerIdNo'],
      ),
    },
    async (request, reply) => {
      const b = body<{ payerIdNo: string; validFromMs?: number; validToMs?: number }>(request);
      const binding = { payerIdNo: b.payerIdNo, validFromMs: b.validFromMs ?? now(), validToMs: b.validToMs ?? 0 };
      return answer(
        request,
        reply,
        await centre.bindFamily(principal(request), param(request, 'idNo'), binding, now()),
      );
    },
  );
  route(
    'POST',
    '/persons/:idNo/family/revocation',
    'family.revoke',
    "家庭共济 revoked: the person's next settlement no longer draws on the relative's account",
    { params: personParams },
    async (request, reply) =>
      answer(request, reply, await centre.revokeFamily(principal(request), param(request, 'idNo'), now())),
  );
  // 家庭共济 in bulk, maker-checker: an operator submits, a reviewer (not the submitter) decides.
  const importParams = paramsOf({ importId: { type: 'string', pattern: '^FM\\d{1,15}$' } });
  const ms = { type: 'integer', minimum: 0, maximum: 8_640_000_000_000 };
  route(
    'POST',
    '/family-imports',
    'family.import',
    '家庭共济 in bulk: bindings checked row by row and kept pending until a different reviewer decides',
    {
      bodyLimit: limits.familyImportRowsMax * 200,
      body: bodyOf({
        rows: {
          type: 'array',
          minItems: 1,
          maxItems: limits.familyImportRowsMax,
          items: bodyOf(
            {
              beneficiaryIdNo: { type: 'string', maxLength: 18 },
              payerIdNo: { type: 'string', maxLength: 18 },
              validFromMs: ms,
              validToMs: ms,
            },
            ['beneficiaryIdNo', 'payerIdNo'],
          ),
        },
      }),
    },
    async (request, reply) => {
      const rows = body<{
        rows: { beneficiaryIdNo: string; payerIdNo: string; validFromMs?: number; validToMs?: number }[];
      }>(request).rows.map((r) => ({
        beneficiaryIdNo: r.beneficiaryIdNo,
        payerIdNo: r.payerIdNo,
        validFromMs: r.validFromMs ?? now(),
        validToMs: r.validToMs ?? 0,
      }));
      return answer(request, reply, await centre.submitFamilyImport(principal(request), rows, now()), 202);
    },
  );
  route(
    'GET',
    '/family-imports/:importId',
    'family.importRead',
    'A pending family import: its rows and the lines refused at submission',
    { params: importParams },
    async (request, reply) => {
      const record = centre.familyImport(param(request, 'importId'));
      if (record === undefined)
        return adminError(reply, errors.adminNotFound, 'no such import (decided, expired or never made)');
      return reply.send(record);
    },
  );
  route(
    'POST',
    '/family-imports/:importId',
    'review.decide',
    'Approve (every row bound, one change-log entry each) or reject a family import; not by its submitter',
    { params: importParams, body: bodyOf({ approve: { type: 'boolean' } }) },
    async (request, reply) =>
      answer(
        request,
        reply,
        await centre.decideFamilyImport(
          principal(request),
          param(request, 'importId'),
          body<{ approve: boolean }>(request).approve,
          now(),
        ),
      ),
  );
  route(
    'POST',
    '/persons/:idNo/duplicate-resolution',
    'person.resolveDuplicate',
    'A duplicate enrolment resolved (one enrolment dropped)',
    { params: personParams },
    async (request, reply) =>
      answer(request, reply, await centre.resolveDuplicate(principal(request), param(request, 'idNo'), now())),
  );
}
