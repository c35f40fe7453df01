// The national JSON envelope (docs/DOMAIN.md section 5) as a terminal sends it to POST /fsi/api, signed
// with the terminal's key (the tests act as the demo terminals).
import { makeMsgId, type TerminalIdentity } from '../../protocol/client.js';
import { macForTerminal, macHeader, terminalHeader } from '../../protocol/mac.js';

export function chinaTime(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}

export function nationalEnvelope(
  terminal: TerminalIdentity,
  signNo: string,
  infno: string,
  input: unknown,
  sequence: number,
): Record<string, unknown> {
  return {
    infno,
    msgid: makeMsgId(terminal.institutionCode, Date.now(), sequence),
    mdtrtarea_admvs: terminal.region,
    // insuplc_admdvs (the person's insured place) only where a test names it: checked when sent.
    opter: 'op001',
    opter_type: '1',
    fixmedins_code: terminal.institutionCode,
    dev_no: terminal.terminalId,
    sign_no: signNo,
    inf_time: chinaTime(Date.now()),
    input,
  };
}

/** Posts an envelope with its MAC (or the given one) and returns the status and the body text. */
export async function postNational(
  url: string,
  terminal: TerminalIdentity,
  envelope: unknown,
  mac?: string,
): Promise<{ status: number; text: string }> {
  const body = Buffer.from(JSON.stringify(envelope) ?? 'null');
  const response = await fetch(`${url}/fsi/api`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [macHeader]: mac ?? Buffer.from(macForTerminal(terminal.terminalId, body)).toString('hex'),
      [terminalHeader]: terminal.terminalId,
    },
    body,
  });
  return { status: response.status, text: await response.text() };
}
