export interface AuditRecord {
  time: string;
  bot: string;
  module: string;
  actor: string;
  action: string;
  target?: string;
  details?: Record<string, unknown>;
  result: "ok" | "denied" | "failed";
}

export interface AuditQuery {
  module?: string;
  actor?: string;
  target?: string;
  /** ISO times, inclusive. */
  from?: string;
  to?: string;
  limit?: number;
}

export interface AuditLog {
  record(entry: Omit<AuditRecord, "time"> & { time?: string }): Promise<void>;
  /** Newest first. */
  query(filter?: AuditQuery): Promise<AuditRecord[]>;
}
