// Finds the API_ROUTES entry that answers a request, so the API wrapper applies the route's body
// schema and size limit from the one list that also documents them.
import { API_ROUTES, type ApiRoute } from "./api-routes";

interface Compiled {
  route: ApiRoute;
  pattern: RegExp;
  params: number;
}

let compiled: Compiled[] | undefined;

function compile(): Compiled[] {
  const list = API_ROUTES.map((route) => ({
    route,
    pattern: new RegExp(`^${route.path.replace(/[.]/g, "\\.").replace(/\{\w+\}/g, "[^/]+")}/?$`),
    params: (route.path.match(/\{\w+\}/g) ?? []).length,
  }));
  // Static segments win over parameters (`articles/from-url` before `articles/{articleId}`).
  return list.sort((a, b) => a.params - b.params);
}

export function matchApiRoute(method: string, pathname: string): ApiRoute | undefined {
  compiled ??= compile();
  return compiled.find((entry) => entry.route.method === method.toUpperCase() && entry.pattern.test(pathname))?.route;
}
