/**
 * A minimal browser for tests over real HTTP: keeps cookies per origin (as Set-Cookie gave them, deleting on
 * Max-Age=0 or a past Expires) and follows redirects itself, so a sign-in can travel between Festplatz and an
 * OpenID provider the way a browser does. Paths and other cookie attributes are not modelled.
 */
export class CookieBrowser {
  private readonly jar = new Map<string, Map<string, string>>();

  /** The cookies held for `origin`, as a Cookie header value. */
  cookieHeader(origin: string): string {
    return [...(this.jar.get(origin) ?? new Map())].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /** The value of one cookie held for `origin`. */
  cookie(origin: string, name: string): string | undefined {
    return this.jar.get(origin)?.get(name);
  }

  /** One request without following redirects; stores the cookies it sets. */
  async request(
    url: string,
    init: { method?: string; form?: Record<string, string> } = {},
  ): Promise<Response> {
    const { origin } = new URL(url);
    const headers: Record<string, string> = { Accept: 'text/html', 'Accept-Language': 'de' };
    const cookie = this.cookieHeader(origin);
    if (cookie) headers.Cookie = cookie;
    if (init.form) {
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      headers.Origin = origin;
    }
    const response = await fetch(url, {
      method: init.method ?? (init.form ? 'POST' : 'GET'),
      headers,
      redirect: 'manual',
      ...(init.form ? { body: new URLSearchParams(init.form).toString() } : {}),
    });
    this.store(origin, response.headers.getSetCookie());
    return response;
  }

  /** Like {@link request}, then follows redirects (as GET) up to 10 hops; returns the last answer and its URL. */
  async navigate(
    url: string,
    init: { method?: string; form?: Record<string, string> } = {},
  ): Promise<{ response: Response; url: string; hops: string[] }> {
    let current = url;
    let response = await this.request(current, init);
    const hops = [current];
    while (response.status >= 300 && response.status < 400) {
      const location = response.headers.get('location');
      if (!location) break;
      await response.body?.cancel();
      current = new URL(location, current).toString();
      hops.push(current);
      if (hops.length > 10) throw new Error(`too many redirects:\n${hops.join('\n')}`);
      response = await this.request(current);
    }
    return { response, url: current, hops };
  }

  private store(origin: string, setCookies: string[]): void {
    const cookies = this.jar.get(origin) ?? new Map<string, string>();
    this.jar.set(origin, cookies);
    for (const line of setCookies) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      const expired = attributes.some(
        (a) => /^max-age=0$/i.test(a) || (/^expires=/i.test(a) && Date.parse(a.slice(8)) < Date.now() - 1000),
      );
      if (expired || value === '') cookies.delete(name);
      else cookies.set(name, value);
    }
  }
}
