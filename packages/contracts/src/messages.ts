import { z } from '@hono/zod-openapi';

/**
 * The words every validation message uses, in the API's `error.details` and on the dashboard's forms
 * alike. Other code (dashboard end-to-end tests among it) relies on these exact sentences.
 */
export const say = {
  /** A missing or empty required field: "Enter your email" (personal) / "Enter a title". */
  required: (field: string, personal = false) =>
    personal ? `Enter your ${field}` : `Enter ${/^[aeiou]/i.test(field) ? 'an' : 'a'} ${field}`,
  email: 'Enter a valid email address, like name@example.com',
  url: 'Enter a web address, like example.com/page',
  sectionLink: 'Enter a web address, like example.com/page, or a page of this site, like /about',
  tooShort: (n: number) => `Use at least ${n} characters`,
  tooLong: (n: number) => `Use at most ${n} characters`,
  controlCharacters: 'Remove invisible control characters',
  dateTime: 'Enter a date and time, like 2026-12-01T09:00:00Z',
  totpCode: 'Enter the 6-digit code from your authenticator app',
  secondFactor: 'Enter the 6-digit code from your authenticator app, or one of your recovery codes',
  recoveryCode: 'Enter a recovery code as it was shown, like abcde-12345',
  wrongSecondFactor: 'That code is not correct or was already used. Try the newest code from your app.',
  workspace: 'Choose a workspace',
} as const;

/** Fields that are the person's own: "Enter your email", not "Enter an email". */
const personalFields = new Set(['email', 'password', 'name', 'currentPassword', 'newPassword']);
const personalNouns: Record<string, string> = { currentPassword: 'password', newPassword: 'password' };

/** `fallbackUrl` → `fallback url`; names of fields as a person reads them. */
function fieldNoun(path: readonly PropertyKey[] | undefined): { noun: string; personal: boolean } {
  const key = [...(path ?? [])].reverse().find((p) => typeof p === 'string') as string | undefined;
  if (!key) return { noun: 'value', personal: false };
  if (/url$|^href$/i.test(key)) return { noun: 'web address', personal: false };
  if (key === 'email' || /email$/i.test(key)) return { noun: 'email', personal: personalFields.has(key) };
  const noun =
    personalNouns[key] ??
    key
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .replace(/_/g, ' ')
      .toLowerCase();
  return { noun, personal: personalFields.has(key) };
}

const typeWords: Record<string, string> = {
  number: 'Use a number',
  int: 'Use a whole number',
  boolean: 'Use true or false',
  array: 'Use a list',
  object: 'Use an object',
  date: 'Use a date',
};

type RawIssue = Parameters<NonNullable<Parameters<typeof z.config>[0]>['customError'] & object>[0];

/**
 * The messages of every issue a schema did not word itself: human sentences instead of zod's
 * "Invalid input: expected string, received undefined". Installed once with `z.config`, so every
 * schema (contracts, dashboard forms, API) speaks the same way.
 */
export function humanMessage(iss: RawIssue): string | undefined {
  const i = iss as RawIssue & Record<string, unknown>;
  const { noun, personal } = fieldNoun(iss.path);
  switch (iss.code) {
    case 'invalid_type': {
      if (i.input === undefined || i.input === null || i.input === '') return say.required(noun, personal);
      return typeWords[String(i.expected)] ?? say.required(noun, personal);
    }
    case 'too_small': {
      const n = Number(i.minimum);
      if (i.origin === 'string') return n <= 1 ? say.required(noun, personal) : say.tooShort(n);
      if (i.origin === 'array' || i.origin === 'set')
        return n <= 1 ? 'Add at least one' : `Add at least ${n}`;
      return `Use ${n} or more`;
    }
    case 'too_big': {
      const n = Number(i.maximum);
      if (i.origin === 'string') return say.tooLong(n);
      if (i.origin === 'array' || i.origin === 'set') return `Use at most ${n}`;
      return `Use ${n} or less`;
    }
    case 'invalid_format': {
      if (i.format === 'email') return say.email;
      if (i.format === 'url') return say.url;
      if (i.format === 'datetime') return say.dateTime;
      if (i.format === 'date') return 'Enter a date, like 2026-12-01';
      return `Enter a valid ${noun}`;
    }
    case 'invalid_value': {
      if (i.input === undefined) return `Choose ${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
      const values = (i.values as unknown[]) ?? [];
      return values.length === 1
        ? `Use ${JSON.stringify(values[0])}`
        : `Choose one of: ${values.map(String).join(', ')}`;
    }
    case 'unrecognized_keys': {
      const keys = (i.keys as string[]) ?? [];
      return `Remove ${keys.map((k) => `“${k}”`).join(', ')}: ${keys.length > 1 ? 'they are' : 'it is'} not accepted here`;
    }
    case 'not_multiple_of':
      return `Use a multiple of ${String(i.divisor)}`;
    case 'invalid_union':
      return `Enter a valid ${noun}`;
    default:
      return `Check the ${noun}`;
  }
}

z.config({ customError: humanMessage });

/**
 * A PATCH body must change something: `{}` would otherwise reach the database as an UPDATE without a
 * SET clause. Applied to every partial update input.
 */
export function hasSomeField(value: object): boolean {
  return Object.values(value).some((v) => v !== undefined);
}
export const NOTHING_TO_CHANGE = 'Change at least one field';
