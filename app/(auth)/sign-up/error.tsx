"use client";

import { RouteError, type RouteErrorProps } from "@/components/app/route-error";

export default function SignUpError(props: RouteErrorProps) {
  return <RouteError {...props} what="The sign-up page" back="sign-in" />;
}
