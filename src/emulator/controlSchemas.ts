/**
 * The control API's request bodies, checked with zod before a route acts on them (controlRoutes.ts).
 */
import { z } from "zod";

const target = z.union([z.number().int(), z.string().min(1)]);
const rights = z.record(z.string(), z.boolean());

/** What groups and channels have in common when created. */
const chatSpec = z.object({
  id: z.number().int().negative().optional(),
  title: z.string().min(1).max(128),
  username: z.string().optional(),
  ownerId: z.number().int(),
  ownerAnonymous: z.boolean().optional(),
  members: z.array(z.number().int()).optional(),
  admins: z
    .array(
      z.object({
        userId: z.number().int(),
        rights: rights.optional(),
        customTitle: z.string().optional(),
        anonymous: z.boolean().optional(),
      }),
    )
    .optional(),
  bots: z
    .array(
      z.object({
        bot: z.union([z.string(), z.number()]),
        admin: z.boolean().optional(),
        rights: rights.optional(),
      }),
    )
    .optional(),
});

export const schemas = {
  bot: z.object({
    token: z.string(),
    username: z.string().optional(),
    firstName: z.string().optional(),
    canReadAllGroupMessages: z.boolean().optional(),
  }),
  flood: z.object({ on: z.boolean() }),
  user: z.object({
    id: z.number().int().positive().optional(),
    first_name: z.string().min(1).optional(),
    last_name: z.string().optional(),
    username: z
      .string()
      .regex(/^@?[A-Za-z][A-Za-z0-9_]{3,31}$/)
      .optional(),
    language_code: z.string().optional(),
  }),
  group: chatSpec.extend({
    type: z.enum(["group", "supergroup", "channel"]).optional(),
    permissions: rights.optional(),
  }),
  channel: chatSpec,
  groupBot: z.object({
    bot: z.union([z.string(), z.number()]),
    admin: z.boolean().optional(),
    rights: rights.optional(),
  }),
  join: z.object({ userId: z.number().int() }),
  admin: z.object({
    rights: rights.nullable().optional(),
    anonymous: z.boolean().optional(),
    customTitle: z.string().max(16).optional(),
  }),
  joinRequest: z.object({
    userId: z.number().int(),
    inviteLink: z.string().optional(),
    bio: z.string().max(70).optional(),
  }),
  text: z.object({
    from: z.number().int(),
    chat: target,
    text: z.string(),
    replyTo: z.number().int().optional(),
    asChannel: target.optional(),
  }),
  photo: z.object({
    from: z.number().int(),
    chat: target,
    base64: z.string().optional(),
    caption: z.string().optional(),
    replyTo: z.number().int().optional(),
    asChannel: target.optional(),
  }),
  document: z.object({
    from: z.number().int(),
    chat: target,
    base64: z.string(),
    fileName: z.string().min(1),
    mimeType: z.string().optional(),
    caption: z.string().optional(),
    replyTo: z.number().int().optional(),
    asChannel: target.optional(),
  }),
  start: z.object({ from: z.number().int(), bot: z.string(), payload: z.string().optional() }),
  button: z.object({
    from: z.number().int(),
    chat: target,
    messageId: z.number().int(),
    data: z.string().optional(),
    text: z.string().optional(),
    timeoutMs: z.number().int().positive().max(120_000).optional(),
  }),
  block: z.object({ from: z.number().int(), bot: z.string() }),
};
