export {
  addContactNote,
  bulkTagContacts,
  type ContactChannel,
  type ContactDetail,
  changeContactTags,
  contactsCsv,
  contactView,
  createContact,
  deleteContact,
  exportContact,
  getContact,
  getContactWithTimeline,
  listContacts,
  listContactTimeline,
  listTagsInUse,
  updateContact,
  upsertContact,
} from './contacts.ts';
export {
  type ContactFieldView,
  createContactField,
  deleteContactField,
  listContactFields,
  updateContactField,
} from './fields.ts';
export * from './import/index.ts';
export * from './segments.ts';
export type { InteractionView } from './timeline.ts';
