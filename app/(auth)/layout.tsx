import Link from "next/link";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <Link href="/" className="mb-8 font-serif text-3xl font-semibold tracking-tight text-ink no-underline">
        Margin
      </Link>
      {children}
    </main>
  );
}
