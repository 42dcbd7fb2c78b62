/**
 * Matches a request path against the press routes exactly: static paths by one map lookup,
 * paths with `:params` segment by segment. No case folding, no trailing slash, no `..`: a path
 * that is not exactly one of the list matches nothing.
 */
import type { PressRoute } from '../routes';

export interface Match {
  route: PressRoute;
  params: Record<string, string>;
}

interface Pattern {
  route: PressRoute;
  segments: string[];
}

const SEGMENT = /^[^/]{1,200}$/;

export class PressRouter {
  private readonly exact = new Map<string, PressRoute>();
  private readonly patterns: Pattern[] = [];

  constructor(routes: PressRoute[]) {
    for (const route of routes) {
      if (!route.path.includes('/:')) this.exact.set(route.path, route);
      else this.patterns.push({ route, segments: route.path.split('/') });
    }
  }

  match(path: string): Match | undefined {
    const route = this.exact.get(path);
    if (route) return { route, params: {} };
    const segments = path.split('/');
    for (const pattern of this.patterns) {
      const params = this.paramsOf(pattern, segments);
      if (params) return { route: pattern.route, params };
    }
    return undefined;
  }

  private paramsOf(pattern: Pattern, segments: string[]): Record<string, string> | undefined {
    if (segments.length !== pattern.segments.length) return undefined;
    const params: Record<string, string> = {};
    for (let i = 0; i < segments.length; i += 1) {
      const expected = pattern.segments[i]!;
      const actual = segments[i]!;
      if (!expected.startsWith(':')) {
        if (expected !== actual) return undefined;
        continue;
      }
      if (!SEGMENT.test(actual)) return undefined;
      try {
        params[expected.slice(1)] = decodeURIComponent(actual);
      } catch {
        return undefined;
      }
    }
    return params;
  }
}
