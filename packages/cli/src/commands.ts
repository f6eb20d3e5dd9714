import { parseArgs } from 'node:util';
import {
  AppError,
  allScopes,
  email,
  forTenant,
  type IdentityDeps,
  identity,
  isRole,
  isScope,
  organizationsService,
  tokensService,
} from '@mewayz/core';
import { dbOf, trustOrgId } from '@mewayz/core/admin';
import { migrateDatabase } from '@mewayz/db';
import { apiTokens, organizations, type Role } from '@mewayz/db/schema';
import { seedDemo } from '@mewayz/devstack';
import { eq, or } from 'drizzle-orm';
import type { CliEnv } from './context.ts';

/** A CLI failure with a message for the operator (exit code 1, no stack trace). */
export class CliError extends Error {}

export interface Io {
  /** The command's result: what scripts capture. */
  out(line: string): void;
  /** Human-readable progress and notes. */
  err(line: string): void;
  readStdin(): Promise<string>;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: Record<string, { type: 'string' | 'boolean'; description: string; required?: boolean }>;
  run(
    args: Record<string, string | boolean | undefined>,
    ctx: { env: CliEnv; deps: () => IdentityDeps; io: Io },
  ): Promise<void>;
}

async function findUser(deps: IdentityDeps, ref: string) {
  const user = ref.includes('@')
    ? await identity.findUserByEmail(dbOf(deps), ref)
    : await identity.findUserById(deps, ref);
  if (!user) throw new CliError(`no user ${ref}`);
  return user;
}

async function findOrg(deps: IdentityDeps, ref: string) {
  const [org] = await dbOf(deps)
    .select()
    .from(organizations)
    .where(or(eq(organizations.id, ref), eq(organizations.slug, ref)))
    .limit(1);
  if (!org || org.deletedAt) throw new CliError(`no organization ${ref}`);
  // Operator commands are trusted by nature: whoever runs them holds the database credentials.
  return { org, scope: forTenant(dbOf(deps), trustOrgId(org.id)) };
}

function role(value: string): Role {
  if (!isRole(value))
    throw new CliError(`unknown role ${value} (super_admin, admin, manager, editor, viewer, user)`);
  return value;
}

const operator = { userId: null, requestId: 'cli' };

