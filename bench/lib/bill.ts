// The outpatient bill the settle benchmarks send: `lineCount` catalogue items at prices that vary
// with the request number (300 to 8,299 fen each), one unit each, the total their sum.
export interface BenchBill {
  medicalType: number;
  useAccount: boolean;
  lines: { lineNo: number; catalogueCode: string; quantityMilli: number; unitPriceFen: number; amountFen: number }[];
  totalFen: number;
}

export function benchBill(i: number, codes: readonly string[], lineCount: number, medicalType: number): BenchBill {
  const lines = Array.from({ length: lineCount }, (_, k) => {
    const price = 300 + ((i * 31 + k * 977) % 8_000);
    return {
      lineNo: k + 1,
      catalogueCode: codes[(i + k * 13) % codes.length]!,
      quantityMilli: 1_000,
      unitPriceFen: price,
      amountFen: price,
    };
  });
  return { medicalType, useAccount: true, lines, totalFen: lines.reduce((s, l) => s + l.amountFen, 0) };
}
