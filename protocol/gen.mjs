// Regenerates the static protobuf code committed in protocol/ssc/v1/gen/ from ssc.proto.
// Usage: node protocol/gen.mjs [outDir]   (default: protocol/ssc/v1/gen)
// The staleness test calls it with a temporary outDir and compares the files byte for byte.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(process.argv[2] ?? join(root, 'protocol/ssc/v1/gen'));
const bin = join(root, 'node_modules/.bin');
mkdirSync(outDir, { recursive: true });
const js = join(outDir, 'ssc.js');
execFileSync(
  join(bin, 'pbjs'),
  [
    '-t',
    'static-module',
    '-w',
    'esm',
    '--dependency',
    'protobufjs/minimal.js',
    '--no-create',
    '--no-verify',
    '--no-delimited',
    '--no-typeurl',
    '-o',
    js,
    join(root, 'protocol/ssc/v1/ssc.proto'),
  ],
  { cwd: root, stdio: 'inherit' },
);
// A JSON descriptor of the same messages: the strict proto3-JSON reader walks it (json-fields.ts).
execFileSync(
  join(bin, 'pbjs'),
  ['-t', 'json', '-o', join(outDir, 'ssc.json'), join(root, 'protocol/ssc/v1/ssc.proto')],
  { cwd: root, stdio: 'inherit' },
);
execFileSync(join(bin, 'pbts'), ['--no-comments', '-o', join(outDir, 'ssc.d.ts'), js], { cwd: root, stdio: 'inherit' });
// Connect-ES (protobuf-es v2) code for the same contract: the standard client the tests call the
// server with, so Connect compatibility is checked by code nobody here wrote.
const template = JSON.stringify({
  version: 'v2',
  plugins: [
    {
      local: join(bin, 'protoc-gen-es'),
      out: join(outDir, 'es'),
      opt: ['target=ts', 'import_extension=js'],
    },
  ],
});
execFileSync(join(bin, 'buf'), ['generate', join(root, 'protocol/ssc/v1'), '--template', template], {
  cwd: root,
  stdio: 'inherit',
});
