/** How this process reaches its own HTTP server, and a free port to put it on. */
import { createServer } from "node:net";

const isWildcardOrLoopback = (host: string): boolean =>
  host === "0.0.0.0" || host === "::" || host === "localhost" || host === "::1" || host.startsWith("127.");

/** `[::1]` for an IPv6 literal, the host as is otherwise. */
export const hostPart = (host: string): string => (host.includes(":") ? `[${host}]` : host);

/** Where this process reaches its own server (the emulator's Bot API root, a backend's app URL). */
export function localBaseUrl(host: string, port: number): string {
  if (host === "::1") return `http://[::1]:${port}`;
  return `http://${isWildcardOrLoopback(host) ? "127.0.0.1" : hostPart(host)}:${port}`;
}

/**
 * A port the OS reports free on `host` right now (for "any free port", as tests ask): the app must
 * know its address before it listens, because its bots and their routes are built first.
 */
export function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, host, () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port")),
      );
    });
  });
}
