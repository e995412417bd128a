import { createServer } from "node:net";

/**
 * A port the OS reports free on `host` right now (for `PORT=0`): the app must know its address
 * before it listens, because its bots and their routes are built first.
 */
export function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, host, () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
