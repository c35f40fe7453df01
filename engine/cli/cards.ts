// The card centre from a shell: `npm run cards -- <command>`. Talks to the running engine's admin
// API with a staff token (SSC_TOKEN, from `login`), so the same roles, scopes and audit apply as
// for any client. Imports stream the file with a progress bar.

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseChinaDate } from '../core/china-time.js';
import { AdminClient, type AdminResult } from './admin-client.js';
import { engineUrl } from './engine-url.js';
import { progressBar } from './progress.js';

const usage = `usage: npm run cards -- <command> [--url http://127.0.0.1:8080]   (token: SSC_TOKEN)
  login <staff id>                       secret from SSC_STAFF_SECRET or stdin; prints the token
  evoucher <ID no> [business type]        an e-voucher's QR code (operator; default type 01101)
  family-import <file.csv>                家庭共济 bindings in bulk: beneficiary_id_no,payer_id_no[,valid_from,valid_to]
                                         (YYYY-MM-DD); pending until a reviewer runs approve|reject <FM id>
  staff add <id> <role> [--employer E --agent-id ID]   secret from SSC_STAFF_SECRET (admin)
  import members|police|legacy <file>    CSV (.csv) or JSON Lines (.jsonl); prints the report
  employer add <code> <name>
  agents <employer> <idNo:name> [...]     the employer authorization (1-3 agents, replaces the last)
  roster|summary|not-returned <employer> [--csv]
  confirm <idNo> --phone P --address A --postcode Z --bank ICBC|CCB|BOC [--dept1 D --dept2 D]
  review <idNo> approve|reject
  batch [--employer E]  |  arrival <batch>  |  pickup <batch>  |  deliver <card> --signature S
  card <cardNo> [temp-loss|formal-loss|temp-loss-lift|formal-loss-lift|damage|replacement|
                 bank-activation|retirement|cancellation --reason death|emigration|transfer-out]
  approve <reviewId | FM id> | reject <reviewId | FM id>
  sweep                                  run the six-month return sweep now
  police-report | returned-report [--csv]
  hot-list [--since N] | changes [--since N] | audit [--since N]
  get <path> | post <path> [json]        any admin route`;

function print(result: AdminResult): void {
  const out =
    result.text !== '' && !(result.text.startsWith('{') || result.text.startsWith('['))
      ? result.text
      : JSON.stringify(result.body, null, 2);
  (result.status < 400 ? process.stdout : process.stderr).write(`${out}\n`);
  if (result.status >= 400) process.exitCode = 1;
}

/** A family list (CSV, header row optional): beneficiary, payer, optional YYYY-MM-DD validity. */
function familyRows(csv: string): object[] {
  return csv
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('beneficiary'))
    .map((line) => {
      const [beneficiaryIdNo = '', payerIdNo = '', from = '', to = ''] = line.split(',').map((f) => f.trim());
      const day = (text: string): number | undefined => {
        const ms = parseChinaDate(text);
        if (text !== '' && ms === undefined) throw new Error(`${line}: dates are YYYY-MM-DD`);
        return ms;
      };
      const validFromMs = day(from);
      const validToMs = day(to);
      return {
        beneficiaryIdNo,
        payerIdNo,
        ...(validFromMs === undefined ? {} : { validFromMs }),
        ...(validToMs === undefined ? {} : { validToMs }),
      };
    });
}

