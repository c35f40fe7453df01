// Worker threads run the built JavaScript (piscina needs a JS file): make sure the build exists.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function setup(): void {
  if (!existsSync('dist/workers/authorize.js')) execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
}
