// Terminal key rotation: a new key is first added as the terminal's next key (both verify), then
// promoted to current once every device uses it (the old key stops verifying). Each step is one
// write transaction; workers see it with their next batch.
import { assert } from '../core/assert.js';
import { decodeTerminal, encodeTerminal } from '../store/records.js';
import type { Store } from '../store/store.js';
import { sealKey } from './seal.js';

export async function addNextTerminalKey(
  store: Store,
  masterKey: Buffer,
  terminalId: string,
  key: Buffer,
): Promise<void> {
  assert(key.length >= 16, 'a terminal key has at least 128 bits');
  await store.transact(() => {
    const buf = store.terminals.getBinary(terminalId);
    assert(buf !== undefined, 'terminal exists');
    const terminal = decodeTerminal(terminalId, buf);
    void store.terminals.put(terminalId, encodeTerminal({ ...terminal, nextKeySealed: sealKey(masterKey, key) }));
  });
}

export async function promoteNextTerminalKey(store: Store, terminalId: string): Promise<void> {
  await store.transact(() => {
    const buf = store.terminals.getBinary(terminalId);
    assert(buf !== undefined, 'terminal exists');
    const terminal = decodeTerminal(terminalId, buf);
    assert(terminal.nextKeySealed.length > 0, 'terminal has a next key');
    void store.terminals.put(
      terminalId,
      encodeTerminal({ ...terminal, keySealed: terminal.nextKeySealed, nextKeySealed: new Uint8Array(0) }),
    );
  });
}
