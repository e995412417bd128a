/** Where the playground listens, how it reaches itself, and what it prints for people. */
import { createServer } from "node:net";

const isWildcardOrLoopback = (host: string): boolean =>
  host === "0.0.0.0" || host === "::" || host === "localhost" || host === "::1" || host.startsWith("127.");

const hostPart = (host: string): string => (host.includes(":") ? `[${host}]` : host);

/** Where this process reaches its own server (the bots' Bot API root, the backends' app URL). */
export function localBaseUrl(host: string, port: number): string {
  if (host === "::1") return `http://[::1]:${port}`;
  return `http://${isWildcardOrLoopback(host) ? "127.0.0.1" : hostPart(host)}:${port}`;
}

/** The address to print for people: `localhost` when listening on every interface. */
export function browserUrl(host: string, port: number): string {
  const wildcard = host === "0.0.0.0" || host === "::" || host === "localhost";
  return `http://${wildcard ? "localhost" : hostPart(host)}:${port}`;
}

/**
 * A port free on `host` right now. The backends need the app's URL before the app listens (the
 * app's bots need the backends' URLs first), so "any free port" (tests) is chosen up front.
 */
export function reservePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}
