/**
 * The hourly clean-up (the seed's): link codes past their memory are forgotten, and so are links
 * that no longer open (their record was removed or sealed with a retired key) with what belonged
 * to them, and digests left without a link. Runs once across instances.
 */
import { type Erp, forgetAccount } from "../runtime.js";

export interface CleanupResult {
  codes: number;
  links: number;
  digests: number;
}

export async function cleanUp(erp: Erp): Promise<CleanupResult> {
  const codes = await erp.codes.purge();
  let links = 0;
  for (const userId of await erp.links.linkedUsers()) {
    if (await erp.links.get(userId)) continue;
    await erp.links.end(userId);
    await forgetAccount(erp, userId);
    links += 1;
  }
  let digests = 0;
  for (const userId of await erp.state.digestUsers()) {
    if (await erp.links.get(userId)) continue;
    await forgetAccount(erp, userId);
    digests += 1;
  }
  return { codes, links, digests };
}
