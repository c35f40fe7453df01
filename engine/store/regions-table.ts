// Division codes and their pools (docs/DOMAIN.md section 3). Codes map to pools through this table, never
// by string prefix: Fenghua 330283 became district 330213 in 2016 and both stay valid. Ningbo pooled
// employee medical insurance at city level on 2011-05-01 (pool 330299, "probably" per the spec);
// before that each of the six insured regions was its own pool.
import { chinaDateMs } from '../core/china-time.js';
import type { RegionRow } from '../core/model.js';

export { chinaDateMs };

const cityPoolingMs = chinaDateMs(2011, 5, 1);
const fenghuaDistrictMs = chinaDateMs(2016, 9, 1);

export const ningboPoolCode = '330299';
export const zhejiangCode = '330000';

interface Place {
  code: string;
  name: string;
  insuredRegion: string;
  provinceCode: string;
  /** Pool for places outside Ningbo (the city). */
  poolCode?: string;
  validFromMs?: number;
}

/** Ningbo: the six insured regions; the urban districts share insured region 330200. */
const ningbo: Place[] = [
  { code: '330200', name: '宁波市区', insuredRegion: '330200', provinceCode: zhejiangCode },
  { code: '330203', name: '海曙区', insuredRegion: '330200', provinceCode: zhejiangCode },
  { code: '330204', name: '江东区', insuredRegion: '330200', provinceCode: zhejiangCode },
  { code: '330205', name: '江北区', insuredRegion: '330200', provinceCode: zhejiangCode },
  { code: '330206', name: '北仑区', insuredRegion: '330200', provinceCode: zhejiangCode },
  { code: '330211', name: '镇海区', insuredRegion: '330200', provinceCode: zhejiangCode },
  { code: '330212', name: '鄞州区', insuredRegion: '330200', provinceCode: zhejiangCode },
  { code: '330282', name: '慈溪市', insuredRegion: '330282', provinceCode: zhejiangCode },
  { code: '330281', name: '余姚市', insuredRegion: '330281', provinceCode: zhejiangCode },
  { code: '330283', name: '奉化市', insuredRegion: '330283', provinceCode: zhejiangCode },
  {
    code: '330213',
    name: '奉化区',
    insuredRegion: '330283',
    provinceCode: zhejiangCode,
    validFromMs: fenghuaDistrictMs,
  },
  { code: '330226', name: '宁海县', insuredRegion: '330226', provinceCode: zhejiangCode },
  { code: '330225', name: '象山县', insuredRegion: '330225', provinceCode: zhejiangCode },
];

const elsewhere: Place[] = [
  { code: '330100', name: '杭州市', insuredRegion: '330100', provinceCode: zhejiangCode, poolCode: '330100' },
  { code: '330102', name: '杭州市上城区', insuredRegion: '330100', provinceCode: zhejiangCode, poolCode: '330100' },
  { code: '330106', name: '杭州市西湖区', insuredRegion: '330100', provinceCode: zhejiangCode, poolCode: '330100' },
  { code: '330302', name: '温州市鹿城区', insuredRegion: '330300', provinceCode: zhejiangCode, poolCode: '330300' },
  { code: '330602', name: '绍兴市越城区', insuredRegion: '330600', provinceCode: zhejiangCode, poolCode: '330600' },
  { code: '330702', name: '金华市婺城区', insuredRegion: '330700', provinceCode: zhejiangCode, poolCode: '330700' },
  { code: '310101', name: '上海市黄浦区', insuredRegion: '310000', provinceCode: '310000', poolCode: '310000' },
  { code: '320102', name: '南京市玄武区', insuredRegion: '320100', provinceCode: '320000', poolCode: '320100' },
  { code: '340102', name: '合肥市瑶海区', insuredRegion: '340100', provinceCode: '340000', poolCode: '340100' },
];

/** Every division code with its rows, oldest first. */
export function regionTable(): Map<string, RegionRow[]> {
  const table = new Map<string, RegionRow[]>();
  for (const place of ningbo) {
    const from = place.validFromMs ?? 0;
    const rows: RegionRow[] = [];
    if (from < cityPoolingMs) {
      rows.push({ ...base(place), poolCode: place.insuredRegion, validFromMs: from, validToMs: cityPoolingMs });
    }
    rows.push({ ...base(place), poolCode: ningboPoolCode, validFromMs: Math.max(from, cityPoolingMs), validToMs: 0 });
    table.set(place.code, rows);
  }
  for (const place of elsewhere) {
    table.set(place.code, [{ ...base(place), poolCode: place.poolCode!, validFromMs: 0, validToMs: 0 }]);
  }
  return table;
}

function base(place: Place): Omit<RegionRow, 'poolCode' | 'validFromMs' | 'validToMs'> {
  return { code: place.code, name: place.name, insuredRegion: place.insuredRegion, provinceCode: place.provinceCode };
}

/** The six insured regions of Ningbo with population weights (share of demo persons, per mille). */
export const ningboInsuredRegions: readonly { insuredRegion: string; districts: readonly string[]; weight: number }[] =
  [
    { insuredRegion: '330200', districts: ['330203', '330204', '330205', '330206', '330211', '330212'], weight: 420 },
    { insuredRegion: '330282', districts: ['330282'], weight: 180 },
    { insuredRegion: '330281', districts: ['330281'], weight: 130 },
    { insuredRegion: '330283', districts: ['330283', '330213'], weight: 70 },
    { insuredRegion: '330226', districts: ['330226'], weight: 100 },
    { insuredRegion: '330225', districts: ['330225'], weight: 100 },
  ];
