// Reads and validates the benefit policy file at start-up; a bad file stops the engine with every
// problem named (SSC_POLICY).
import { readFileSync } from 'node:fs';
import { type BenefitPolicy, validatePolicy } from '../core/policy.js';
import { arithmeticBoundProblems } from '../core/split.js';

export class PolicyError extends Error {
  readonly code = 'SSC_POLICY';
}

export function loadPolicyFile(path: string): BenefitPolicy {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new PolicyError(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = validatePolicy(raw);
  if (result.policy === undefined) throw new PolicyError(`${path}: ${result.errors.join('; ')}`);
  const bounds = arithmeticBoundProblems(result.policy);
  if (bounds.length > 0) throw new PolicyError(`${path}: ${bounds.join('; ')}`);
  return result.policy;
}
