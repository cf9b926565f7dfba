import { readFileSync, writeFileSync } from 'node:fs';
import type { Clock } from '../../src/clock';

/** A clock another process sets through a file: the durability test moves time in a child it kills. */
export class FileClock implements Clock {
  constructor(private readonly file: string) {}
  now(): Date {
    return new Date(JSON.parse(readFileSync(this.file, 'utf8')).now as string);
  }
  static write(file: string, at: Date): void {
    writeFileSync(file, JSON.stringify({ now: at.toISOString() }));
  }
}
