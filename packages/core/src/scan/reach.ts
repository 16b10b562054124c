import { isComplexionistError, type ServiceName } from '../errors.js';

/**
 * Tells a service that cannot be reached at all from one that failed a single item (docs/spec.md §5: exit 3
 * when a service "could not be reached"; §9: a reset or timeout of one item is a warning).
 */
export interface Reach {
  /** Wraps a port so every answer it gives (a 404 too) marks `service` as reached for this scan. */
  watch<T extends object>(port: T, service: ServiceName): T;
  /**
   * True when `error` is a failure to reach a watched service (no HTTP answer after every retry) and that
   * service has not answered once in this scan: such a scan stops instead of reporting every item as a
   * warning and nothing as missing.
   */
  neverReached(error: unknown): boolean;
}

/** Creates the reach tracker of one scan run. */
export function createReach(): Reach {
  const watched = new Set<ServiceName>();
  const reached = new Set<ServiceName>();
  return {
    watch(port, service) {
      watched.add(service);
      return new Proxy(port, {
        get(target, property, receiver) {
          const value: unknown = Reflect.get(target, property, receiver);
          if (typeof value !== 'function') return value;
          return (...args: unknown[]) => {
            const result: unknown = value.apply(target, args);
            if (!(result instanceof Promise)) return result;
            return result.then((answer: unknown) => {
              reached.add(service);
              return answer;
            });
          };
        },
      });
    },
    neverReached(error) {
      if (!isComplexionistError(error) || error.kind !== 'connection' || error.status !== undefined)
        return false;
      return error.service !== undefined && watched.has(error.service) && !reached.has(error.service);
    },
  };
}
