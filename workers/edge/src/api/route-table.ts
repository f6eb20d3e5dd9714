import type { ApiRouteDef } from './define-route.ts';
import { aiGenerationsCreate } from './routes/ai.generations.create.ts';
import { aiUsageGet } from './routes/ai.usage.get.ts';
import { analyticsBreakdown } from './routes/analytics.breakdown.ts';
import { analyticsTimeseries } from './routes/analytics.timeseries.ts';
import { analyticsTopLinks } from './routes/analytics.top-links.ts';
import { availabilityGet } from './routes/availability.get.ts';
import { availabilityUpdate } from './routes/availability.update.ts';
import { blocksCreate } from './routes/blocks.create.ts';
import { blocksDelete } from './routes/blocks.delete.ts';
import { blocksList } from './routes/blocks.list.ts';
import { blocksReorder } from './routes/blocks.reorder.ts';
import { blocksUpdate } from './routes/blocks.update.ts';
import { bookingsCancel } from './routes/bookings.cancel.ts';
import { bookingsGet } from './routes/bookings.get.ts';
import { bookingsList } from './routes/bookings.list.ts';
import { bookingsReschedule } from './routes/bookings.reschedule.ts';
import { calendarFeedRotate } from './routes/calendar-feed.rotate.ts';
import { campaignsAudienceCount } from './routes/campaigns.audience-count.ts';
import { campaignsCancel } from './routes/campaigns.cancel.ts';
import { campaignsCreate } from './routes/campaigns.create.ts';
import { campaignsDelete } from './routes/campaigns.delete.ts';
import { campaignsGet } from './routes/campaigns.get.ts';
import { campaignsList } from './routes/campaigns.list.ts';
import { campaignsPause } from './routes/campaigns.pause.ts';
import { campaignsResume } from './routes/campaigns.resume.ts';
import { campaignsSchedule } from './routes/campaigns.schedule.ts';
import { campaignsSend } from './routes/campaigns.send.ts';
import { campaignsStats } from './routes/campaigns.stats.ts';
import { campaignsUpdate } from './routes/campaigns.update.ts';
import { categoriesCreate } from './routes/categories.create.ts';
import { categoriesDelete } from './routes/categories.delete.ts';
import { categoriesList } from './routes/categories.list.ts';
import { categoriesUpdate } from './routes/categories.update.ts';
import { contactFieldsCreate } from './routes/contact-fields.create.ts';
import { contactFieldsDelete } from './routes/contact-fields.delete.ts';
import { contactFieldsList } from './routes/contact-fields.list.ts';
import { contactFieldsUpdate } from './routes/contact-fields.update.ts';
import { contactImportsCreate } from './routes/contact-imports.create.ts';
import { contactImportsErrors } from './routes/contact-imports.errors.ts';
import { contactImportsGet } from './routes/contact-imports.get.ts';
import { contactsCreate } from './routes/contacts.create.ts';
import { contactsDelete } from './routes/contacts.delete.ts';
import { contactsExport } from './routes/contacts.export.ts';
import { contactsGet } from './routes/contacts.get.ts';
import { contactsList } from './routes/contacts.list.ts';
import { contactsNotes } from './routes/contacts.notes.ts';
import { contactsTagsAdd } from './routes/contacts.tags-add.ts';
import { contactsTagsRemove } from './routes/contacts.tags-remove.ts';
import { contactsTimeline } from './routes/contacts.timeline.ts';
import { contactsUpdate } from './routes/contacts.update.ts';
import { contactsUpsert } from './routes/contacts.upsert.ts';
import { courseLessonsCreate } from './routes/course-lessons.create.ts';
import { courseLessonsDelete } from './routes/course-lessons.delete.ts';
import { courseLessonsReorder } from './routes/course-lessons.reorder.ts';
import { courseLessonsUpdate } from './routes/course-lessons.update.ts';
import { courseModulesCreate } from './routes/course-modules.create.ts';
import { courseModulesDelete } from './routes/course-modules.delete.ts';
import { courseModulesReorder } from './routes/course-modules.reorder.ts';
import { courseModulesUpdate } from './routes/course-modules.update.ts';
import { coursesCreate } from './routes/courses.create.ts';
import { coursesDelete } from './routes/courses.delete.ts';
import { coursesGet } from './routes/courses.get.ts';
import { coursesList } from './routes/courses.list.ts';
import { coursesUpdate } from './routes/courses.update.ts';
import { domainsCreate } from './routes/domains.create.ts';
import { domainsDelete } from './routes/domains.delete.ts';
import { domainsGet } from './routes/domains.get.ts';
import { domainsList } from './routes/domains.list.ts';
import { domainsVerify } from './routes/domains.verify.ts';
import { emailSettingsGet } from './routes/email-settings.get.ts';
import { emailSettingsUpdate } from './routes/email-settings.update.ts';
import { enrollmentsCreate } from './routes/enrollments.create.ts';
import { enrollmentsList } from './routes/enrollments.list.ts';
import { enrollmentsRevoke } from './routes/enrollments.revoke.ts';
import { invitationsCreate } from './routes/invitations.create.ts';
import { invitationsDelete } from './routes/invitations.delete.ts';
import { invitationsList } from './routes/invitations.list.ts';
import { linksCreate } from './routes/links.create.ts';
import { linksDelete } from './routes/links.delete.ts';
import { linksGet } from './routes/links.get.ts';
import { linksList } from './routes/links.list.ts';
import { linksUpdate } from './routes/links.update.ts';
import { meGet } from './routes/me.get.ts';
import { membersDelete } from './routes/members.delete.ts';
import { membersList } from './routes/members.list.ts';
import { membersUpdate } from './routes/members.update.ts';
import { ordersFulfil } from './routes/orders.fulfil.ts';
import { ordersGet } from './routes/orders.get.ts';
import { ordersList } from './routes/orders.list.ts';
import { ordersRefund } from './routes/orders.refund.ts';
import { organizationGet } from './routes/organization.get.ts';
import { organizationUpdate } from './routes/organization.update.ts';
import { pagesCreate } from './routes/pages.create.ts';
import { pagesDelete } from './routes/pages.delete.ts';
import { pagesDuplicate } from './routes/pages.duplicate.ts';
import { pagesGet } from './routes/pages.get.ts';
import { pagesList } from './routes/pages.list.ts';
import { pagesPublish } from './routes/pages.publish.ts';
import { pagesUpdate } from './routes/pages.update.ts';
import { postsCreate } from './routes/posts.create.ts';
import { postsDelete } from './routes/posts.delete.ts';
import { postsGet } from './routes/posts.get.ts';
import { postsList } from './routes/posts.list.ts';
import { postsPublish } from './routes/posts.publish.ts';
import { postsUnpublish } from './routes/posts.unpublish.ts';
import { postsUpdate } from './routes/posts.update.ts';
import { productImagesCreate } from './routes/product-images.create.ts';
import { productImagesDelete } from './routes/product-images.delete.ts';
import { productImagesReorder } from './routes/product-images.reorder.ts';
import { productImagesUpdate } from './routes/product-images.update.ts';
import { productVariantsCreate } from './routes/product-variants.create.ts';
import { productVariantsDelete } from './routes/product-variants.delete.ts';
import { productVariantsUpdate } from './routes/product-variants.update.ts';
import { productsCreate } from './routes/products.create.ts';
import { productsDelete } from './routes/products.delete.ts';
import { productsGet } from './routes/products.get.ts';
import { productsList } from './routes/products.list.ts';
import { productsUpdate } from './routes/products.update.ts';
import { salesReport } from './routes/sales.report.ts';
import { sectionsCreate } from './routes/sections.create.ts';
import { sectionsDelete } from './routes/sections.delete.ts';
import { sectionsDuplicate } from './routes/sections.duplicate.ts';
import { sectionsList } from './routes/sections.list.ts';
import { sectionsReorder } from './routes/sections.reorder.ts';
import { sectionsUpdate } from './routes/sections.update.ts';
import { segmentsCount } from './routes/segments.count.ts';
import { segmentsCreate } from './routes/segments.create.ts';
import { segmentsDelete } from './routes/segments.delete.ts';
import { segmentsGet } from './routes/segments.get.ts';
import { segmentsList } from './routes/segments.list.ts';
import { segmentsMembers } from './routes/segments.members.ts';
import { segmentsPreview } from './routes/segments.preview.ts';
import { segmentsUpdate } from './routes/segments.update.ts';
import { sendingDomainsCreate } from './routes/sending-domains.create.ts';
import { sendingDomainsDelete } from './routes/sending-domains.delete.ts';
import { sendingDomainsGet } from './routes/sending-domains.get.ts';
import { sendingDomainsList } from './routes/sending-domains.list.ts';
import { sendingDomainsVerify } from './routes/sending-domains.verify.ts';
import { sequencesActivate } from './routes/sequences.activate.ts';
import { sequencesDeactivate } from './routes/sequences.deactivate.ts';
import { sequencesGet } from './routes/sequences.get.ts';
import { sequencesList } from './routes/sequences.list.ts';
import { sequencesMembers } from './routes/sequences.members.ts';
import { sequencesSteps } from './routes/sequences.steps.ts';
import { sequencesUpdate } from './routes/sequences.update.ts';
import { servicesCreate } from './routes/services.create.ts';
import { servicesDelete } from './routes/services.delete.ts';
import { servicesGet } from './routes/services.get.ts';
import { servicesList } from './routes/services.list.ts';
import { servicesSlots } from './routes/services.slots.ts';
import { servicesUpdate } from './routes/services.update.ts';
import { sitesCreate } from './routes/sites.create.ts';
import { sitesDelete } from './routes/sites.delete.ts';
import { sitesGet } from './routes/sites.get.ts';
import { sitesList } from './routes/sites.list.ts';
import { sitesPublish } from './routes/sites.publish.ts';
import { sitesUpdate } from './routes/sites.update.ts';
import { socialAccountsDisconnect, socialAccountsList } from './routes/social.accounts.ts';
import { socialAccountsInsights, socialInsightsBestTimes } from './routes/social.insights.ts';
import {
  socialPostsCancel,
  socialPostsConfirm,
  socialPostsCreate,
  socialPostsGet,
  socialPostsList,
  socialPostsSchedule,
} from './routes/social.posts.ts';
import { templatesCreate } from './routes/templates.create.ts';
import { templatesDelete } from './routes/templates.delete.ts';
import { templatesGet } from './routes/templates.get.ts';
import { templatesList } from './routes/templates.list.ts';
import { templatesPreview } from './routes/templates.preview.ts';
import { templatesTest } from './routes/templates.send-test.ts';
import { templatesUpdate } from './routes/templates.update.ts';
import { tokensCreate } from './routes/tokens.create.ts';
import { tokensDelete } from './routes/tokens.delete.ts';
import { tokensList } from './routes/tokens.list.ts';
import { versionsList } from './routes/versions.list.ts';
import { versionsRollback } from './routes/versions.rollback.ts';
import { webhooksCreate } from './routes/webhooks.create.ts';
import { webhooksDelete } from './routes/webhooks.delete.ts';
import { webhooksDeliveries } from './routes/webhooks.deliveries.ts';
import { webhooksEventTypes } from './routes/webhooks.event-types.ts';
import { webhooksGet } from './routes/webhooks.get.ts';
import { webhooksList } from './routes/webhooks.list.ts';
import { webhooksRedeliver } from './routes/webhooks.redeliver.ts';
import { webhooksRotateSecret } from './routes/webhooks.rotate-secret.ts';
import { webhooksUpdate } from './routes/webhooks.update.ts';

