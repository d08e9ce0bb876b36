import type { AgreementSummary, Statistic } from "@/lib/agreement";

function Figure({ label, statistic }: { label: string; statistic: Statistic }) {
  return (
    <div className="rounded-md border border-stone-200 bg-white p-3">
      <p className="text-xs font-medium text-stone-600">{label}</p>
      {statistic.status === "ok" ? (
        <>
          <p className="text-2xl font-semibold">{statistic.alpha.toFixed(2)}</p>
          <p className="text-xs text-stone-600">
            on {statistic.units} claim{statistic.units === 1 ? "" : "s"} with two or more verdicts
          </p>
        </>
      ) : (
        <p className="mt-1 text-sm text-stone-700">Not enough data. {statistic.reason}</p>
      )}
    </div>
  );
}

export function AgreementFigures({
  agreement,
  people,
}: {
  agreement: AgreementSummary;
  people: Record<string, string>;
}) {
  return (
    <div className="space-y-4">
      <div className="grid gap-3 sm:grid-cols-2">
        <Figure label="Krippendorff's alpha, ordinal (True … False)" statistic={agreement.ordinal} />
        <Figure label="Krippendorff's alpha, nominal (all ratings)" statistic={agreement.nominal} />
      </div>
      <p className="text-xs text-stone-600">
        1 means full agreement, 0 no better than chance. {agreement.ratedClaims} claim
        {agreement.ratedClaims === 1 ? " has" : "s have"} a submitted verdict, {agreement.pairableClaims} two or more.
      </p>
      {agreement.pairs.length ? (
        <table className="w-full text-left text-sm">
          <caption className="mb-1 text-left text-sm font-semibold">Agreement between reviewers</caption>
          <thead className="text-xs text-stone-600">
            <tr>
              <th scope="col">Reviewers</th>
              <th scope="col">Shared claims</th>
              <th scope="col">Same rating</th>
              <th scope="col">Cohen's kappa</th>
            </tr>
          </thead>
          <tbody>
            {agreement.pairs.map((pair) => (
              <tr key={`${pair.coderA}-${pair.coderB}`} className="border-t border-stone-200">
                <td>
                  {people[pair.coderA] ?? "?"} & {people[pair.coderB] ?? "?"}
                </td>
                <td>{pair.units}</td>
                <td>{pair.percent === null ? "—" : `${Math.round(pair.percent * 100)}%`}</td>
                <td>
                  {pair.units < agreement.minimumUnits || pair.cohensKappa === null
                    ? "not enough data"
                    : pair.cohensKappa.toFixed(2)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
