/**
 * The people and the group of the playground's emulated Telegram. Ids are fixed so a reset (or a
 * restart) recreates the same world: the browser's chosen identity and the bots' stored sessions
 * stay meaningful.
 */
import type { ApiUser, ChatInfo, EmulatorControl } from "../emulator/index.js";

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
];

const owner = DEMO_USERS[3]!;
const member = DEMO_USERS[4]!;

export const DEMO_GROUP = {
  id: -1_001_234_567_890,
  title: "Switchboard Community",
  username: "switchboard_community",
  ownerId: owner.id,
  memberIds: [member.id],
} as const;

export interface GroupBot {
  username: string;
  admin: boolean;
}

/**
 * Creates the demo users and the demo supergroup (owner, member, bots) in an empty emulator.
 * The bots must be registered first.
 */
export function seedDemoWorld(control: EmulatorControl, bots: readonly GroupBot[]): ChatInfo {
  for (const { role: _role, module: _module, ...user } of DEMO_USERS) control.createUser(user);
  return control.createGroup({
    id: DEMO_GROUP.id,
    type: "supergroup",
    title: DEMO_GROUP.title,
    username: DEMO_GROUP.username,
    ownerId: DEMO_GROUP.ownerId,
    members: [...DEMO_GROUP.memberIds],
    bots: bots.map((b) => ({ bot: b.username, admin: b.admin })),
  });
}

/** A demo user as the emulator knows them, with the role the picker shows. */
export const describeUser = (user: DemoUser): ApiUser & { role: string; module?: string } => ({
  is_bot: false,
  ...user,
});
