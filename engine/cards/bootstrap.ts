// The first staff account. A fresh store has no staff: the engine creates `admin` with the secret
// from SSC_ADMIN_SECRET, or a random one written to <data>/admin-secret (owner-only), never logged.
// The admin then creates operators, reviewers, agents and auditors (POST /admin/staff).
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from '../store/store.js';
import { Role } from './records.js';
import { staffRecord } from './staff.js';

export const bootstrapStaffId = 'admin';

export interface Bootstrap {
  created: boolean;
  /** Where a generated secret was written ('' when it came from the environment or nothing was created). */
  secretFile: string;
}

export async function ensureAdmin(store: Store, secretFromEnv: string, nowMs: number): Promise<Bootstrap> {
  for (const _ of store.staff.getKeys({ limit: 1 })) return { created: false, secretFile: '' };
  const secret = secretFromEnv === '' ? randomBytes(18).toString('base64url') : secretFromEnv;
  const record = await staffRecord(Role.Admin, secret, nowMs);
  // Through the store's writer path: a replicated pool's leader appends it to the log like any change.
  await store.transact(() => store.staff.putSync(bootstrapStaffId, record));
  if (secretFromEnv !== '') return { created: true, secretFile: '' };
  const secretFile = join(store.options.path, 'admin-secret');
  writeFileSync(secretFile, `${secret}\n`, { mode: 0o600 });
  return { created: true, secretFile };
}
