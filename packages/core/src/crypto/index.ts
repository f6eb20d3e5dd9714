export * from './encoding.ts';
export { sha256Hex, timingSafeEqual } from './hash.ts';
export { randomBytes, randomHex, randomString, randomToken } from './random.ts';
export { createSecretBox, type SecretBox } from './secret-box.ts';
