/**
 * Thrown when a secret cannot be sealed or opened: a malformed or tampered ciphertext, a key id
 * this box does not know, or a bad key spec. The message never contains key material or plaintext.
 */
export class SecretBoxError extends Error {
  override readonly name = "SecretBoxError";
}