async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text.trim();
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      csv: { type: 'boolean', default: false },
      employer: { type: 'string' },
      'agent-id': { type: 'string' },
      phone: { type: 'string' },
      landline: { type: 'string' },
      address: { type: 'string' },
      postcode: { type: 'string' },
      bank: { type: 'string' },
      dept1: { type: 'string' },
      dept2: { type: 'string' },
      'corrected-name': { type: 'string' },
      signature: { type: 'string' },
      reason: { type: 'string' },
      since: { type: 'string', default: '0' },
      help: { type: 'boolean', default: false },
    },
  });
  const [command, ...args] = positionals;
  if (values.help || command === undefined) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const client = new AdminClient(engineUrl(values.url));
  client.token = process.env['SSC_TOKEN'] ?? '';
  const format = values.csv ? '?format=csv' : '';
  const arg = (i: number, what: string): string => {
    const value = args[i];
    if (value === undefined) throw new Error(`missing ${what}\n${usage}`);
    return value;
  };
  switch (command) {
    case 'login': {
      const secret = process.env['SSC_STAFF_SECRET'] ?? (await readStdin());
      const result = await client.login(arg(0, 'staff id'), secret);
      if (result.status === 200) process.stdout.write(`${client.token}\n`);
      else print(result);
      return;
    }
    case 'staff':
      return print(
        await client.post('/admin/staff', {
          staffId: arg(1, 'staff id'),
          role: arg(2, 'role'),
          secret: process.env['SSC_STAFF_SECRET'] ?? (await readStdin()),
          ...(values.employer === undefined ? {} : { employerCode: values.employer }),
          ...(values['agent-id'] === undefined ? {} : { agentIdNo: values['agent-id'] }),
        }),
      );
    case 'import': {
      const kind = arg(0, 'members, police or legacy');
      const file = arg(1, 'file');
      const path = kind === 'legacy' ? '/admin/imports/legacy-cards' : `/admin/imports/${kind}`;
      const bar = progressBar(`upload ${kind}`);
      const result = await client.upload(
        path,
        { file },
        file.endsWith('.csv') ? 'text/csv' : 'application/x-ndjson',
        bar,
      );
      const report = result.body as { rejected?: unknown[] };
      if (result.status === 200 && Array.isArray(report.rejected) && report.rejected.length > 20) {
        report.rejected = [...report.rejected.slice(0, 20), `... ${report.rejected.length - 20} more`];
      }
      return print(result);
    }
    case 'employer':
      return print(await client.post('/admin/employers', { code: arg(1, 'code'), name: arg(2, 'name') }));
    case 'evoucher': {
      const result = await client.post<{ qrCode: string }>(`/admin/persons/${arg(0, 'ID number')}/evouchers`, {
        businessType: args[1] ?? '01101',
      });
      if (result.status === 200) process.stdout.write(`${result.body.qrCode}\n`);
      else print(result);
      return;
    }
    case 'agents': {
      const agents = args.slice(1).map((pair) => {
        const [idNo, name] = pair.split(':');
        return { idNo, name };
      });
      return print(await client.put(`/admin/employers/${arg(0, 'employer')}/authorization`, { agents }));
    }
    case 'roster':
    case 'summary':
    case 'not-returned':
      return print(await client.get(`/admin/employers/${arg(0, 'employer')}/${command}${format}`));
    case 'confirm':
      return print(
        await client.put(`/admin/persons/${arg(0, 'ID number')}/confirmation`, {
          phone: values.phone,
          address: values.address,
          postcode: values.postcode,
          bank: values.bank,
          ...(values.landline === undefined ? {} : { landline: values.landline }),
          ...(values.dept1 === undefined ? {} : { department1: values.dept1 }),
          ...(values.dept2 === undefined ? {} : { department2: values.dept2 }),
          ...(values['corrected-name'] === undefined ? {} : { correctedName: values['corrected-name'] }),
        }),
      );
    case 'review':
      return print(
        await client.post(`/admin/persons/${arg(0, 'ID number')}/review`, {
          approve: arg(1, 'approve or reject') === 'approve',
        }),
      );
    case 'batch':
      return print(
        await client.post('/admin/batches', values.employer === undefined ? {} : { employerCode: values.employer }),
      );
    case 'arrival':
    case 'pickup':
      return print(await client.post(`/admin/batches/${arg(0, 'batch id')}/${command}`));
    case 'deliver':
      return print(
        await client.post(`/admin/cards/${arg(0, 'card number')}/delivery`, { signature: values.signature ?? '' }),
      );
    case 'card': {
      const cardNo = arg(0, 'card number');
      const op = args[1];
      if (op === undefined) return print(await client.get(`/admin/cards/${cardNo}`));
      return print(
        await client.post(`/admin/cards/${cardNo}/${op}`, op === 'cancellation' ? { reason: values.reason } : {}),
      );
    }
    case 'approve':
    case 'reject': {
      const id = arg(0, 'review id');
      const path = id.startsWith('FM') ? `/admin/family-imports/${id}` : `/admin/reviews/${id}`;
      return print(await client.post(path, { approve: command === 'approve' }));
    }
    case 'family-import':
      return print(
        await client.post('/admin/family-imports', { rows: familyRows(readFileSync(arg(0, 'file'), 'utf8')) }),
      );
    case 'sweep':
      return print(await client.post('/admin/sweeps/returns'));
    case 'police-report':
      return print(await client.get(`/admin/reports/police${format}`));
    case 'returned-report':
      return print(await client.get(`/admin/reports/returned${format}`));
    case 'hot-list':
      return print(
        await client.get(values.since === '0' ? '/admin/hot-list' : `/admin/hot-list/deltas?since=${values.since}`),
      );
    case 'changes':
    case 'audit':
      return print(await client.get(`/admin/${command}?since=${values.since}`));
    case 'get':
      return print(await client.get(arg(0, 'path')));
    case 'post':
      return print(
        await client.post(
          arg(0, 'path'),
          args[1] === undefined
            ? {}
            : JSON.parse(args[1].startsWith('@') ? readFileSync(args[1].slice(1), 'utf8') : args[1]),
        ),
      );
    default:
      process.stderr.write(`unknown command ${command}\n${usage}\n`);
      process.exitCode = 2;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`cards: ${(error as Error).message}\n`);
  process.exit(1);
});
