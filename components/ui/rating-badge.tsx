import { readableTextOn } from "@/lib/ui/contrast";

/** A rating's label on its colour, with white or ink text, whichever passes WCAG AA on that colour. */
export function RatingBadge({
  rating,
  className = "",
}: {
  rating: { label: string; color: string };
  className?: string;
}) {
  return (
    <span
      className={`inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-semibold ${className}`}
      style={{ background: rating.color, color: readableTextOn(rating.color) }}
    >
      {rating.label}
    </span>
  );
}
