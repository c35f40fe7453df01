// The architecture and the catalogues, checked: imports point inward, every operational error code
// and every reason code is unique and documented in the README.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { limitRelationProblems, limits } from '../../engine/core/limits.js';
import { reasonCatalogue } from '../../engine/core/reasons.js';
import { allErrors } from '../../engine/server/errors.js';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gen' ? [] : files(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function imports(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]!);
}

const readme = readFileSync('README.md', 'utf8');
/** The README and docs/ together: where every code must be documented. */
const documented = [readme, ...readdirSync('docs').map((name) => readFileSync(join('docs', name), 'utf8'))].join('\n');

describe('import rules', () => {
  it('engine/core is pure: imports only itself (no node:*, no packages, no adapters)', () => {
    for (const file of files('engine/core')) {
      for (const target of imports(file)) expect(target.startsWith('./'), `${file} imports ${target}`).toBe(true);
    }
  });
  it('protocol/ never imports engine/ or workers/', () => {
    for (const file of files('protocol')) {
      for (const target of imports(file))
        expect(/engine|workers/.test(target), `${file} imports ${target}`).toBe(false);
    }
  });
});

/** The repository paths a file imports (relative imports resolved; packages left out). */
function importedPaths(file: string): string[] {
  return imports(file)
    .filter((target) => target.startsWith('.'))
    .map((target) => join(dirname(file), target).replace(/\\/g, '/'));
}

describe('layer rules: imports point one way', () => {
  const below = ['core', 'store', 'wire', 'ledger', 'cards', 'auth', 'sessions', 'demo', 'runtime'];
  it('the rooms below the server never import engine/server or workers/', () => {
    for (const room of below) {
      for (const file of files(`engine/${room}`)) {
        for (const target of importedPaths(file)) {
          expect(target.startsWith('engine/server/'), `${file} imports ${target}`).toBe(false);
          expect(target.startsWith('workers/'), `${file} imports ${target}`).toBe(false);
        }
      }
    }
  });
  it('the operation table and pipeline sit above the rooms they call and below the transports', () => {
    for (const room of below) {
      for (const file of files(`engine/${room}`)) {
        for (const target of importedPaths(file))
          expect(target.startsWith('engine/operations/'), `${file} imports ${target}`).toBe(false);
      }
    }
    for (const file of files('engine/operations')) {
      for (const target of importedPaths(file))
        expect(/^(engine\/server|workers)\//.test(target), `${file} imports ${target}`).toBe(false);
    }
  });
  it('workers/ never imports engine/server', () => {
    for (const file of files('workers')) {
      for (const target of importedPaths(file))
        expect(target.startsWith('engine/server/'), `${file} imports ${target}`).toBe(false);
    }
  });
  it('the store never imports the writers above it (ledger, cards, sessions)', () => {
    for (const file of files('engine/store')) {
      for (const target of importedPaths(file))
        expect(/^engine\/(ledger|cards|sessions)\//.test(target), `${file} imports ${target}`).toBe(false);
    }
  });
});

describe('documents', () => {
  it('every document a code comment cites is in the repository', () => {
    const cited = new Set<string>();
    for (const dir of ['engine', 'workers', 'protocol', 'bench', 'test']) {
      for (const file of files(dir)) {
        for (const line of readFileSync(file, 'utf8').split('\n')) {
          const comment =
            line.indexOf('//') >= 0 ? line.slice(line.indexOf('//')) : line.trim().startsWith('*') ? line : '';
          for (const m of comment.matchAll(/\b((?:docs\/)?[A-Z][A-Za-z-]*\.md)\b/g)) cited.add(m[1]!);
        }
      }
    }
    expect(cited.size).toBeGreaterThan(0);
    for (const doc of cited) expect(existsSync(doc), `${doc} is cited but not in the repository`).toBe(true);
  });
});

describe('catalogues', () => {
  it('operational error codes are unique and each is in the README', () => {
    const codes = allErrors.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(documented, `${code} missing from README and docs/`).toContain(code);
  });
  it('reason codes are unique and each is in the README table', () => {
    const codes = reasonCatalogue.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes)
      expect(readme, `reason ${code} missing from README`).toMatch(new RegExp(`\\| ${code}\\s+\\|`));
  });
});

describe('limits', () => {
  it('the relations between bounds hold, and a broken one is named', () => {
    expect(limitRelationProblems()).toEqual([]);
    expect(limitRelationProblems({ ...limits, unsignedBodyBytesMax: limits.bodyBytesMax })).toEqual([
      'unsignedBodyBytesMax < bodyBytesMax',
    ]);
  });
});
