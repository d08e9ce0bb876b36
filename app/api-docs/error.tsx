"use client";

import { RouteError, type RouteErrorProps } from "@/components/app/route-error";

export default function ApiDocsError(props: RouteErrorProps) {
  return <RouteError {...props} what="The API documentation" back="home" />;
}
