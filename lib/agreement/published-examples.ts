// Worked examples from K. Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), for
// the tests. Each unit lists the observers' values, null where the paper has "." (not coded).
const _ = null;

/** Section C (and D for ordinal/interval): observers A-D in rows, units 1-12 in columns, values 1-5. */
const SECTION_C_OBSERVERS = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];
export const SECTION_C_UNITS: (number | null)[][] = SECTION_C_OBSERVERS[0]!.map((_v, u) =>
  SECTION_C_OBSERVERS.map((row) => row[u]!),
);
export const SECTION_C_ALPHA = { nominal: 0.743, ordinal: 0.815, interval: 0.849 } as const;

/** Section A: two observers, binary data, ten units; alpha 0.095. */
export const SECTION_A_UNITS: number[][] = zip([0, 1, 0, 0, 0, 0, 0, 0, 1, 0], [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]);

/** Section B: two observers, nominal data, twelve units; alpha 0.692. */
export const SECTION_B_UNITS: string[][] = zip([..."aabbdcccedda"], [..."babbbccceddd"]);

function zip<T>(a: T[], b: T[]): T[][] {
  return a.map((value, i) => [value, b[i]!]);
}
