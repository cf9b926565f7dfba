import type { KeyValueStorage } from './session';

/**
 * The panel's storage when the browser gives a third-party frame none (panel-storage.ts): the entries live in
 * memory, start from what the launcher handed back after a reload, and every change is sent to the launcher
 * (as one JSON string, or null when empty) for it to keep in the page's own sessionStorage. Only changes are
 * sent, so a watermark saved after every activity costs nothing when it did not move.
 */
export class HostBackedStorage implements KeyValueStorage {
  constructor(
    private readonly entries: Record<string, string>,
    private readonly persist: (value: string | null) => void,
  ) {}

  getItem(key: string): string | null {
    return Object.prototype.hasOwnProperty.call(this.entries, key) ? this.entries[key] : null;
  }

  setItem(key: string, value: string): void {
    if (this.entries[key] === value) return;
    this.entries[key] = value;
    this.flush();
  }

  removeItem(key: string): void {
    if (!Object.prototype.hasOwnProperty.call(this.entries, key)) return;
    delete this.entries[key];
    this.flush();
  }

  private flush(): void {
    this.persist(Object.keys(this.entries).length > 0 ? JSON.stringify(this.entries) : null);
  }
}
