/**
 * The location a user works with, remembered per Telegram user in storage (not in the chat's
 * session), so it follows them from the private chat into groups and survives restarts.
 */
import type { Storage } from "../../platform/storage/storage.js";
import type { LocationRef } from "./plumeClient.js";
import type { NetmonKeys } from "./storageKeys.js";

export interface LocationChoice extends LocationRef {
  locationName: string;
  customerName: string;
  chosenAt: number;
}

export class LocationChoiceStore {
  constructor(
    private readonly storage: Storage,
    private readonly keys: NetmonKeys,
  ) {}

  get(userId: number): Promise<LocationChoice | undefined> {
    return this.storage.get<LocationChoice>(this.keys.choice(userId));
  }

  async set(userId: number, choice: LocationChoice): Promise<void> {
    await this.storage.set(this.keys.choice(userId), choice);
  }

  async forget(userId: number): Promise<void> {
    await this.storage.delete(this.keys.choice(userId));
  }
}
