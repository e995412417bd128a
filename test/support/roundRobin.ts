/** A load balancer for tests: a round-robin HTTP proxy in front of several instances. */
import { createServer, type Server } from "node:http";

/**
 * Each request goes to the next instance, as a load balancer would; an instance that is down
 * (killed) gets its request answered 502, as a load balancer would too.
 */
export function roundRobin(targets: string[]): { server: Server; served: number[] } {
  const served = targets.map(() => 0);
  let next = 0;
  const server = createServer(async (request, response) => {
    const index = next++ % targets.length;
    served[index]! += 1;
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    try {
      const upstream = await fetch(`${targets[index]}${request.url}`, {
        method: request.method,
        // Only what a webhook needs; hop-by-hop headers (length, connection) are the proxy's own.
        headers: {
          "content-type": request.headers["content-type"] ?? "application/json",
          "x-telegram-bot-api-secret-token": String(request.headers["x-telegram-bot-api-secret-token"] ?? ""),
        },
        body: chunks.length ? Buffer.concat(chunks) : undefined,
      });
      response.writeHead(upstream.status, {
        "content-type": upstream.headers.get("content-type") ?? "text/plain",
      });
      response.end(Buffer.from(await upstream.arrayBuffer()));
    } catch {
      // The instance is down (killed): a load balancer answers 502, Telegram delivers again.
      response.writeHead(502).end();
    }
  });
  return { server, served };
}
