/**
 * Schemas of the Plume Cloud answers netmon reads: what the backend client validates before
 * the analysis functions see the data.
 *
 * Lenient where the API is: Plume publishes no reference, fields go missing or come back null,
 * and enum-like strings grow new values. So every field a report can live without is
 * `nullish`, unknown fields are dropped, and enum-like fields stay strings (the analysis maps
 * values it does not know to "unknown" instead of failing the whole report).
 */
import { z } from "zod";

const text = z.string().nullish();
const count = z.number().nullish();

/** `POST <sso>/v1/token` (RFC 6749 §5.1). */
export const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string().regex(/^bearer$/i),
  expires_in: z.number().positive().nullish(),
  scope: text,
});
export type TokenResponse = z.infer<typeof tokenResponseSchema>;

/** RFC 6749 §5.2 error body of the token endpoint. */
export const tokenErrorSchema = z.object({ error: z.string(), error_description: text });
export type TokenError = z.infer<typeof tokenErrorSchema>;

/** `GET Customers/{id}` and the items of `GET Customers`. */
export const customerSchema = z.object({
  id: z.string(),
  accountId: text,
  name: text,
  email: text,
  partnerId: text,
  createdAt: text,
  locationId: text,
});
export type PlumeCustomer = z.infer<typeof customerSchema>;
export const customerListSchema = z.array(customerSchema);

const speedTestSchema = z.object({
  /** "succeeded" when usable; anything else (e.g. "failed") means no numbers. */
  status: text,
  download: count,
  upload: count,
  rtt: count,
  startedAt: text,
  endedAt: text,
  isp: text,
  serverName: text,
});
export type PlumeSpeedTest = z.infer<typeof speedTestSchema>;

/** `GET Customers/{c}/locations/{l}` and the items of the locations list. */
export const locationSchema = z.object({
  id: z.string(),
  name: text,
  customerId: text,
  timezone: text,
  /** `status` is "fullService" when nothing is restricted. */
  serviceLevel: z.object({ status: text }).nullish(),
  speedTest: speedTestSchema.nullish(),
});
export type PlumeLocation = z.infer<typeof locationSchema>;
export const locationListSchema = z.array(locationSchema);

export const nodeSchema = z.object({
  id: z.string(),
  defaultName: text,
  nickname: text,
  model: text,
  /** "connected" / "disconnected". */
  connectionState: text,
  connectionStateChangeAt: text,
  /** `status`: excellent / good / fair / poor. */
  health: z.object({ status: text, score: count, details: z.unknown().optional() }).nullish(),
  /** "wifi" (mesh) or "ethernet" (wired). */
  backhaulType: text,
  alerts: z.array(z.object({ type: text })).nullish(),
  connectedDeviceCount: count,
  firmwareVersion: text,
  mac: text,
  ip: text,
  publicIp: text,
  bootAt: text,
  vendor: z.object({ name: text, partNumber: text }).nullish(),
});
export type PlumeNode = z.infer<typeof nodeSchema>;

/** `GET .../nodes`: normally `{nodes: [...]}`; a bare array is accepted too. */
export const nodeListSchema = z
  .union([z.object({ nodes: z.array(nodeSchema).nullish() }), z.array(nodeSchema)])
  .transform((value): PlumeNode[] => (Array.isArray(value) ? value : (value.nodes ?? [])));

export const wifiNetworkSchema = z.object({
  ssid: text,
  enable: z.boolean().nullish(),
  wpaMode: text,
});
export type PlumeWifiNetwork = z.infer<typeof wifiNetworkSchema>;

/**
 * `GET .../wifiNetworks`: a list, `{wifiNetworks: [...]}`, or one client's singular
 * `{wifiNetwork: {...}}`. Keys (`encryptionKey`) are not in the schema, so they are stripped
 * here and can never reach a view.
 */
export const wifiNetworkListSchema = z
  .union([
    z.array(wifiNetworkSchema),
    z.object({ wifiNetworks: z.array(wifiNetworkSchema) }),
    z.object({ wifiNetwork: wifiNetworkSchema }),
  ])
  .transform((value): PlumeWifiNetwork[] => {
    if (Array.isArray(value)) return value;
    if ("wifiNetworks" in value) return value.wifiNetworks;
    return [value.wifiNetwork];
  });

/** One 15-minute WAN sample; any field may be null. */
export const wanPointSchema = z.object({
  timestamp: z.string(),
  rxMbytes: count,
  txMbytes: count,
  rxMaxMbps: count,
  txMaxMbps: count,
});
export type WanPoint = z.infer<typeof wanPointSchema>;

/** `GET .../wanStats?period=daily`. */
export const wanStatsSchema = z.object({ fifteenMins: z.array(wanPointSchema).nullish() });

const dateRangeSchema = z.object({ start: text, end: text }).nullish();

export const locationStateSampleSchema = z.object({ timestamp: text, value: text });
export type LocationStateSample = z.infer<typeof locationStateSampleSchema>;

/** `GET .../onlineStats?granularity=hours|days&limit=N`. */
export const onlineStatsSchema = z.object({
  statsDateRange: dateRangeSchema,
  locationState: z.array(locationStateSampleSchema).nullish(),
});
export type PlumeOnlineStats = z.infer<typeof onlineStatsSchema>;

const speedSampleSchema = z.object({ timestamp: text, value: count });

/** `GET .../nodes/{n}/results?granularity=days&limit=30`. */
export const speedTestResultsSchema = z.object({
  statsDateRange: dateRangeSchema,
  downloadSpeeds: z.array(speedSampleSchema).nullish(),
  uploadSpeeds: z.array(speedSampleSchema).nullish(),
  failedSpeedTests: z.array(z.object({ timestamp: text, reason: text })).nullish(),
});
export type PlumeSpeedTestResults = z.infer<typeof speedTestResultsSchema>;
