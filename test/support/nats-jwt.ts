// NATS operator mode for tests: an operator, its system account and an application account (with
// JetStream) signed as JWTs, and .creds files for users the account signs, in the format `nsc`
// writes. The servers take the operator's JWT and the accounts' (a MEMORY resolver,
// engine/replication/nats-cluster.ts); an engine logs in with a .creds file
// (SSC_CLUSTER_NATS_CREDS_FILE). Production makes these with `nsc`; nothing here is the engine's.
import { createHash } from 'node:crypto';
import { nkeys } from '@nats-io/transport-node';

type KeyPair = ReturnType<typeof nkeys.createOperator>;

const base64url = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** RFC 4648 base32 without padding (a JWT's jti). */
function base32(bytes: Uint8Array): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out;
}

/** A NATS v2 JWT: claims about `subject`, signed by `issuer` (ed25519 nkey); `exp` in Unix seconds (0: none). */
function signedJwt(issuer: KeyPair, subject: string, name: string, nats: object, exp = 0): string {
  const claims = {
    jti: '',
    iat: Math.floor(Date.now() / 1000),
    ...(exp === 0 ? {} : { exp }),
    iss: issuer.getPublicKey(),
    name,
    sub: subject,
    nats: { ...nats, version: 2 },
  };
  claims.jti = base32(createHash('sha256').update(JSON.stringify(claims)).digest());
  const signing = `${base64url({ typ: 'JWT', alg: 'ed25519-nkey' })}.${base64url(claims)}`;
  return `${signing}.${Buffer.from(issuer.sign(Buffer.from(signing))).toString('base64url')}`;
}

const unlimited = { subs: -1, data: -1, payload: -1, imports: -1, exports: -1, wildcards: true, conn: -1, leaf: -1 };

export interface OperatorSetup {
  /** For NatsCluster's security.operator. */
  operator: { jwt: string; systemAccount: string; accounts: Record<string, string> };
  /**
   * A .creds file's text for a new user of the application account; with `expiresAtS` (Unix
   * seconds) its JWT expires then, and the servers close its connections at that moment.
   */
  userCreds: (name: string, expiresAtS?: number) => string;
  /** A .creds file's text for a user of an account the servers do not know. */
  strangerCreds: () => string;
}

function credsFile(userJwt: string, user: KeyPair): string {
  return [
    '-----BEGIN NATS USER JWT-----',
    userJwt,
    '------END NATS USER JWT------',
    '',
    '-----BEGIN USER NKEY SEED-----',
    new TextDecoder().decode(user.getSeed()),
    '------END USER NKEY SEED------',
    '',
  ].join('\n');
}

export function operatorSetup(): OperatorSetup {
  const operator = nkeys.createOperator();
  const system = nkeys.createAccount();
  const account = nkeys.createAccount();
  const userOf = (signer: KeyPair, name: string, expiresAtS = 0): string => {
    const user = nkeys.createUser();
    const jwt = signedJwt(
      signer,
      user.getPublicKey(),
      name,
      { type: 'user', pub: {}, sub: {}, subs: -1, data: -1, payload: -1 },
      expiresAtS,
    );
    return credsFile(jwt, user);
  };
  return {
    operator: {
      jwt: signedJwt(operator, operator.getPublicKey(), 'ssc-operator', {
        type: 'operator',
        system_account: system.getPublicKey(),
      }),
      systemAccount: system.getPublicKey(),
      accounts: {
        [system.getPublicKey()]: signedJwt(operator, system.getPublicKey(), 'SYS', {
          type: 'account',
          limits: unlimited,
        }),
        [account.getPublicKey()]: signedJwt(operator, account.getPublicKey(), 'SSC', {
          type: 'account',
          limits: { ...unlimited, mem_storage: -1, disk_storage: -1, streams: -1, consumer: -1 },
        }),
      },
    },
    userCreds: (name, expiresAtS) => userOf(account, name, expiresAtS),
    strangerCreds: () => userOf(nkeys.createAccount(), 'stranger'),
  };
}
