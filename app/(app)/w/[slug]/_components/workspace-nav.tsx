"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export function WorkspaceNav({ links }: { links: { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Workspace">
      <ul className="flex gap-1 text-sm">
        {links.map((link) => {
          const active = link.href === pathname || (link.label === "Articles" && pathname.includes("/articles"));
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={active ? "page" : undefined}
                className={`rounded px-2.5 py-1 no-underline ${active ? "bg-white font-medium text-ink shadow-sm" : "text-stone-700 hover:text-ink"}`}
              >
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
