/**
 * A link that opens a message in its group: `t.me/<username>/<id>` for a public group,
 * `t.me/c/<internal id>/<id>` for a private supergroup (members only). A basic group's messages
 * have no link at all, so there is none to give.
 */

export interface LinkableChat {
  id: number;
  type: string;
  username?: string | undefined;
}

/** Supergroup and channel ids are `-100` followed by the id `t.me/c/` takes. */
const SUPERGROUP_ID = /^-100(\d+)$/;

export function messageLink(chat: LinkableChat, messageId: number): string | undefined {
  if (chat.username) return `https://t.me/${chat.username}/${messageId}`;
  if (chat.type !== "supergroup") return undefined;
  const internal = SUPERGROUP_ID.exec(String(chat.id))?.[1];
  return internal ? `https://t.me/c/${internal}/${messageId}` : undefined;
}
