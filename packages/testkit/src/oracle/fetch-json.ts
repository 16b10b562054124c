/** Test support: a JSON GET/POST with request counting (not part of the package's API). */
export interface Http {
  json<T>(
    url: string,
    init?: { headers?: Record<string, string>; body?: unknown },
  ): Promise<{ status: number; body: T; headers: Headers }>;
}

/** A fetch wrapper for the reference scanner; throws on any status other than 200/201/404. */
export function createHttp(): Http {
  return {
    async json<T>(url: string, init: { headers?: Record<string, string>; body?: unknown } = {}) {
      const res = await fetch(url, {
        method: init.body === undefined ? 'GET' : 'POST',
        headers: {
          Accept: 'application/json',
          ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...init.headers,
        },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      });
      if (![200, 201, 404].includes(res.status))
        throw new Error(`${url} answered ${res.status}: ${await res.text()}`);
      return { status: res.status, body: (await res.json()) as T, headers: res.headers };
    },
  };
}
