// The employer pages' routes: the roster (GET /admin/employers/{code}/roster decides who may see
// it: staff, or an agent the employer names), one person through an opaque reference (never the
// ID number in a URL), the confirmation (PUT /admin/persons/{idNo}/confirmation, one person per
// call), the reviewer's decision, and the printable forms.
import { createHmac } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { NotReturnedRow, RosterRow, SummaryRow } from '../../cards/reports.js';
import { maskIdNo } from '../../wire/replies.js';
import { type BatchCardRow, batchesOf, batchesSection } from './batch-pages.js';
import { registerBatchRoutes } from './batch-routes.js';
import {
  bankCodes,
  employerLookupPage,
  type PersonReply,
  personPage,
  type RosterView,
  rosterPage,
} from './employer-pages.js';
import {
  authorizationForm,
  confirmationForm,
  type EmployerHead,
  noticeForm,
  notReturnedForm,
  printLayout,
  rosterForm,
  summaryForm,
} from './forms.js';
import type { Html } from './html.js';
import type { ConsoleKit } from './index.js';
import type { Session } from './session.js';

const employerCodeShape = /^[A-Za-z0-9]{4,20}$/;
const formNames = ['a1', 'a3', 'a4', 'a5', 'a6'] as const;
type FormName = (typeof formNames)[number];

/** A person's reference in console URLs: keyed under the master key, 16 characters, not the ID number. */
function refOf(masterKey: Buffer, idNo: string): string {
  return createHmac('sha256', masterKey).update(`ssc console person\u0000${idNo}`).digest('base64url').slice(0, 16);
}

/** 404: the employer lookup page, saying so. */
function employerNotFound(
  kit: ConsoleKit,
  request: FastifyRequest,
  reply: FastifyReply,
  session: Session,
): FastifyReply {
  const ctx = kit.ctx(request, session);
  return kit.send(reply, employerLookupPage(ctx, ctx.t('employer.notFound')), 404);
}

export interface Roster {
  head: EmployerHead;
  rows: RosterRow[];
}

/** The roster through the admin route (which refuses whoever may not see it), or the refusal page sent. */
export async function rosterOf(
  kit: ConsoleKit,
  request: FastifyRequest,
  reply: FastifyReply,
  session: Session,
  code: string,
): Promise<Roster | FastifyReply> {
  if (!employerCodeShape.test(code)) return employerNotFound(kit, request, reply, session);
  const answer = await kit.admin<{ rows: RosterRow[] }>(request, session, 'GET', `/admin/employers/${code}/roster`);
  if (answer.status === 404) return employerNotFound(kit, request, reply, session);
  if (answer.status !== 200) return kit.refused(request, reply, session, answer);
  const name = kit.deps.centre.employer(code)?.name ?? '';
  return { head: { code, name, insuredRegion: '' }, rows: answer.body.rows };
}

export function registerEmployerPages(kit: ConsoleKit): void {
  kit.page('/employers', async (request, reply, session) => {
    const code = ((request.query as { code?: string }).code ?? '').trim();
    if (code === '') return kit.send(reply, employerLookupPage(kit.ctx(request, session)));
    if (!employerCodeShape.test(code)) return employerNotFound(kit, request, reply, session);
    return reply.redirect(`/console/employers/${code}`, 303);
  });
  kit.page('/employers/:code', async (request, reply, session) => {
    const roster = await rosterOf(kit, request, reply, session, (request.params as { code: string }).code);
    if (!('rows' in roster)) return roster;
    const rows: RosterView[] = roster.rows.map((r) => ({
      ref: refOf(kit.deps.masterKey, r.idNo),
      name: r.name,
      idNoMasked: maskIdNo(r.idNo),
      stage: r.stage,
      mismatch: r.mismatch,
      bank: r.bank,
      cardStatus: r.cardStatus,
      department: [r.department1, r.department2].filter((d) => d !== '').join(' / '),
    }));
    const query = request.query as { page?: string; picked?: string; cards?: string };
    const page = Number(query.page ?? '1');
    const ctx = kit.ctx(request, session);
    const batches = await kit.admin<{ rows: BatchCardRow[] }>(
      request,
      session,
      'GET',
      `/admin/employers/${roster.head.code}/batches`,
    );
    const picked =
      query.picked !== undefined && /^B\d{16}$/.test(query.picked)
        ? ctx.t('batches.picked', { batchId: query.picked, cards: Number(query.cards ?? '0') })
        : undefined;
    const section = batchesSection(ctx, roster.head.code, batchesOf(batches.body.rows ?? []));
    return kit.send(reply, rosterPage(ctx, roster.head, rows, Number.isInteger(page) ? page - 1 : 0, section, picked));
  });
  registerPersonRoutes(kit);
  registerFormRoutes(kit);
  registerBatchRoutes(kit);
}

