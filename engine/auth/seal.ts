// Terminal secret keys are stored sealed (AES-256-GCM) under the engine's master key, which lives in
// the configuration, not in the data folder: a copy of the data folder alone does not reveal them.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { assert } from '../core/assert.js';

const ivBytes = 12;
const tagBytes = 16;

export function sealKey(masterKey: Buffer, plain: Buffer): Buffer {
  assert(masterKey.length === 32, 'master key is 32 bytes');
  const iv = randomBytes(ivBytes);
  const cipher = createCipheriv('aes-256-gcm', masterKey, iv);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

export function openKey(masterKey: Buffer, sealed: Uint8Array): Buffer {
  assert(masterKey.length === 32, 'master key is 32 bytes');
  const buf = Buffer.from(sealed);
  const decipher = createDecipheriv('aes-256-gcm', masterKey, buf.subarray(0, ivBytes));
  decipher.setAuthTag(buf.subarray(ivBytes, ivBytes + tagBytes));
  return Buffer.concat([decipher.update(buf.subarray(ivBytes + tagBytes)), decipher.final()]);
}
