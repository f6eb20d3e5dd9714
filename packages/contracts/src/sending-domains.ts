import { z } from '@hono/zod-openapi';
import { hostnameOut, instantOut, listOut, textOut } from './fields.ts';
import { idSchema } from './ids.ts';
import { say } from './messages.ts';

export const addSendingDomainInput = z
  .object({
    domain: z
      .string({ error: say.required('domain name') })
      .trim()
      .min(1, { error: say.required('domain name'), abort: true })
      .max(253, { error: say.tooLong(253) })
      .openapi({ example: 'mail.example.com', format: 'hostname' }),
  })
  .strict()
  .openapi('AddSendingDomain');
export type AddSendingDomainInput = z.infer<typeof addSendingDomainInput>;

export const sendingRecordKindValues = ['spf', 'dkim', 'dmarc', 'return_path'] as const;

/** One DNS record the creator publishes, with what the last check found there. */
export const sendingDnsRecordSchema = z
  .object({
    kind: z.enum(sendingRecordKindValues),
    type: z.enum(['TXT', 'CNAME']),
    name: hostnameOut,
    /** A DKIM key is ~400 characters: DNS providers split it into 255-character strings themselves. */
    value: textOut(1000),
    /** `unchecked` until the first verification. */
    status: z.enum(['unchecked', 'ok', 'failed']),
    found: textOut(1000).nullable(),
    problem: textOut(300).nullable(),
  })
  .openapi('SendingDnsRecord');

export const sendingDomainSchema = z
  .object({
    id: idSchema('sendingDomain'),
    domain: hostnameOut,
    status: z.enum(['pending', 'verified', 'failed']),
    verifiedAt: instantOut.nullable(),
    lastCheckedAt: instantOut.nullable(),
    /** SPF, DKIM and DMARC, and a return-path CNAME where the platform's provider needs one. */
    records: listOut(sendingDnsRecordSchema, 4),
    createdAt: instantOut,
  })
  .openapi('SendingDomain');
