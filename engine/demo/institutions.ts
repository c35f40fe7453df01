// The demo institutions (hospitals of each level and pharmacies in every district, institutions
// elsewhere in Zhejiang and in Shanghai) and the demo catalogue.

import { dayMs } from '../core/china-time.js';
import { DesignationStatus, type InstitutionRecord, InstitutionType } from '../core/model.js';
import { chinaDateMs, ningboInsuredRegions } from '../store/regions-table.js';

import type { Prng } from './prng.js';

export interface InstitutionSeed {
  record: InstitutionRecord;
  role?: string;
}

export function institutionSeeds(nowMs: number): InstitutionSeed[] {
  const seeds: InstitutionSeed[] = [];
  const since = chinaDateMs(2011, 1, 1);
  let serial = 0;
  const add = (
    type: InstitutionRecord['type'],
    level: number,
    region: string,
    name: string,
    extra: Partial<InstitutionRecord> = {},
    role?: string,
  ): void => {
    serial++;
    const prefix = type === InstitutionType.Pharmacy ? 'P' : 'H';
    const code = prefix + region + String(serial).padStart(5, '0');
    const record: InstitutionRecord = {
      code,
      name,
      type,
      level,
      region,
      designation: DesignationStatus.Designated,
      designatedFromMs: since,
      designatedToMs: 0,
      provincialNetwork: false,
      ...extra,
    };
    seeds.push(role === undefined ? { record } : { record, role });
  };
  for (const area of ningboInsuredRegions) {
    for (const district of area.districts) {
      const roleSuffix = district === '330203' ? '' : undefined;
      if (district === '330203' || district === '330282' || district === '330281') {
        add(
          InstitutionType.Hospital,
          3,
          district,
          `${district}三级医院`,
          { provincialNetwork: true },
          roleSuffix === undefined ? undefined : 'ningboHospitalL3',
        );
      }
      add(
        InstitutionType.Hospital,
        2,
        district,
        `${district}二级医院`,
        {},
        district === '330212' ? 'ningboHospitalL2' : undefined,
      );
      add(
        InstitutionType.Clinic,
        1,
        district,
        `${district}社区卫生服务中心`,
        {},
        district === '330203' ? 'ningboClinic' : undefined,
      );
      for (let i = 0; i < 3; i++) {
        add(
          InstitutionType.Pharmacy,
          0,
          district,
          `${district}定点药店${i + 1}`,
          {},
          district === '330204' && i === 0 ? 'ningboPharmacy' : undefined,
        );
      }
    }
  }
  add(
    InstitutionType.Hospital,
    2,
    '330205',
    '暂停定点医院',
    { designation: DesignationStatus.Suspended },
    'suspendedInstitution',
  );
  add(
    InstitutionType.Hospital,
    2,
    '330206',
    '定点到期医院',
    { designatedToMs: nowMs - 30 * dayMs },
    'expiredInstitution',
  );
  add(InstitutionType.Hospital, 3, '330106', '杭州省网医院', { provincialNetwork: true }, 'hangzhouNetwork');
  add(InstitutionType.Hospital, 2, '330102', '杭州非省网医院', { provincialNetwork: false }, 'hangzhouNoNetwork');
  add(InstitutionType.Hospital, 3, '330602', '绍兴省网医院', { provincialNetwork: true });
  add(InstitutionType.Hospital, 2, '330302', '温州医院', { provincialNetwork: false });
  add(InstitutionType.Hospital, 3, '310101', '上海医院', { provincialNetwork: false }, 'shanghai');
  return seeds;
}

/**
 * The demo drug and service catalogue: 1,200 drugs (D...) and 300 services (S...). About half
 * Class A, a third Class B with a first self-pay share of 5-20%, the rest self-pay; 40% of the
 * covered items have a unit price cap.
 */
export function demoCatalogue(
  prng: Prng,
): { code: string; name: string; class: number; priceCapFen: number; classBShareBp: number }[] {
  const items: { code: string; name: string; class: number; priceCapFen: number; classBShareBp: number }[] = [];
  for (let i = 0; i < 1_500; i++) {
    const drug = i < 1_200;
    const roll = prng.below(100);
    const itemClass = roll < 50 ? 1 : roll < 85 ? 2 : 3;
    const capped = itemClass !== 3 && prng.chance(400);
    items.push({
      code: (drug ? 'D' : 'S') + String(i + 1).padStart(6, '0'),
      name: (drug ? '药品' : '诊疗项目') + String(i + 1).padStart(4, '0'),
      class: itemClass,
      priceCapFen: capped ? 500 + prng.below(50_000) : 0,
      classBShareBp: itemClass === 2 ? 500 + 100 * prng.below(16) : 0,
    });
  }
  return items;
}
