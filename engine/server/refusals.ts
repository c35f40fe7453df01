// Refused requests counted by their stable code, per engine (one line in the log each, and a count
// here that GET /stats shows and the metrics will export). Labels are codes, never caller data.
import type { Logger } from 'pino';

/** Log lines per code per second at most: under a flood, a line per refusal would itself be the overload. */
const linesPerCodePerSecond = 5;

export class Refusals {
  private readonly counts = new Map<string, number>();
  /** code -> [second, lines logged in it, refusals not logged since the last line] */
  private readonly logged = new Map<string, [number, number, number]>();

  constructor(
    private readonly log: Logger,
    private readonly onRefused: (code: string) => void = () => {},
  ) {}

  /** Counts one refusal (exactly) and logs it (at most a few lines per code per second, with the count skipped). */
  note(code: string, message = 'request refused'): void {
    this.counts.set(code, (this.counts.get(code) ?? 0) + 1);
    this.onRefused(code);
    const second = Math.floor(Date.now() / 1000);
    let entry = this.logged.get(code);
    if (entry === undefined || entry[0] !== second) {
      entry = [second, 0, entry?.[2] ?? 0];
      this.logged.set(code, entry);
    }
    if (entry[1] >= linesPerCodePerSecond) {
      entry[2]++;
      return;
    }
    entry[1]++;
    const skipped = entry[2];
    entry[2] = 0;
    if (skipped > 0) this.log.warn({ sscCode: code, notLogged: skipped }, message);
    else this.log.warn({ sscCode: code }, message);
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }
}
