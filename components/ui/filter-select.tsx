import type { SelectHTMLAttributes } from "react";

export interface FilterChoice {
  value: string;
  label: string;
}

/** A labelled filter: "any" first (the empty value, no filter), then the choices. */
export function FilterSelect({
  label,
  any,
  choices,
  labelClassName = "text-xs font-medium",
  ...select
}: {
  label: string;
  /** What the empty value reads as: "Any", "Anyone", "Everything". */
  any: string;
  choices: readonly FilterChoice[];
  labelClassName?: string;
} & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <label className={labelClassName}>
      {label}
      <select {...select}>
        <option value="">{any}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  );
}