interface Person {
  roster: Roster;
  idNo: string;
  ref: string;
  person: PersonReply;
}

/** The person a URL names (through the employer's roster), or the page already sent. */
async function personOf(
  kit: ConsoleKit,
  request: FastifyRequest,
  reply: FastifyReply,
  session: Session,
): Promise<Person | FastifyReply> {
  const { code, ref } = request.params as { code: string; ref: string };
  const roster = await rosterOf(kit, request, reply, session, code);
  if (!('rows' in roster)) return roster;
  const row = roster.rows.find((r) => refOf(kit.deps.masterKey, r.idNo) === ref);
  if (row === undefined)
    return kit.send(reply, employerLookupPage(kit.ctx(request, session), kit.ctx(request).t('employer.empty')), 404);
  const answer = await kit.admin<PersonReply>(request, session, 'GET', `/admin/persons/${row.idNo}`);
  if (answer.status !== 200) return kit.refused(request, reply, session, answer);
  return { roster, idNo: row.idNo, ref, person: answer.body };
}

function registerPersonRoutes(kit: ConsoleKit): void {
  const show = async (
    request: FastifyRequest,
    reply: FastifyReply,
    session: Session,
    extra: { notice?: string; error?: string; status?: number } = {},
  ): Promise<FastifyReply> => {
    const found = await personOf(kit, request, reply, session);
    if (!('person' in found)) return found;
    const ctx = kit.ctx(request, session);
    const done = (request.query as { done?: string }).done;
    const notice =
      extra.notice ??
      (done === 'confirmed'
        ? ctx.t('person.confirmed')
        : done === 'approved'
          ? ctx.t('person.approved', { cardNo: found.person.cardNo })
          : done === 'rejected'
            ? ctx.t('person.rejected')
            : undefined);
    const page = personPage(ctx, {
      employerCode: found.roster.head.code,
      ref: found.ref,
      idNoMasked: maskIdNo(found.idNo),
      person: found.person,
      ...(notice === undefined ? {} : { notice }),
      ...(extra.error === undefined ? {} : { error: extra.error }),
    });
    return kit.send(reply, page, extra.status ?? 200);
  };
  kit.page('/employers/:code/people/:ref', async (request, reply, session) => show(request, reply, session));
  kit.form('/employers/:code/people/:ref/confirmation', async (request, reply, session) => {
    const found = await personOf(kit, request, reply, session);
    if (!('person' in found)) return found;
    const form = request.body as Record<string, unknown>;
    const text = (name: string): string => (typeof form[name] === 'string' ? (form[name] as string).trim() : '');
    const body: Record<string, string> = {
      phone: text('phone'),
      address: text('address'),
      postcode: text('postcode'),
      bank: text('bank'),
    };
    for (const optional of ['landline', 'department1', 'department2', 'correctedName'])
      if (text(optional) !== '') body[optional] = text(optional);
    const answer = await kit.admin<{ message?: string; sscCode?: string }>(
      request,
      session,
      'PUT',
      `/admin/persons/${found.idNo}/confirmation`,
      body,
    );
    if (answer.status === 401 || answer.status === 403) return kit.refused(request, reply, session, answer);
    if (answer.status !== 200)
      return show(request, reply, session, {
        error: `${answer.body.message ?? ''} (${answer.body.sscCode ?? answer.status})`,
        status: answer.status,
      });
    return reply.redirect(`/console/employers/${found.roster.head.code}/people/${found.ref}?done=confirmed`, 303);
  });
  kit.form('/employers/:code/people/:ref/review', async (request, reply, session) => {
    const found = await personOf(kit, request, reply, session);
    if (!('person' in found)) return found;
    const approve = (request.body as Record<string, unknown>)['approve'] === '1';
    const answer = await kit.admin<{ message?: string; sscCode?: string }>(
      request,
      session,
      'POST',
      `/admin/persons/${found.idNo}/review`,
      { approve },
    );
    if (answer.status === 401 || answer.status === 403) return kit.refused(request, reply, session, answer);
    if (answer.status !== 200)
      return show(request, reply, session, {
        error: `${answer.body.message ?? ''} (${answer.body.sscCode ?? answer.status})`,
        status: answer.status,
      });
    const done = approve ? 'approved' : 'rejected';
    return reply.redirect(`/console/employers/${found.roster.head.code}/people/${found.ref}?done=${done}`, 303);
  });
}

