/** /nodes: the technical facts of every pod: model, firmware, MAC, IP, connection and since when. */
import { bold, code } from "../../../kernel/html.js";
import { describePod } from "../domain/locationHealth.js";
import type { PlumeNode } from "../domain/schemas.js";
import { sinceText, type Translate } from "./format.js";

const CONNECTION_ICON = { connected: "🟢", disconnected: "🔴", unknown: "⚪" } as const;

function podBlock(node: PlumeNode, now: number, t: Translate): string {
  const pod = describePod(node);
  const head = node.model
    ? `${bold(pod.name)} · ${t("netmon-node-model", { model: node.model })}`
    : bold(pod.name);
  const since = sinceText(pod.connectionChangedAt, now, t);
  const lines = [
    head,
    `${CONNECTION_ICON[pod.connection]} ${t(`netmon-connection-${pod.connection}`)}${since ? ` ${since}` : ""}`,
  ];
  const facts: string[] = [];
  if (node.firmwareVersion) facts.push(t("netmon-node-firmware", { valueHtml: code(node.firmwareVersion) }));
  if (node.mac) facts.push(t("netmon-node-mac", { valueHtml: code(node.mac) }));
  if (node.ip) facts.push(t("netmon-node-ip", { valueHtml: code(node.ip) }));
  if (facts.length > 0) lines.push(facts.join(" · "));
  return lines.join("\n");
}

export function renderNodes(
  nodes: readonly PlumeNode[],
  locationName: string,
  t: Translate,
  now: number,
): string {
  const title = t("netmon-nodes-title", { location: locationName, count: nodes.length });
  if (nodes.length === 0) return [title, "", t("netmon-reason-no-pods")].join("\n");
  return [title, ...nodes.map((node) => `\n${podBlock(node, now, t)}`)].join("\n");
}
