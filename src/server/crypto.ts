// AES-256-GCM for tokens at rest, SHA-256 for codes and states, and random OAuth states, all on Web Crypto.
import { webcrypto } from 'node:crypto';

const subtle = webcrypto.subtle;
export type CryptoKey = webcrypto.CryptoKey;

/** A 32-byte key as base64 or hex text, raw bytes, or an AES-GCM CryptoKey the host already imported. */
export type EncryptionKeyInput = string | Uint8Array | CryptoKey;

export async function importEncryptionKey(input: EncryptionKeyInput): Promise<CryptoKey> {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) return input;
  const bytes = typeof input === 'string' ? decodeKeyText(input) : input;
  if (bytes.length !== 32) throw new TypeError(`encryptionKey must be 32 bytes (AES-256); got ${bytes.length}.`);
  return subtle.importKey('raw', bytes, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

function decodeKeyText(text: string): Uint8Array {
  const trimmed = text.trim();
  if (/^[0-9a-f]{64}$/i.test(trimmed)) return Uint8Array.from(Buffer.from(trimmed, 'hex'));
  return Uint8Array.from(Buffer.from(trimmed, 'base64'));
}

/** Versioned so a later key rotation can tell old ciphertexts apart: `v1.<iv>.<ciphertext+tag>` in base64url. */
export async function encrypt(key: CryptoKey, plaintext: string, context: string): Promise<string> {
  const iv = webcrypto.getRandomValues(new Uint8Array(12));
  const sealed = await subtle.encrypt(
    // The context (e.g. the tenant id) is bound as associated data so a ciphertext cannot be moved to another row.
    { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(context) },
    key,
    new TextEncoder().encode(plaintext),
  );
  return `v1.${Buffer.from(iv).toString('base64url')}.${Buffer.from(sealed).toString('base64url')}`;
}

export async function decrypt(key: CryptoKey, sealed: string, context: string): Promise<string> {
  const [version, iv, data] = sealed.split('.');
  if (version !== 'v1' || !iv || !data) throw new Error('Unreadable ciphertext.');
  const plain = await subtle.decrypt(
    { name: 'AES-GCM', iv: Buffer.from(iv, 'base64url'), additionalData: new TextEncoder().encode(context) },
    key,
    Buffer.from(data, 'base64url'),
  );
  return new TextDecoder().decode(plain);
}

export async function sha256(text: string): Promise<string> {
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Buffer.from(digest).toString('hex');
}

/** 256 bits of randomness, URL-safe. */
export function randomToken(): string {
  return Buffer.from(webcrypto.getRandomValues(new Uint8Array(32))).toString('base64url');
}
