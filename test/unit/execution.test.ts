// SSC_WORKERS: the mode the dispatcher is built with, per configuration and core count.
import { describe, expect, it } from 'vitest';
import { limits } from '../../engine/core/limits.js';
import { initialMode } from '../../workers/execution.js';

describe('initialMode', () => {
  it('auto starts no worker below limits.poolCoresMin cores; pool and inline are taken as configured', () => {
    expect(initialMode('auto', limits.poolCoresMin - 1)).toBe('inline');
    expect(initialMode('auto', limits.poolCoresMin)).toBe('pool');
    expect(initialMode('pool', 1)).toBe('pool');
    expect(initialMode('inline', 64)).toBe('inline');
  });
});
