// A replica's store commits without fsync (docs/REPLICATION.md, "Applying"): the pool's stream, not
// this disk, makes a record durable, and a record lost from this disk is applied again from the
// stream. A killed process loses nothing (its commits are in the kernel's page cache); a machine
// that stops (power, kernel panic) can leave LMDB's file torn, since without fsync the kernel writes
// its pages back in any order. So while such a store is open, a marker file in its folder names the
// boot it is open under (Linux's boot id, which changes at every boot): found at the next open with
// another boot's id, the machine stopped while the store had unsynced commits, and the store is
// refused (SSC_STORE_UNSYNCED) until it is rebuilt from a backup. A clean close syncs, then removes it.

import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const markerName = 'unsynced-boot';
const bootIdFile = '/proc/sys/kernel/random/boot_id';

/** This boot's id ('' where the system has none: such a store keeps fsync on every commit). */
export function currentBootId(): string {
  try {
    return readFileSync(bootIdFile, 'utf8').trim();
  } catch {
    return '';
  }
}

/**
 * The boot under which this folder's store was last open with unsynced commits and not closed
 * cleanly, or undefined (no marker: never, or closed cleanly).
 */
export function unsyncedBoot(dir: string): string | undefined {
  const file = join(dir, markerName);
  if (!existsSync(file)) return undefined;
  return readFileSync(file, 'utf8').trim();
}

/** Writes the marker durably (file and folder synced) before the first unsynced commit. */
export function markUnsynced(dir: string, bootId: string): void {
  const file = join(dir, markerName);
  const next = `${file}.next`;
  const fd = openSync(next, 'w', 0o600);
  try {
    writeSync(fd, `${bootId}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(next, file);
  syncFolder(dir);
}

/** After the store was synced and closed: nothing unsynced remains. */
export function clearUnsynced(dir: string): void {
  rmSync(join(dir, markerName), { force: true });
  syncFolder(dir);
}

function syncFolder(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
