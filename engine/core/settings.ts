// Decision settings: configurable, with the defaults of docs/DOMAIN.md. Plain data passed into the core.

import { dayMs } from './china-time.js';

export interface DecisionSettings {
  /** A temporary loss report lapses by itself after this long (docs/DOMAIN.md section 4: 10 days). */
  tempLossTtlMs: number;
  /** Legacy magnetic and county IC cards stop settling at this instant (default end of 2014, China time). */
  legacyDeadlineMs: number;
  /** How long a sign-in number stays valid. */
  signInTtlMs: number;
}

export const defaultDecisionSettings: DecisionSettings = {
  tempLossTtlMs: 10 * dayMs,
  legacyDeadlineMs: Date.UTC(2014, 11, 31, 16, 0, 0), // 2015-01-01T00:00:00+08:00
  signInTtlMs: dayMs,
};
