// GB 11643-1999 citizen identity numbers: 17 digits (6 region, 8 birth date, 3 sequence whose last
// digit is odd for men) and an ISO 7064 MOD 11-2 check character (0-9 or X).

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const checkChars = '10X98765432';

/** The check character for the first 17 digits. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * weights[i]!;
  return checkChars[sum % 11]!;
}

const shape = /^\d{17}[\dX]$/;

/** True for an 18-character ID number with a real birth date and the right check character. */
export function isValidIdNumber(idNo: string): boolean {
  if (idNo.length !== 18 || !shape.test(idNo)) return false;
  const year = Number(idNo.slice(6, 10));
  const month = Number(idNo.slice(10, 12));
  const day = Number(idNo.slice(12, 14));
  if (year < 1880 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return false;
  return idCheckChar(idNo) === idNo[17];
}

/** 1 male, 2 female, from the sequence digit (GB 11643: odd for men). */
export function genderOfIdNumber(idNo: string): 1 | 2 {
  return (idNo.charCodeAt(16) - 48) % 2 === 1 ? 1 : 2;
}
