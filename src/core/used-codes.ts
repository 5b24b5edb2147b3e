// The authorization codes this tab already sent to complete(): Intuit invalidates the tokens when one code is
// exchanged twice, so a reload of a completed return, or a replayed callback, must not send it again. Only their
// SHA-256 is kept: sessionStorage outlives the page, and a code, even a spent one, is not something to leave lying
// around where any script of the origin can read it.
import { sha256Hex } from './sha256.js';

const USED_CODES_KEY = 'qbo-reconnect:used-codes';
/** Only the latest few matter (a reload right after a return). */
const KEPT = 20;
const HASH = /^[0-9a-f]{64}$/;

export class UsedCodes {
  private readonly hashes: Set<string>;

  constructor(private readonly storage: Storage | null) {
    this.hashes = new Set(this.read());
  }

  has(code: string): boolean {
    return this.hashes.has(sha256Hex(code));
  }

  remember(code: string): void {
    this.hashes.add(sha256Hex(code));
    this.persist();
  }

  forget(code: string): void {
    this.hashes.delete(sha256Hex(code));
    this.persist();
  }

  private read(): string[] {
    try {
      const raw = this.storage?.getItem(USED_CODES_KEY);
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      // Anything but a hash (a raw code written by an older version) is dropped rather than kept in the clear.
      return Array.isArray(parsed) ? parsed.filter((entry): entry is string => typeof entry === 'string' && HASH.test(entry)) : [];
    } catch {
      return [];
    }
  }

  private persist(): void {
    try {
      this.storage?.setItem(USED_CODES_KEY, JSON.stringify([...this.hashes].slice(-KEPT)));
    } catch {
      /* storage full or denied: the in-memory set still guards this page */
    }
  }
}
