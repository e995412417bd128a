/**
 * The one Plume client: typed calls to the API and reports bases, each on behalf of a Telegram
 * user (whose token it carries) and validated by the domain schemas.
 *
 * A 401 means the token went bad early (revoked, clock skew, an SSO restart): the vault gets a
 * new token once and the call is retried once. When the SSO then refuses the stored credentials,
 * the `TokenVaultError` reaches the handler, which asks the user to run /setup again.
 */
import type { BackendClient, BackendRequest } from "../../platform/http/backendClient.js";
import type { PlumeVault } from "./auth/plumeVault.js";
import type { OnlineRange } from "./domain/onlineStats.js";
import { ONLINE_RANGES } from "./domain/onlineStats.js";
import {
  customerListSchema,
  customerSchema,
  locationListSchema,
  locationSchema,
  nodeListSchema,
  onlineStatsSchema,
  wanStatsSchema,
  wifiNetworkListSchema,
} from "./domain/schemas.js";

/** Which customer and location a report is about. */
export interface LocationRef {
  customerId: string;
  locationId: string;
}

export type WanPeriod = "daily" | "weekly";

const segment = encodeURIComponent;
const locationPath = ({ customerId, locationId }: LocationRef) =>
  `Customers/${segment(customerId)}/locations/${segment(locationId)}`;

export class PlumeClient {
  constructor(
    private readonly api: BackendClient,
    private readonly reports: BackendClient,
    private readonly vault: PlumeVault,
  ) {}

  /** GET with the user's Bearer token; on 401 one new token and one retry (GETs are safe to repeat). */
  private get<T>(userId: number, client: BackendClient, request: BackendRequest<T>): Promise<T> {
    return this.vault.withToken(userId, (token) =>
      client.request<T>({ ...request, headers: { authorization: `Bearer ${token}` } }),
    );
  }

  /** Why Plume cannot be reached now (an open circuit breaker on either API), or undefined. */
  health(): string | undefined {
    return this.api.health() ?? this.reports.health();
  }

  customer(userId: number, customerId: string) {
    return this.get(userId, this.api, { path: `Customers/${segment(customerId)}`, schema: customerSchema });
  }

  /** Customers whose name (or e-mail, when the query looks like one) contains `query`. */
  searchCustomers(userId: number, query: string) {
    const field = query.includes("@") ? "email" : "name";
    return this.get(userId, this.api, {
      path: `partners/customers/search/${segment(query)}`,
      query: { field },
      schema: customerListSchema,
    });
  }

  locations(userId: number, customerId: string) {
    return this.get(userId, this.api, {
      path: `Customers/${segment(customerId)}/locations`,
      query: { limit: 100 },
      schema: locationListSchema,
    });
  }

  location(userId: number, ref: LocationRef) {
    return this.get(userId, this.api, { path: locationPath(ref), schema: locationSchema });
  }

  nodes(userId: number, ref: LocationRef) {
    return this.get(userId, this.api, { path: `${locationPath(ref)}/nodes`, schema: nodeListSchema });
  }

  /** SSIDs and security modes; the schema drops keys, so none can reach a view. */
  wifiNetworks(userId: number, ref: LocationRef) {
    return this.get(userId, this.api, {
      path: `${locationPath(ref)}/wifiNetworks`,
      schema: wifiNetworkListSchema,
    });
  }

  async wanStats(userId: number, ref: LocationRef, period: WanPeriod) {
    const answer = await this.get(userId, this.reports, {
      path: `${locationPath(ref)}/wanStats`,
      query: { period },
      schema: wanStatsSchema,
    });
    return answer.fifteenMins ?? [];
  }

  async onlineStats(userId: number, ref: LocationRef, range: OnlineRange) {
    const { granularity, limit } = ONLINE_RANGES[range];
    const answer = await this.get(userId, this.reports, {
      path: `${locationPath(ref)}/onlineStats`,
      query: { granularity, limit },
      schema: onlineStatsSchema,
    });
    return answer.locationState ?? [];
  }
}
