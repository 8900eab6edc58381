/** Who the app is signed in as: a browser session (cookie + CSRF token) or an API token kept for this tab. */
export type Held = { kind: 'session'; csrfToken: string } | { kind: 'token'; token: string };

const KEY = 'surety.token';
let session: Held | null = null;

export const credentials = {
  current(): Held | null {
    if (session) return session;
    const token = sessionStorage.getItem(KEY);
    return token ? { kind: 'token', token } : null;
  },
  useSession(csrfToken: string): void {
    session = { kind: 'session', csrfToken };
  },
  useToken(token: string): void {
    sessionStorage.setItem(KEY, token);
  },
  forget(): void {
    session = null;
    sessionStorage.removeItem(KEY);
  },
};
