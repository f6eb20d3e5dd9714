import { fromBase64, fromBase64Url, fromUtf8, toBase64Url, utf8 } from './encoding.ts';
import { randomBytes } from './random.ts';

/**
 * AES-256-GCM encryption of secrets at rest (TOTP secrets, provider tokens) under keys from the
 * environment, written `k1:<base64 32 bytes>,k0:<…>`. The first key encrypts; every listed key
 * decrypts, so a key can be rotated by putting the new one first and re-encrypting at leisure.
 * Ciphertexts are `<keyId>:<iv b64url>:<ciphertext+tag b64url>`.
 */
export interface SecretBox {
  readonly currentKeyId: string;
  encrypt(plaintext: string): Promise<string>;
  decrypt(sealed: string): Promise<string>;
  /** Whether a ciphertext was sealed with a key other than the current one. */
  needsReencrypt(sealed: string): boolean;
}

const keyIdPattern = /^[A-Za-z0-9_-]{1,16}$/;

/** Parse `ENCRYPTION_KEYS` and build the box; throws with a clear message on a malformed key list. */
export function createSecretBox(keyList: string): SecretBox {
  const entries = keyList
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const i = entry.indexOf(':');
      const id = entry.slice(0, i);
      if (i <= 0 || !keyIdPattern.test(id))
        throw new Error('ENCRYPTION_KEYS: each entry is <keyId>:<base64 key>');
      const raw = fromBase64(entry.slice(i + 1));
      if (raw.length !== 32) throw new Error(`ENCRYPTION_KEYS: key ${id} must be 32 bytes`);
      return { id, raw };
    });
  if (entries.length === 0) throw new Error('ENCRYPTION_KEYS: no key given');
  const keys = new Map<string, Promise<CryptoKey>>();
  for (const e of entries) {
    if (keys.has(e.id)) throw new Error(`ENCRYPTION_KEYS: duplicate key id ${e.id}`);
    keys.set(e.id, crypto.subtle.importKey('raw', e.raw, 'AES-GCM', false, ['encrypt', 'decrypt']));
  }
  const currentKeyId = entries[0]!.id;
  return {
    currentKeyId,
    async encrypt(plaintext) {
      const iv = randomBytes(12);
      const key = await keys.get(currentKeyId)!;
      // The key id is bound as additional data, so a ciphertext cannot be relabelled to another key.
      const ct = await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv, additionalData: utf8.encode(currentKeyId) },
        key,
        utf8.encode(plaintext),
      );
      return `${currentKeyId}:${toBase64Url(iv)}:${toBase64Url(new Uint8Array(ct))}`;
    },
    async decrypt(sealed) {
      const [id, ivText, ctText, ...rest] = sealed.split(':');
      if (!id || !ivText || !ctText || rest.length) throw new Error('malformed ciphertext');
      const key = keys.get(id);
      if (!key) throw new Error(`unknown encryption key id ${id}`);
      const pt = await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: fromBase64Url(ivText), additionalData: utf8.encode(id) },
        await key,
        fromBase64Url(ctText),
      );
      return fromUtf8.decode(pt);
    },
    needsReencrypt(sealed) {
      return sealed.split(':', 1)[0] !== currentKeyId;
    },
  };
}