function registerFormRoutes(kit: ConsoleKit): void {
  const print = (
    request: FastifyRequest,
    reply: FastifyReply,
    session: Session,
    title: string,
    back: string,
    body: Html,
  ) => kit.send(reply, printLayout(kit.ctx(request, session), title, back, body));
  kit.page('/employers/:code/people/:ref/form', async (request, reply, session) => {
    const found = await personOf(kit, request, reply, session);
    if (!('person' in found)) return found;
    const { person } = found;
    const c = person.confirmation;
    const ctx = kit.ctx(request, session);
    const back = `/console/employers/${found.roster.head.code}/people/${found.ref}`;
    return print(
      request,
      reply,
      session,
      ctx.t('form.a2'),
      back,
      confirmationForm(ctx, {
        employer: { ...found.roster.head, insuredRegion: person.insuredRegion },
        idNo: found.idNo,
        name: person.name,
        inPoliceRegister: person.mismatch !== 'not-in-police-register',
        correctedName: c?.correctedName ?? '',
        phone: c?.phone ?? '',
        landline: c?.landline ?? '',
        address: c?.address ?? '',
        postcode: c?.postcode ?? '',
        bank: c === null ? '' : (bankCodes[c.bank] ?? ''),
      }),
    );
  });
  kit.page('/employers/:code/forms/:form', async (request, reply, session) => {
    const form = (request.params as { form: string }).form as FormName;
    if (!formNames.includes(form)) return kit.send(reply, employerLookupPage(kit.ctx(request, session)), 404);
    const roster = await rosterOf(kit, request, reply, session, (request.params as { code: string }).code);
    if (!('rows' in roster)) return roster;
    const ctx = kit.ctx(request, session);
    const { code } = roster.head;
    const back = `/console/employers/${code}`;
    const body = await formBody(kit, request, session, form, roster);
    if (body === undefined) return kit.send(reply, employerLookupPage(kit.ctx(request, session)), 404);
    return print(request, reply, session, ctx.t(`form.${form}`), back, body);
  });
}

async function formBody(
  kit: ConsoleKit,
  request: FastifyRequest,
  session: Session,
  form: FormName,
  roster: Roster,
): Promise<Html | undefined> {
  const ctx = kit.ctx(request, session);
  const { code } = roster.head;
  switch (form) {
    case 'a1':
      return authorizationForm(ctx, roster.head, kit.deps.centre.employer(code)?.agents ?? []);
    case 'a3':
      return rosterForm(ctx, roster.head, roster.rows);
    case 'a4': {
      const s = await kit.admin<{ rows: SummaryRow[]; totals: SummaryRow; notReturned: number }>(
        request,
        session,
        'GET',
        `/admin/employers/${code}/summary`,
      );
      if (s.status !== 200) return undefined;
      const rows = s.body.rows.filter((r) => r.department1 !== 'TOTAL');
      return summaryForm(ctx, roster.head, rows, s.body.totals, s.body.notReturned);
    }
    case 'a5': {
      const n = await kit.admin<{ rows: NotReturnedRow[] }>(
        request,
        session,
        'GET',
        `/admin/employers/${code}/not-returned`,
      );
      if (n.status !== 200) return undefined;
      const departments = new Map(
        roster.rows.map((r) => [r.idNo, [r.department1, r.department2].filter((d) => d !== '').join(' / ')]),
      );
      return notReturnedForm(
        ctx,
        roster.head,
        n.body.rows.map((r) => ({ idNo: r.idNo, name: r.name, department: departments.get(r.idNo) ?? '' })),
      );
    }
    case 'a6':
      return noticeForm(ctx);
  }
}
