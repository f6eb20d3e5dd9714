import { createRoute } from '@hono/zod-openapi';
import { addSendingDomainInput, envelopeOf, sendingDomainSchema } from '@mewayz/contracts';
import { sendingDomainsService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonBody, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const sendingDomainsCreate = defineRoute({
  name: 'sending-domains.create',
  access: { scope: 'domains:write', permission: 'domains.manage' },
  route: createRoute({
    method: 'post',
    path: '/sending-domains',
    tags: ['Sending domains'],
    summary: 'Add a domain to send email from',
    description:
      'Pending until verified. The answer lists the records to publish: SPF (`include:` the platform’s sender), DKIM (a key made for this domain), DMARC and, where the provider needs one, a return-path CNAME.',
    security: bearerSecurity,
    request: jsonBody(addSendingDomainInput),
    responses: { 201: jsonContent(envelopeOf(sendingDomainSchema), 'The sending domain'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const domain = await sendingDomainsService.addSendingDomain(
      c.get('api'),
      scope,
      actor,
      c.req.valid('json'),
    );
    return c.json(ok(c, domain, 'Sending domain added. Publish the DNS records, then verify.'), 201);
  },
});
