/**
 * /wifi: the location's SSIDs, whether each is on, and its security mode. Never a key: the
 * schema drops keys before the data gets here, and this view has no field to print one.
 */
import { bold, code } from "../../../kernel/html.js";
import type { PlumeWifiNetwork } from "../domain/schemas.js";
import type { Translate } from "./format.js";

/** Plume's `wpaMode` values in the words users know. */
const SECURITY: Record<string, string> = {
  psk: "WPA-Personal",
  psk2: "WPA2-Personal",
  "psk-mixed": "WPA/WPA2-Personal",
  sae: "WPA3-Personal",
  "sae-mixed": "WPA2/WPA3-Personal",
  wpa2: "WPA2-Enterprise",
  wpa3: "WPA3-Enterprise",
};

function security(mode: string | null | undefined, t: Translate): string {
  if (!mode) return t("netmon-wifi-security-unknown");
  if (mode === "open") return t("netmon-wifi-open");
  const known = SECURITY[mode];
  return known ? `${known} (${code(mode)})` : code(mode);
}

export function renderWifi(
  networks: readonly PlumeWifiNetwork[],
  locationName: string,
  t: Translate,
): string {
  const lines = [t("netmon-wifi-title", { location: locationName })];
  if (networks.length === 0) {
    lines.push("", t("netmon-wifi-none"));
    return lines.join("\n");
  }
  lines.push("");
  for (const network of networks) {
    const enabled = network.enable !== false;
    const name = network.ssid ? bold(network.ssid) : t("netmon-wifi-hidden");
    const state = enabled ? "" : ` · ${t("netmon-wifi-disabled")}`;
    lines.push(`${enabled ? "✅" : "⛔"} ${name} — ${security(network.wpaMode, t)}${state}`);
  }
  return lines.join("\n");
}
