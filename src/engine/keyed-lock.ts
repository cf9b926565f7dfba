/**
 * Runs tasks one at a time per key, in arrival order. Two messages from one phone arriving together are
 * handled one after the other, so the second sees the first's state. (Across processes the store's revision
 * check catches the same race; see intake-engine.ts.)
 */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
