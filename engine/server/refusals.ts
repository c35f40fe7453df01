// Refused requests counted by their stable code, per engine (one line in the log each, and a count
// here that GET /stats shows and the metrics will export). Labels are codes, never caller data.
import type { Logger } from 'pino';

export class Refusals {
  private readonly counts = new Map<string, number>();

  constructor(
    private readonly log: Logger,
    private readonly onRefused: (code: string) => void = () => {},
  ) {}

  /** Counts and logs one refusal. */
  note(code: string, message = 'request refused'): void {
    this.counts.set(code, (this.counts.get(code) ?? 0) + 1);
    this.onRefused(code);
    this.log.warn({ sscCode: code }, message);
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }
}
