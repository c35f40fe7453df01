// The e-voucher QR code, as the engine's stand-in for the national e-voucher service issues it:
// `EVQR1.` + the token (128 random bits, hex) + `.` + its signature (HMAC-SHA256 under a key derived
// from the master key, the first 128 bits, base64url). The decode checks the signature before
// anything else: a forged or altered code never reaches the store. Each thread that issues or
// decodes configures the key once at start (engine/main.ts), like the person numbers.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const prefix = 'EVQR1';
let key: Buffer = Buffer.alloc(32);

export function configureEVoucherKey(masterKey: Uint8Array): void {
  key = createHmac('sha256', masterKey).update('ssc e-voucher qr v1').digest();
}

export function newEVoucherToken(): string {
  return randomBytes(16).toString('hex');
}

function signatureOf(token: string): Buffer {
  return createHmac('sha256', key).update(`${prefix}.${token}`).digest().subarray(0, 16);
}

export function qrCodeOf(token: string): string {
  return `${prefix}.${token}.${signatureOf(token).toString('base64url')}`;
}

const qrShape = /^EVQR1\.([0-9a-f]{32})\.([A-Za-z0-9_-]{22})$/;

/** The token of a genuine QR code; '' for anything else (malformed, forged, altered). */
export function tokenOfQrCode(qrCode: string): string {
  const match = qrShape.exec(qrCode);
  if (match === null) return '';
  const sent = Buffer.from(match[2]!, 'base64url');
  const expected = signatureOf(match[1]!);
  return sent.length === expected.length && timingSafeEqual(sent, expected) ? match[1]! : '';
}
