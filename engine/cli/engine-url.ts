// Where the CLIs find the engine, one rule for all of them: --url, else SSC_URL, else the host and
// port the engine itself would listen on with the same environment (SSC_HOST, SSC_PORT).
import { loadConfig } from '../config.js';

export function engineUrl(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag !== undefined && flag !== '') return flag;
  const explicit = env['SSC_URL'];
  if (explicit !== undefined && explicit !== '') return explicit;
  const config = loadConfig(env);
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${config.port}`;
}
