import NextAuth from "next-auth";
import { isCredentialsSignIn, runCredentialsAttempt } from "@/lib/auth/credentials-attempt";
import { getAuthOptions } from "@/lib/auth/session";

type Handler = (request: Request, context: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

// next-auth v4 reads params synchronously; Next 16 hands them over as a promise.
const handle: Handler = async (request, context) => {
  const handler = NextAuth(getAuthOptions()) as (
    req: Request,
    ctx: { params: { nextauth: string[] } },
  ) => Promise<Response>;
  const params = await context.params;
  if (isCredentialsSignIn(request, params.nextauth))
    return runCredentialsAttempt(request, () => handler(request, { params }));
  return handler(request, { params });
};

export { handle as GET, handle as POST };
