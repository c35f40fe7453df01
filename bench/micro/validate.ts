// One question: what does request validation cost per Inquire (header + credential + enums)?
// `npm run build && node dist/bench/micro/validate.js`
import { performance } from 'node:perf_hooks';
import { idCheckChar } from '../../protocol/id-number.js';
import { validateInquire } from '../../protocol/validate.js';

const requests = Array.from({ length: 1000 }, (_, i) => {
  const first17 =
    '33020319' + String(50 + (i % 40)).padStart(2, '0') + '0101' + String(100 + (i % 800)).padStart(3, '0');
  return {
    header: {
      msgId: `H33020300001202611281000${String(i % 60).padStart(2, '0')}${String(i % 10000).padStart(4, '0')}`,
      terminalId: 'H33020300001-01',
      institutionCode: 'H33020300001',
      operatorId: 'op001',
      operatorType: 1,
      signNo: 'a1b2c3d4e5f6a1b2c3d4e5f6',
      requestTimeMs: 1_795_000_000_000 + i,
      careRegion: '330203',
    },
    credential: {
      type: 3,
      cardNo: `B${String(10_000_000 + i)}`,
      cardSn: '0123456789ABCDEF0123456789ABCDEF',
      idNo: first17 + idCheckChar(first17),
    },
    medicalType: 11,
    insuranceType: 0,
  };
});

let failures = 0;
for (let i = 0; i < 200_000; i++) if (validateInquire(requests[i % 1000]!) !== '') failures++;
const iterations = 1_000_000;
const t0 = performance.now();
for (let i = 0; i < iterations; i++) if (validateInquire(requests[i % 1000]!) !== '') failures++;
const usPer = ((performance.now() - t0) * 1000) / iterations;
process.stdout.write(`${JSON.stringify({ validateInquireUs: Number(usPer.toFixed(3)), failures })}\n`);
