import {
  type CoreDeps,
  createDb,
  createLogger,
  createRedis,
  createSecretBox,
  email,
  type IdentityDeps,
} from '@mewayz/core';
import { DB } from '@mewayz/core/admin';
import { localEncryptionKeys } from '@mewayz/devstack';

/** Where the CLI reaches data: the same gateways (HTTP drivers) as the Workers. */
export interface CliEnv {
  DATABASE_URL: string;
  REDIS_URL: string;
  REDIS_TOKEN: string;
  MYSQL_URL: string;
  ROOT_DOMAIN: string;
  ENCRYPTION_KEYS: string;
  DASHBOARD_URL: string;
}

export function cliEnv(env: NodeJS.ProcessEnv = process.env): CliEnv {
  return {
    DATABASE_URL: env.DATABASE_URL ?? 'http://mewayz:mewayz@127.0.0.1:3900',
    REDIS_URL: env.REDIS_URL ?? 'http://127.0.0.1:8079',
    REDIS_TOKEN: env.REDIS_TOKEN ?? 'mewayz-local-token',
    MYSQL_URL: env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/mewayz',
    ROOT_DOMAIN: env.ROOT_DOMAIN ?? 'mewayz.localhost',
    // Locally the key `npm start` generated into .dev.vars; production operators set their own.
    ENCRYPTION_KEYS: env.ENCRYPTION_KEYS ?? localEncryptionKeys(),
    DASHBOARD_URL: env.DASHBOARD_URL ?? 'http://app.mewayz.localhost:8788',
  };
}

/** Core + identity dependencies for operator commands (mail goes to the dev outbox). */
export function cliDeps(env: CliEnv): IdentityDeps {
  const db = createDb(env.DATABASE_URL);
  const core: CoreDeps = {
    [DB]: db,
    redis: createRedis(env.REDIS_URL, env.REDIS_TOKEN),
    config: {
      rootDomain: env.ROOT_DOMAIN,
      shortDomain: env.ROOT_DOMAIN,
      publicScheme: 'http',
      publicPort: '8787',
    },
    purger: { purgeHosts: async () => {} },
    now: () => new Date(),
    log: createLogger({ level: 'warn', fields: { worker: 'node' } }),
  };
  return {
    ...core,
    secrets: createSecretBox(env.ENCRYPTION_KEYS),
    mailer: email.outboxMailer(db),
    appUrl: env.DASHBOARD_URL,
  };
}
