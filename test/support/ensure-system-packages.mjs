// The test command's first step (package.json "test"): the system packages the test suites need and npm cannot provide — nats-server (the
// replication suite's NATS JetStream cluster, Debian's 2.9.10), chromium and a CJK font (the web
// console's browser suite drives Debian's chromium through playwright-core; Playwright's own browser
// download does not work on these machines). Installed with apt-get when missing
// and this runs as root (CI); otherwise the run stops here naming the exact command. No suite skips
// because a package is absent.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const needed = [
  { binary: 'nats-server', paths: ['/usr/sbin/nats-server', '/usr/bin/nats-server'], pkg: 'nats-server' },
  { binary: 'chromium', paths: [process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'], pkg: 'chromium' },
  { file: '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', pkg: 'fonts-wqy-zenhei' },
];

const present = (n) =>
  n.file !== undefined
    ? existsSync(n.file)
    : [...n.paths, n.binary].some((p) => spawnSync(p, ['--version'], { stdio: 'ignore' }).status === 0);
const missing = needed.filter((n) => !present(n));
if (missing.length > 0) {
  const pkgs = missing.map((n) => n.pkg).join(' ');
  if (process.getuid?.() !== 0) {
    process.stderr.write(`missing system packages for the tests: run  sudo apt-get install -y ${pkgs}\n`);
    process.exit(1);
  }
  const apt = (args) =>
    spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  process.stdout.write(`installing ${pkgs} (apt-get)\n`);
  if (apt(['install', '-y', ...missing.map((n) => n.pkg)]).status !== 0) {
    apt(['update']);
    if (apt(['install', '-y', ...missing.map((n) => n.pkg)]).status !== 0) {
      process.stderr.write(`apt-get could not install ${pkgs}: run  apt-get update && apt-get install -y ${pkgs}\n`);
      process.exit(1);
    }
  }
  const still = missing.filter((n) => !present(n));
  if (still.length > 0) {
    process.stderr.write(`still missing after apt-get: ${still.map((n) => n.pkg).join(' ')}\n`);
    process.exit(1);
  }
}
