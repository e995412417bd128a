/** Result of asking a limiter; `retryAfterMs` tells the user when to try again. */
export interface LimitDecision {
  allowed: boolean;
  retryAfterMs: number;
}

export interface RateLimits {
  /** One update from `userKey`: counted against `GENERAL_RATE_LIMIT` per minute. */
  general(userKey: string): Promise<LimitDecision>;
  /**
   * Before checking a secret a user typed (OTP, link code, credentials): counted against
   * `LOGIN_RATE_LIMIT` per minute and refused while the key is locked out.
   */
  loginAttempt(userKey: string): Promise<LimitDecision>;
  /** After a wrong secret: repeated failures lock the key out for a while. */
  loginFailed(userKey: string): Promise<LimitDecision>;
  /** After a right secret: clears the failure count. */
  loginSucceeded(userKey: string): Promise<void>;
}
