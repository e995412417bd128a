/**
 * The installation's ERP database servers. A company's books live on one of them; a user may have
 * companies on either, and a session (a link, its JWTs) belongs to one server: the JWT's
 * `server_id` claim says which.
 */
export const SERVERS = {
  main: "Server principal",
  archive: "Server arhivă",
} as const;

export type ServerId = keyof typeof SERVERS;

export const SERVER_IDS = Object.keys(SERVERS) as ServerId[];

export const isServerId = (value: string): value is ServerId => Object.hasOwn(SERVERS, value);
