import { z } from '@hono/zod-openapi';
import { hostnameOut, instantOut, listOut, textOut } from './fields.ts';
import { idSchema } from './ids.ts';
import { say } from './messages.ts';

export const addDomainInput = z
  .object({
    siteId: idSchema('site'),
    hostname: z
      .string({ error: say.required('domain name') })
      .trim()
      .min(1, { error: say.required('domain name'), abort: true })
      .max(253, { error: say.tooLong(253) })
      .openapi({ example: 'links.example.com', format: 'hostname' }),
  })
  .strict()
  .openapi('AddDomain');
export type AddDomainInput = z.infer<typeof addDomainInput>;

const dnsRecord = z.object({
  type: z.enum(['TXT', 'CNAME']),
  name: hostnameOut,
  value: textOut(253),
});

export const domainSchema = z
  .object({
    id: idSchema('domain'),
    siteId: idSchema('site'),
    hostname: hostnameOut,
    status: z.enum(['pending', 'verified', 'failed']),
    verifiedAt: instantOut.nullable(),
    lastCheckedAt: instantOut.nullable(),
    lastError: textOut(500).nullable(),
    /** The records to create at the DNS provider: a TXT proving ownership and a CNAME routing traffic. */
    dnsRecords: listOut(dnsRecord, 10),
    /**
     * The HTTPS certificate of the custom hostname (`pending_validation`, `active`, …) and the TXT records that
     * validate it before the CNAME is in place; null when none is managed.
     */
    certificate: z
      .object({
        status: z
          .string()
          .max(40)
          .regex(/^[a-z_]{1,40}$/)
          .nullable(),
        records: listOut(dnsRecord, 10),
      })
      .nullable(),
    createdAt: instantOut,
  })
  .openapi('Domain');
