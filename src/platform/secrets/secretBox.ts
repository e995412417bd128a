/**
 * Encrypts secrets at rest (AES-256-GCM). A sealed string carries the id of the key that sealed
 * it, so keys can be rotated: the current key seals, every known key opens.
 * Opening a tampered or foreign ciphertext throws `SecretBoxError`, never returns garbage.
 */
export interface SecretBox {
  seal(plaintext: string): string;
  open(sealed: string): string;
  /** Id of the key new seals use. */
  readonly keyId: string;
}
