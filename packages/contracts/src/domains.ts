import { z } from '@hono/zod-openapi';

export const addDomainInput = z
  .object({
    siteId: z.string().min(1).max(40).openapi({ example: 'site_01jd3…' }),
    hostname: z.string().trim().min(1).max(253).openapi({ example: 'links.example.com' }),
  })
  .strict()
  .openapi('AddDomain');
export type AddDomainInput = z.infer<typeof addDomainInput>;

const dnsRecord = z.object({ type: z.enum(['TXT', 'CNAME']), name: z.string(), value: z.string() });

export const domainSchema = z
  .object({
    id: z.string(),
    siteId: z.string(),
    hostname: z.string(),
    status: z.enum(['pending', 'verified', 'failed']),
    verifiedAt: z.string().nullable(),
    lastCheckedAt: z.string().nullable(),
    lastError: z.string().nullable(),
    /** The records to create at the DNS provider: a TXT proving ownership and a CNAME routing traffic. */
    dnsRecords: z.array(dnsRecord),
    /**
     * The HTTPS certificate of the custom hostname (`pending_validation`, `active`, …) and the TXT records that
     * validate it before the CNAME is in place; null when none is managed.
     */
    certificate: z.object({ status: z.string().nullable(), records: z.array(dnsRecord) }).nullable(),
    createdAt: z.string(),
  })
  .openapi('Domain');
