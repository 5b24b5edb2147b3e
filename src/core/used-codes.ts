// The authorization codes this tab already sent to complete(): Intuit invalidates the tokens when one code is
// exchanged twice, so a reload of a completed return, or a replayed callback, must not send it again.

const USED_CODES_KEY = 'qbo-reconnect:used-codes';
/** Only the latest few matter (a reload right after a return). */
const KEPT = 20;

export class UsedCodes {
  private readonly codes: Set<string>;

  constructor(private readonly storage: Storage | null) {
    this.codes = new Set(this.read());
  }

  has(code: string): boolean {
    return this.codes.has(code);
  }

  remember(code: string): void {
    this.codes.add(code);
    this.persist();
  }

  forget(code: string): void {
    this.codes.delete(code);
    this.persist();
  }

  private read(): string[] {
    try {
      const raw = this.storage?.getItem(USED_CODES_KEY);
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(parsed) ? parsed.filter((code): code is string => typeof code === 'string') : [];
    } catch {
      return [];
    }
  }

  private persist(): void {
    try {
      this.storage?.setItem(USED_CODES_KEY, JSON.stringify([...this.codes].slice(-KEPT)));
    } catch {
      /* storage full or denied: the in-memory set still guards this page */
    }
  }
}