/**
 * Every authenticated route of /api/v1, registered explicitly. The tenant-isolation test matrix reads
 * this table: a route added here without a matrix entry fails the suite.
 */
export const routeTable: readonly ApiRouteDef[] = [
  meGet,
  organizationGet,
  organizationUpdate,
  membersList,
  membersUpdate,
  membersDelete,
  invitationsList,
  invitationsCreate,
  invitationsDelete,
  sitesList,
  sitesCreate,
  sitesGet,
  sitesUpdate,
  sitesDelete,
  sitesPublish,
  blocksList,
  blocksCreate,
  blocksReorder,
  blocksUpdate,
  blocksDelete,
  pagesList,
  pagesCreate,
  pagesGet,
  pagesUpdate,
  pagesDelete,
  pagesDuplicate,
  pagesPublish,
  postsList,
  postsCreate,
  postsGet,
  postsUpdate,
  postsDelete,
  postsPublish,
  postsUnpublish,
  sectionsList,
  sectionsCreate,
  sectionsReorder,
  sectionsUpdate,
  sectionsDelete,
  sectionsDuplicate,
  versionsList,
  versionsRollback,
  domainsList,
  domainsCreate,
  domainsGet,
  domainsVerify,
  domainsDelete,
  sendingDomainsList,
  sendingDomainsCreate,
  sendingDomainsGet,
  sendingDomainsVerify,
  sendingDomainsDelete,
  linksList,
  linksCreate,
  linksGet,
  linksUpdate,
  linksDelete,
  analyticsTimeseries,
  analyticsTopLinks,
  analyticsBreakdown,
  tokensList,
  tokensCreate,
  tokensDelete,
  // Before `/webhooks/{id}`, which would otherwise take `event-types` for an id.
  webhooksEventTypes,
  webhooksList,
  webhooksCreate,
  webhooksGet,
  webhooksUpdate,
  webhooksDelete,
  webhooksRotateSecret,
  webhooksDeliveries,
  webhooksRedeliver,
  productsList,
  productsCreate,
  productsGet,
  productsUpdate,
  productsDelete,
  productVariantsCreate,
  productVariantsUpdate,
  productVariantsDelete,
  productImagesCreate,
  productImagesDelete,
  productImagesUpdate,
  productImagesReorder,
  categoriesList,
  categoriesCreate,
  categoriesUpdate,
  categoriesDelete,
  ordersList,
  ordersGet,
  ordersRefund,
  salesReport,
  ordersFulfil,
  aiGenerationsCreate,
  aiUsageGet,
  socialAccountsList,
  socialAccountsDisconnect,
  socialAccountsInsights,
  socialInsightsBestTimes,
  socialPostsList,
  socialPostsCreate,
  socialPostsGet,
  socialPostsSchedule,
  socialPostsCancel,
  socialPostsConfirm,
  contactsList,
  contactsCreate,
  contactsUpsert,
  // Before `/contacts/{id}`, which would take `imports` for an id.
  contactImportsCreate,
  contactImportsGet,
  contactImportsErrors,
  contactsGet,
  contactsUpdate,
  contactsDelete,
  contactsExport,
  contactsTimeline,
  contactsNotes,
  contactsTagsAdd,
  contactsTagsRemove,
  contactFieldsList,
  contactFieldsCreate,
  contactFieldsUpdate,
  contactFieldsDelete,
  segmentsList,
  // Before `/segments/{id}`: `preview` is not an id.
  segmentsPreview,
  segmentsCreate,
  segmentsGet,
  segmentsUpdate,
  segmentsDelete,
  segmentsCount,
  segmentsMembers,
  coursesList,
  coursesCreate,
  coursesGet,
  coursesUpdate,
  coursesDelete,
  courseModulesCreate,
  courseModulesUpdate,
  courseModulesDelete,
  courseModulesReorder,
  courseLessonsCreate,
  courseLessonsUpdate,
  courseLessonsDelete,
  courseLessonsReorder,
  enrollmentsList,
  enrollmentsCreate,
  enrollmentsRevoke,
  servicesList,
  servicesCreate,
  servicesGet,
  servicesUpdate,
  servicesDelete,
  servicesSlots,
  availabilityGet,
  availabilityUpdate,
  bookingsList,
  bookingsGet,
  bookingsCancel,
  bookingsReschedule,
  calendarFeedRotate,
  // Each `/preview` and `/audience-count` comes before its `/{id}`: they are not ids.
  templatesList,
  templatesCreate,
  templatesPreview,
  templatesGet,
  templatesUpdate,
  templatesDelete,
  templatesTest,
  campaignsList,
  campaignsCreate,
  campaignsAudienceCount,
  campaignsGet,
  campaignsUpdate,
  campaignsDelete,
  campaignsSchedule,
  campaignsSend,
  campaignsPause,
  campaignsResume,
  campaignsCancel,
  campaignsStats,
  sequencesList,
  sequencesGet,
  sequencesUpdate,
  sequencesSteps,
  sequencesActivate,
  sequencesDeactivate,
  sequencesMembers,
  emailSettingsGet,
  emailSettingsUpdate,
] as unknown as readonly ApiRouteDef[];
