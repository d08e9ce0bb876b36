"use client";

import { RouteError, type RouteErrorProps } from "@/components/app/route-error";

export default function SignInError(props: RouteErrorProps) {
  return <RouteError {...props} what="The sign-in page" back="home" />;
}
