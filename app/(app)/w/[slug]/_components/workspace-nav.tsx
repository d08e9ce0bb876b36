"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** The workspace's name and its pages, all inside one landmark (content outside landmarks is lost to screen-reader navigation). */
export function WorkspaceNav({
  workspaceName,
  links,
}: {
  workspaceName: string;
  links: { href: string; label: string }[];
}) {
  const pathname = usePathname();
  return (
    <nav aria-label="Workspace" className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-1 px-4 py-2">
      <span className="text-sm font-semibold text-ink">{workspaceName}</span>
      <ul className="flex flex-wrap gap-1 text-sm">
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
