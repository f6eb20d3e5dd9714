import { createRoute, z } from '@hono/zod-openapi';
import { contactSchema, envelopeOf, idSchema, tagSchema } from '@mewayz/contracts';
import { crmService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const contactsTagsRemove = defineRoute({
  name: 'contacts.tags-remove',
  access: { scope: 'crm:write', permission: 'crm.manage' },
  route: createRoute({
    method: 'delete',
    path: '/contacts/{id}/tags/{tag}',
    tags: ['CRM'],
    summary: 'Take a tag off a contact',
    description: 'Removing a tag the contact does not have is not an error.',
    security: bearerSecurity,
    request: {
      params: z.object({
        id: idSchema('contact').openapi({ param: { name: 'id', in: 'path' } }),
        tag: tagSchema.openapi({ param: { name: 'tag', in: 'path' } }),
      }),
    },
    responses: { 200: jsonContent(envelopeOf(contactSchema), 'The contact'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const { id, tag } = c.req.valid('param');
    const contact = await crmService.changeContactTags(
      c.get('api'),
      scope,
      actor,
      id,
      { tags: [tag] },
      'remove',
    );
    return c.json(ok(c, contact, 'Tag removed.'), 200);
  },
});
