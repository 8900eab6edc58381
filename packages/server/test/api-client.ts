import type { Api } from '../src/api/app.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Calls the app as the holder of `tokens[who]`. `app` is a getter because the app is built in `beforeAll`.
 * `call` answers the raw response; `ok` throws on anything but a 2xx and answers the JSON, or undefined for a 204.
 */
export const apiClient = (app: () => Api, tokens: Record<string, string>) => {
  const call = (who: string, method: Method, url: string, payload?: object) =>
    app().inject({ method, url, payload, headers: { authorization: `Bearer ${tokens[who]}` } });
  const ok = async (who: string, method: Method, url: string, payload?: object) => {
    const r = await call(who, method, url, payload);
    if (r.statusCode < 200 || r.statusCode >= 300) throw new Error(`${method} ${url}: ${r.statusCode} ${r.body}`);
    return r.statusCode === 204 ? undefined : r.json();
  };
  return { call, ok };
};
