/** Where the playground listens, how it reaches itself, and what it prints for people. */
import { hostPart } from "../server/localAddress.js";

export { freePort, localBaseUrl } from "../server/localAddress.js";

/** The address to print for people: `localhost` when listening on every interface. */
export function browserUrl(host: string, port: number): string {
  const wildcard = host === "0.0.0.0" || host === "::" || host === "localhost";
  return `http://${wildcard ? "localhost" : hostPart(host)}:${port}`;
}
