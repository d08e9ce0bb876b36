"use client";

import { RouteError, type RouteErrorProps } from "@/components/app/route-error";

export default function AuthError(props: RouteErrorProps) {
  return <RouteError {...props} what="This page" back="home" />;
}
