// Agreement between each pair of reviewers on the claims both rated: raw percent agreement and
// Cohen's kappa (agreement beyond what each reviewer's own mix of ratings would give by chance).
export interface CodedValue {
  unit: string;
  coder: string;
  value: string;
}

export interface PairAgreement {
  /** The two coders, coderA < coderB in code-unit order. */
  coderA: string;
  coderB: string;
  /** Units (claims) both rated. */
  units: number;
  /** Of those, units both gave the same value. */
  agreed: number;
  /** agreed / units, 0..1. */
  percent: number;
  /** null when undefined: both coders gave one and the same value throughout (chance agreement 1). */
  cohensKappa: number | null;
}

interface PairTally {
  units: number;
  agreed: number;
  countA: Map<string, number>;
  countB: Map<string, number>;
}

/**
 * Pairs that share no unit are left out: there is nothing to compare. When a coder rated a unit
 * twice, the last value counts.
 */
export function pairwiseAgreement(ratings: Iterable<CodedValue>): PairAgreement[] {
  const byUnit = new Map<string, Map<string, string>>();
  for (const { unit, coder, value } of ratings) {
    let coders = byUnit.get(unit);
    if (!coders) byUnit.set(unit, (coders = new Map()));
    coders.set(coder, value);
  }
  return pairwiseAgreementByUnit(byUnit.values());
}

/** The same from ratings already grouped: for each unit, coder -> value. */
export function pairwiseAgreementByUnit(units: Iterable<ReadonlyMap<string, string>>): PairAgreement[] {
  // Tally pair by pair within each unit: work grows with the pairs that exist, not with every pair of coders.
  const tallies = new Map<string, Map<string, PairTally>>();
  for (const coders of units) {
    const sorted = [...coders].sort(([a], [b]) => compare(a, b));
    for (let i = 0; i < sorted.length; i++) {
      const [coderA, valueA] = sorted[i]!;
      let row = tallies.get(coderA);
      if (!row) tallies.set(coderA, (row = new Map()));
      for (let j = i + 1; j < sorted.length; j++) {
        const [coderB, valueB] = sorted[j]!;
        let tally = row.get(coderB);
        if (!tally) row.set(coderB, (tally = { units: 0, agreed: 0, countA: new Map(), countB: new Map() }));
        tally.units++;
        if (valueA === valueB) tally.agreed++;
        tally.countA.set(valueA, (tally.countA.get(valueA) ?? 0) + 1);
        tally.countB.set(valueB, (tally.countB.get(valueB) ?? 0) + 1);
      }
    }
  }
  const result: PairAgreement[] = [];
  for (const [coderA, row] of tallies)
    for (const [coderB, tally] of row) result.push({ coderA, coderB, ...agreementOf(tally) });
  return result.sort((x, y) => compare(x.coderA, y.coderA) || compare(x.coderB, y.coderB));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function agreementOf({ units, agreed, countA, countB }: PairTally): Omit<PairAgreement, "coderA" | "coderB"> {
  // Chance agreement: the probability both pick the same value if each rated at random with their own frequencies.
  let chance = 0;
  for (const [value, count] of countA) chance += count * (countB.get(value) ?? 0);
  chance /= units * units;
  const observed = agreed / units;
  return { units, agreed, percent: observed, cohensKappa: chance >= 1 ? null : (observed - chance) / (1 - chance) };
}
