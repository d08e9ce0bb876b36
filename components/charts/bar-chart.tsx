// A horizontal bar chart in SVG, with the same figures as a table for screen readers.
export interface Bar {
  label: string;
  value: number;
  color?: string;
}

export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rowHeight = 26;
  return (
    <figure>
      <figcaption className="mb-2 text-sm font-semibold">{title}</figcaption>
      <svg
        role="img"
        aria-label={`${title}: ${bars.map((b) => `${b.label} ${b.value}`).join(", ")}`}
        viewBox={`0 0 400 ${bars.length * rowHeight}`}
        className="w-full max-w-lg"
      >
        {bars.map((bar, i) => (
          <g key={bar.label} transform={`translate(0 ${i * rowHeight})`}>
            <text x="0" y="17" className="fill-stone-700 text-[11px]">
              {bar.label}
            </text>
            <rect
              x="130"
              y="5"
              height="16"
              rx="2"
              width={(230 * bar.value) / max}
              style={{ fill: bar.color ?? "var(--color-accent)" }}
            />
            <text x={136 + (230 * bar.value) / max} y="17" className="fill-stone-900 text-[11px]">
              {bar.value}
            </text>
          </g>
        ))}
      </svg>
      <table className="sr-only">
        <caption>{title}</caption>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.label}>
              <th scope="row">{bar.label}</th>
              <td>{bar.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