export const commands: Command[] = [
  {
    name: 'user:create',
    summary: 'Create a user (email already verified). Prints the user id.',
    usage: 'user:create --email <email> --name <name> (--password <pw> | --password-stdin)',
    options: {
      email: { type: 'string', description: 'email address', required: true },
      name: { type: 'string', description: 'display name', required: true },
      password: {
        type: 'string',
        description: 'password (visible in the process list; prefer --password-stdin)',
      },
      'password-stdin': { type: 'boolean', description: 'read the password from standard input' },
    },
    async run(args, { deps, io }) {
      const password = args['password-stdin']
        ? (await io.readStdin()).replace(/\r?\n$/, '')
        : (args.password as string | undefined);
      if (!password) throw new CliError('give --password or --password-stdin');
      const user = await identity.signUp(
        deps(),
        { email: String(args.email), name: String(args.name), password },
        { verified: true, requestId: 'cli' },
      );
      io.err(`created user ${user.email}`);
      io.out(user.id);
    },
  },
  {
    name: 'org:create',
    summary: 'Create an organization with an owner (super_admin). Prints the organization id.',
    usage: 'org:create --name <name> --owner <email|user id> [--slug <slug>]',
    options: {
      name: { type: 'string', description: 'organization name', required: true },
      owner: { type: 'string', description: 'the owner, by email or user id', required: true },
      slug: { type: 'string', description: 'organization slug (default: from the name)' },
    },
    async run(args, { deps, io }) {
      const d = deps();
      const owner = await findUser(d, String(args.owner));
      const { organization } = await organizationsService.createOrganization(
        d,
        owner.id,
        { name: String(args.name), slug: args.slug as string | undefined },
        operator,
      );
      io.err(`created organization ${organization.slug} owned by ${owner.email}`);
      io.out(organization.id);
    },
  },
  {
    name: 'member:add',
    summary: 'Add a user to an organization with a role (or change the role of a member).',
    usage: 'member:add --org <id|slug> --user <email|user id> --role <role>',
    options: {
      org: { type: 'string', description: 'organization id or slug', required: true },
      user: { type: 'string', description: 'user email or id', required: true },
      role: {
        type: 'string',
        description: 'super_admin | admin | manager | editor | viewer | user',
        required: true,
      },
    },
    async run(args, { deps, io }) {
      const d = deps();
      const { scope, org } = await findOrg(d, String(args.org));
      const user = await findUser(d, String(args.user));
      const r = role(String(args.role));
      const existing = await organizationsService.findMembershipRole(d, org.id, user.id);
      const member = existing
        ? await organizationsService.changeMemberRole(d, scope, operator, user.id, r)
        : await organizationsService.addMember(d, scope, operator, user.id, r);
      io.err(`${user.email} is ${member.role} in ${org.slug}`);
      io.out(member.role);
    },
  },
  {
    name: 'token:create',
    summary: 'Create an API token for an organization. Prints only the secret (shown once).',
    usage:
      'token:create --org <id|slug> --user <email|user id> --scopes <a,b,…> [--name <name>] [--expires-in-days <n>]',
    options: {
      org: { type: 'string', description: 'organization id or slug', required: true },
      user: { type: 'string', description: 'member the token acts for (email or id)', required: true },
      scopes: {
        type: 'string',
        description: `comma-separated: ${allScopes.join(', ')}, or "all"`,
        required: true,
      },
      name: { type: 'string', description: 'a label (default "cli")' },
      'expires-in-days': { type: 'string', description: 'expiry in days (default: never)' },
    },
    async run(args, { deps, io }) {
      const d = deps();
      const { scope, org } = await findOrg(d, String(args.org));
      const user = await findUser(d, String(args.user));
      const memberRole = await organizationsService.findMembershipRole(d, org.id, user.id);
      if (!memberRole) throw new CliError(`${user.email} is not a member of ${org.slug}`);
      const raw = String(args.scopes);
      const scopes =
        raw === 'all'
          ? allScopes.filter((s) => organizationsService.scopesForRole(memberRole).includes(s))
          : raw
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean);
      const unknown = scopes.filter((s) => !isScope(s));
      if (unknown.length) throw new CliError(`unknown scopes: ${unknown.join(', ')}`);
      let expiresAt: Date | undefined;
      if (args['expires-in-days'] !== undefined) {
        const days = Number(args['expires-in-days']);
        if (!Number.isFinite(days) || days <= 0)
          throw new CliError('--expires-in-days must be a positive number');
        expiresAt = new Date(Date.now() + days * 86_400_000);
      }
      const { token, secret } = await tokensService.createApiToken(
        d,
        scope,
        { userId: user.id, requestId: 'cli' },
        memberRole,
        {
          name: (args.name as string | undefined) ?? 'cli',
          scopes,
          expiresAt,
        },
      );
      io.err(`created token ${token.id} (${token.prefix}…) with ${token.scopes.join(', ')}`);
      io.out(secret);
    },
  },
  {
    name: 'token:revoke',
    summary: 'Revoke an API token by id.',
    usage: 'token:revoke --token <tok_…>',
    options: { token: { type: 'string', description: 'token id (tok_…)', required: true } },
    async run(args, { deps, io }) {
      const d = deps();
      const [row] = await dbOf(d)
        .select()
        .from(apiTokens)
        .where(eq(apiTokens.id, String(args.token)))
        .limit(1);
      if (!row) throw new CliError(`no token ${args.token}`);
      const { scope } = await findOrg(d, row.organizationId);
      const token = await tokensService.revokeApiToken(d, scope, operator, row.id);
      io.err(`revoked ${token.id} (${token.prefix}…)`);
      io.out(token.id);
    },
  },
  {
    name: 'migrate',
    summary: 'Apply pending database migrations (over MYSQL_URL, a direct MySQL connection).',
    usage: 'migrate',
    options: {},
    async run(_args, { env, io }) {
      await migrateDatabase(env.MYSQL_URL);
      io.err(`migrations applied to ${env.MYSQL_URL.replace(/\/\/[^@]*@/, '//')}`);
    },
  },
  {
    name: 'seed',
    summary: 'Seed the demo data (idempotent).',
    usage: 'seed',
    options: {},
    async run(_args, { env, io }) {
      const result = await seedDemo({
        databaseUrl: env.DATABASE_URL,
        redisUrl: env.REDIS_URL,
        redisToken: env.REDIS_TOKEN,
      });
      io.err('demo data seeded');
      io.out(result.summary);
    },
  },
  {
    name: 'outbox',
    summary: 'Show the dev outbox: emails the platform "sent" locally.',
    usage: 'outbox [--to <email>] [--limit <n>] [--json]',
    options: {
      to: { type: 'string', description: 'only messages to this address' },
      limit: { type: 'string', description: 'how many (default 10, max 200)' },
      json: { type: 'boolean', description: 'print JSON instead of text' },
    },
    async run(args, { deps, io }) {
      const limit = args.limit === undefined ? 10 : Number(args.limit);
      if (!Number.isInteger(limit) || limit < 1) throw new CliError('--limit must be a positive integer');
      const messages = await email.listOutbox(dbOf(deps()), { to: args.to as string | undefined, limit });
      if (args.json) {
        io.out(JSON.stringify(messages, null, 2));
        return;
      }
      if (messages.length === 0) io.err('the outbox is empty');
      for (const m of messages) {
        io.out(`── ${m.createdAt}  to ${m.to}\n   ${m.subject}\n${m.text.replace(/^/gm, '   ')}\n`);
      }
    },
  },
];

