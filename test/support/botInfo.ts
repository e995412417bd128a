import type { UserFromGetMe } from "grammy/types";

/** What getMe answers for the test bot: tests pass it as `botInfo`, so no bot needs the network. */
export const TEST_BOT_INFO: UserFromGetMe = {
  id: 100200300,
  is_bot: true,
  first_name: "Switchboard Test",
  username: "switchboard_test_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;
