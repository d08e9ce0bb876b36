// One line under imported work: where it came from and whom the file named, which is not who wrote
// it here (the person who imported it is its author in Margin).
import { describeProvenance, type Provenance } from "@/lib/provenance/provenance";

export function ProvenanceLine({ provenance }: { provenance: Provenance | null | undefined }) {
  if (!provenance) return null;
  return <p className="text-xs italic text-stone-600">{describeProvenance(provenance)}</p>;
}