export function helpText(cmd?: Command): string {
  if (!cmd) {
    const width = Math.max(...commands.map((c) => c.name.length));
    return [
      'Mewayz operator CLI',
      '',
      'usage: npm run mewayz -- <command> [options]',
      '',
      'commands:',
      ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
      '',
      'Run `npm run mewayz -- <command> --help` for a command’s options.',
      'Environment: DATABASE_URL, REDIS_URL, REDIS_TOKEN (gateways), MYSQL_URL (migrate), ROOT_DOMAIN, ENCRYPTION_KEYS.',
    ].join('\n');
  }
  const opts = Object.entries(cmd.options).map(
    ([name, o]) =>
      `  --${name}${o.type === 'string' ? ' <value>' : ''}${o.required ? ' (required)' : ''}\n      ${o.description}`,
  );
  return [
    `${cmd.summary}`,
    '',
    `usage: npm run mewayz -- ${cmd.usage}`,
    '',
    ...(opts.length ? ['options:', ...opts] : ['no options']),
    '  --help\n      show this help',
  ].join('\n');
}

/** Parse argv for one command; throws CliError on unknown or missing options. */
export function parseCommandArgs(cmd: Command, argv: string[]) {
  const options = Object.fromEntries(Object.entries(cmd.options).map(([k, o]) => [k, { type: o.type }]));
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    throw new CliError(`${(err as Error).message}\n\n${helpText(cmd)}`);
  }
  if (!values.help) {
    const missing = Object.entries(cmd.options)
      .filter(([k, o]) => o.required && values[k] === undefined)
      .map(([k]) => `--${k}`);
    if (missing.length) throw new CliError(`missing ${missing.join(', ')}\n\n${helpText(cmd)}`);
  }
  return values;
}

/** Describe an error for the operator: our own errors by message, domain errors with their details. */
export function describeError(err: unknown): string {
  if (err instanceof CliError) return err.message;
  if (err instanceof AppError) {
    const details = err.details.map((d) => `  ${d.path || '(input)'}: ${d.message}`).join('\n');
    return `${err.message}${details ? `\n${details}` : ''}`;
  }
  const e = err as Error & { code?: string };
  if (
    e?.code === 'ECONNREFUSED' ||
    /fetch failed|ECONNREFUSED/.test(String(e?.message) + String((e as { cause?: unknown })?.cause))
  ) {
    return 'cannot reach the database or Redis gateway — is `npm start` (or `npm run gateways`) running? Check DATABASE_URL and REDIS_URL.';
  }
  return e?.message ?? String(err);
}
