/**
 * The people, the group and its log channel of the playground's emulated Telegram. Ids are fixed
 * so a reset (or a restart) recreates the same world: the browser's chosen identity, the bots'
 * stored sessions and the group's settings in API V2 stay meaningful.
 */
import type { AdminRights, ChatInfo, EmulatorControl } from "../emulator/index.js";

export interface DemoUser {
  id: number;
  first_name: string;
  last_name: string;
  username: string;
  language_code: "en" | "ru" | "ro" | "kk";
  /** Who this person is, for the identity picker. */
  role: string;
  /** The module this person mostly uses (the picker suggests its bot). */
  module?: string;
}

export const DEMO_USERS: readonly DemoUser[] = [
  {
    id: 500_000_001,
    first_name: "Daniel",
    last_name: "Moraru",
    username: "daniel_support",
    language_code: "en",
    role: "ISP support agent",
    module: "netmon",
  },
  {
    id: 500_000_002,
    first_name: "Aigerim",
    last_name: "Sadykova",
    username: "aigerim_admin",
    language_code: "ru",
    role: "CRM administrator",
    module: "crm",
  },
  {
    id: 500_000_003,
    first_name: "Nurlan",
    last_name: "Abenov",
    username: "nurlan_gov",
    language_code: "en",
    role: "CRM read-only government user",
    module: "crm",
  },
  {
    id: 500_000_004,
    first_name: "Sofia",
    last_name: "Marin",
    username: "sofia_owner",
    language_code: "en",
    role: "Group owner",
    module: "moderation",
  },
  {
    id: 500_000_005,
    first_name: "Victor",
    last_name: "Ionescu",
    username: "victor_member",
    language_code: "ro",
    role: "Group member",
  },
  {
    id: 500_000_006,
    first_name: "Maria",
    last_name: "Lungu",
    username: "maria_accounts",
    language_code: "ro",
    role: "Accountant",
    module: "erp",
  },
  {
    id: 500_000_007,
    first_name: "Timur",
    last_name: "Bekov",
    username: "timur_moderator",
    language_code: "kk",
    role: "Group admin: may mute and ban",
    module: "moderation",
  },
  {
    id: 500_000_008,
    first_name: "Elena",
    last_name: "Rusu",
    username: "elena_anonymous",
    language_code: "ru",
    role: "Anonymous group admin",
    module: "moderation",
  },
  {
    id: 500_000_009,
    first_name: "Olga",
    last_name: "Smirnova",
    username: "olga_member",
    language_code: "ru",
    role: "Group member",
  },
  {
    id: 500_000_010,
    first_name: "Boris",
    last_name: "Gromov",
    username: "boris_flooder",
    language_code: "en",
    role: "Group member who floods the chat",
  },
];

const byUsername = (username: string): DemoUser => {
  const user = DEMO_USERS.find((u) => u.username === username);
  if (!user) throw new Error(`no demo user @${username}`);
  return user;
};

/** What a group admin who moderates gets: deleting, restricting, pinning, inviting. */
const MODERATOR_RIGHTS = {
  can_manage_chat: true,
  can_delete_messages: true,
  can_restrict_members: true,
  can_pin_messages: true,
  can_invite_users: true,
} as const;

/**
 * The demo supergroup: Sofia owns it; Timur moderates (he may mute and ban); Elena is an
 * anonymous admin (she writes as the group, signed "Moderator"); Victor and Olga are members and
 * Boris floods the chat. Its actions are logged to a channel Sofia owns, Timur and Elena read, and
 * the moderation bot posts to.
 */
export const DEMO_GROUP = {
  id: -1_001_234_567_890,
  title: "Switchboard Community",
  username: "switchboard_community",
  ownerId: byUsername("sofia_owner").id,
  admins: [
    { userId: byUsername("timur_moderator").id, rights: MODERATOR_RIGHTS },
    { userId: byUsername("elena_anonymous").id, anonymous: true, customTitle: "Moderator" },
  ],
  /** Ordinary members, Victor first. */
  memberIds: [byUsername("victor_member").id, byUsername("olga_member").id, byUsername("boris_flooder").id],
  flooderId: byUsername("boris_flooder").id,
  /** The group's log channel (its `log_channel_id` in API V2). */
  logChannel: { id: -1_001_234_567_891, title: "Moderation log" },
} as const;

/**
 * The demo group's moderation settings, PATCHed into API V2 at start and after a reset: its name,
 * its log channel, and flood control on (Boris's five messages in ten seconds mute him for ten
 * minutes). The rest keeps API V2's defaults (three warnings, then a ban).
 */
export const DEMO_GROUP_SETTINGS = {
  group_name: DEMO_GROUP.title,
  log_channel_id: DEMO_GROUP.logChannel.id,
  flood: { enabled: true, messages: 5, seconds: 10, action: "mute", action_duration: 600 },
} as const;

/** What the group says when the world is created: messages to reply to (with /settings, /mute…). */
export const DEMO_GROUP_CHATTER: ReadonlyArray<{ from: number; text: string }> = [
  { from: byUsername("victor_member").id, text: "Bună ziua tuturor! Cine vine vineri la întâlnire?" },
  { from: byUsername("olga_member").id, text: "Привет! Я приду 🙂" },
];

export interface GroupBot {
  username: string;
  admin: boolean;
  /** An administrator bot's rights; the usual set when absent. */
  rights?: Readonly<Partial<AdminRights>>;
  /** Also an administrator of the group's log channel, posting there. */
  logChannel?: boolean;
}

/**
 * Creates the demo users, the demo supergroup (owner, admins, members, bots) and its log channel
 * in an empty emulator, and the group's first messages. The bots must be registered first.
 */
export function seedDemoWorld(control: EmulatorControl, bots: readonly GroupBot[]): ChatInfo {
  for (const { role: _role, module: _module, ...user } of DEMO_USERS) control.createUser(user);
  const group = control.createGroup({
    id: DEMO_GROUP.id,
    type: "supergroup",
    title: DEMO_GROUP.title,
    username: DEMO_GROUP.username,
    ownerId: DEMO_GROUP.ownerId,
    members: [...DEMO_GROUP.memberIds],
    admins: DEMO_GROUP.admins.map((admin) => ({ ...admin })),
    bots: bots.map((b) => ({
      bot: b.username,
      admin: b.admin,
      ...(b.rights ? { rights: { ...b.rights } } : {}),
    })),
  });
  control.createChannel({
    id: DEMO_GROUP.logChannel.id,
    title: DEMO_GROUP.logChannel.title,
    ownerId: DEMO_GROUP.ownerId,
    // The group's admins read the log.
    members: DEMO_GROUP.admins.map((a) => a.userId),
    bots: bots.filter((b) => b.logChannel).map((b) => ({ bot: b.username })),
  });
  for (const line of DEMO_GROUP_CHATTER) control.sendText(line.from, DEMO_GROUP.id, line.text);
  return group;
}
