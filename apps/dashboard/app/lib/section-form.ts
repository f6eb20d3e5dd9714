import {
  currencyCodes,
  embedProviders,
  parseMoneyInput,
  type SectionKind,
  sectionKinds,
  toDecimalString,
} from '@mewayz/contracts';

/**
 * The section editor's forms, one per kind, described as data so one component renders them all and
 * one function reads them back. The kind's zod schema (in core) stays the judge: this only turns form
 * fields into the shape it checks, so an error comes back under the same dotted path as the field.
 */
export type FieldSpec =
  | { key: string; label: string; type: 'text' | 'url'; optional?: boolean; emptyOk?: boolean; hint?: string }
  | {
      key: string;
      label: string;
      type: 'textarea';
      optional?: boolean;
      emptyOk?: boolean;
      rows?: number;
      hint?: string;
    }
  | { key: string; label: string; type: 'select'; options: readonly (readonly [string, string])[] }
  | { key: string; label: string; type: 'checkbox' }
  /** One of the workspace's categories or courses (`none`: the empty choice, stored as no value). */
  | { key: string; label: string; type: 'choice'; source: ChoiceSource; none: string }
  /** A whole number from 1 to `max`. */
  | { key: string; label: string; type: 'count'; max: number }
  /** One line per entry (a pricing plan's features). */
  | { key: string; label: string; type: 'lines'; hint?: string }
  /** A price typed in major units, read with the currency field next to it. */
  | { key: string; label: string; type: 'money'; currencyKey: string }
  | { key: string; label: string; type: 'group'; optional?: boolean; fields: FieldSpec[] }
  | { key: string; label: string; type: 'list'; itemLabel: string; max: number; fields: FieldSpec[] };

/** Where a `choice` field's options come from: the page editor loads them with the page. */
export type ChoiceSource = 'categories' | 'courses';
export type Choices = Record<ChoiceSource, readonly (readonly [string, string])[]>;

const heading = (optional = true): FieldSpec => ({
  key: 'heading',
  label: 'Heading',
  type: 'text',
  optional,
});
const image = (optional: boolean): FieldSpec => ({
  key: 'image',
  label: 'Image',
  type: 'group',
  optional,
  fields: [
    { key: 'url', label: 'Image address (https)', type: 'url' },
    { key: 'alt', label: 'Description for screen readers', type: 'text', emptyOk: true },
  ],
});
const button = (key: string, label: string, optional: boolean): FieldSpec => ({
  key,
  label,
  type: 'group',
  optional,
  fields: [
    { key: 'label', label: 'Button text', type: 'text' },
    {
      key: 'url',
      label: 'Goes to',
      type: 'url',
      hint: 'A web address, or a page of this site like /about',
    },
  ],
});

const periods = [
  ['once', 'One-off'],
  ['month', 'Per month'],
  ['year', 'Per year'],
] as const;

export const sectionForms: Record<SectionKind, FieldSpec[]> = {
  hero: [
    heading(false),
    { key: 'text', label: 'Text', type: 'textarea', optional: true },
    image(true),
    button('primary', 'Main button', true),
    button('secondary', 'Second button', true),
  ],
  rich_text: [{ key: 'markdown', label: 'Text (Markdown)', type: 'textarea', rows: 10 }],
  image_text: [
    heading(),
    { key: 'markdown', label: 'Text (Markdown)', type: 'textarea', rows: 6 },
    image(false),
    button('button', 'Button', true),
  ],
  gallery: [
    heading(),
    {
      key: 'items',
      label: 'Pictures',
      type: 'list',
      itemLabel: 'Picture',
      max: 24,
      fields: [
        { key: 'url', label: 'Image address (https)', type: 'url' },
        { key: 'alt', label: 'Description for screen readers', type: 'text', emptyOk: true },
        { key: 'caption', label: 'Caption', type: 'text', optional: true },
      ],
    },
  ],
  features: [
    heading(),
    {
      key: 'items',
      label: 'Features',
      type: 'list',
      itemLabel: 'Feature',
      max: 12,
      fields: [
        { key: 'title', label: 'Title', type: 'text' },
        { key: 'text', label: 'Text', type: 'textarea', emptyOk: true, rows: 2 },
      ],
    },
  ],
  testimonials: [
    heading(),
    {
      key: 'items',
      label: 'Testimonials',
      type: 'list',
      itemLabel: 'Testimonial',
      max: 12,
      fields: [
        { key: 'quote', label: 'Quote', type: 'textarea', rows: 2 },
        { key: 'name', label: 'Name', type: 'text' },
        { key: 'role', label: 'Role', type: 'text', optional: true },
        { key: 'avatarUrl', label: 'Photo address (https)', type: 'url', optional: true },
      ],
    },
  ],
  pricing: [
    heading(),
    {
      key: 'items',
      label: 'Plans',
      type: 'list',
      itemLabel: 'Plan',
      max: 6,
      fields: [
        { key: 'name', label: 'Name', type: 'text' },
        {
          key: 'currency',
          label: 'Currency',
          type: 'select',
          options: currencyCodes.map((c) => [c, c] as const),
        },
        { key: 'amount', label: 'Price', type: 'money', currencyKey: 'currency' },
        { key: 'period', label: 'Billed', type: 'select', options: periods },
        { key: 'features', label: 'What’s included', type: 'lines', hint: 'One per line' },
        { key: 'featured', label: 'Highlight this plan', type: 'checkbox' },
        button('button', 'Button', true),
      ],
    },
  ],
  faq: [
    heading(),
    {
      key: 'items',
      label: 'Questions',
      type: 'list',
      itemLabel: 'Question',
      max: 40,
      fields: [
        { key: 'question', label: 'Question', type: 'text' },
        { key: 'answer', label: 'Answer', type: 'textarea', rows: 3 },
      ],
    },
  ],
  cta: [
    heading(false),
    { key: 'text', label: 'Text', type: 'textarea', optional: true },
    button('button', 'Button', false),
  ],
  contact_form: [
    heading(),
    { key: 'text', label: 'Text above the form', type: 'textarea', optional: true },
    { key: 'buttonLabel', label: 'Button text', type: 'text' },
    { key: 'successMessage', label: 'Thank-you message', type: 'text', emptyOk: true },
  ],
  logo_cloud: [
    heading(),
    {
      key: 'items',
      label: 'Logos',
      type: 'list',
      itemLabel: 'Logo',
      max: 24,
      fields: [
        { key: 'url', label: 'Logo address (https)', type: 'url' },
        { key: 'alt', label: 'Name for screen readers', type: 'text', emptyOk: true },
        { key: 'href', label: 'Links to', type: 'url', optional: true },
      ],
    },
  ],
  stats: [
    heading(),
    {
      key: 'items',
      label: 'Figures',
      type: 'list',
      itemLabel: 'Figure',
      max: 8,
      fields: [
        { key: 'value', label: 'Figure', type: 'text' },
        { key: 'label', label: 'Label', type: 'text' },
      ],
    },
  ],
  team: [
    heading(),
    {
      key: 'items',
      label: 'People',
      type: 'list',
      itemLabel: 'Person',
      max: 24,
      fields: [
        { key: 'name', label: 'Name', type: 'text' },
        { key: 'role', label: 'Role', type: 'text', optional: true },
        { key: 'photoUrl', label: 'Photo address (https)', type: 'url', optional: true },
        { key: 'bio', label: 'Bio', type: 'textarea', optional: true, rows: 2 },
      ],
    },
  ],
  embed: [
    {
      key: 'provider',
      label: 'From',
      type: 'select',
      options: embedProviders.map((p) => [p, p[0]!.toUpperCase() + p.slice(1)] as const),
    },
    { key: 'url', label: 'Address of the video or track', type: 'url' },
    { key: 'title', label: 'Title', type: 'text', optional: true },
  ],
  products: [
    heading(),
    { key: 'categoryId', label: 'Products from', type: 'choice', source: 'categories', none: 'All products' },
    { key: 'limit', label: 'How many (newest first)', type: 'count', max: 12 },
  ],
  courses: [
    heading(),
    { key: 'courseId', label: 'Course', type: 'choice', source: 'courses', none: 'The newest courses' },
    { key: 'limit', label: 'How many newest courses', type: 'count', max: 12 },
  ],
  bio: [],
};

export const sectionKindLabels: Record<SectionKind, string> = {
  hero: 'Hero',
  rich_text: 'Text',
  image_text: 'Image and text',
  gallery: 'Gallery',
  features: 'Features',
  testimonials: 'Testimonials',
  pricing: 'Pricing table',
  faq: 'FAQ',
  cta: 'Call to action',
  contact_form: 'Contact form',
  logo_cloud: 'Logo cloud',
  stats: 'Stats',
  team: 'Team',
  embed: 'Embed (video, music)',
  products: 'Products from the shop',
  courses: 'Courses',
  bio: 'Your bio page',
};

export function variantLabel(variant: string): string {
  const words = variant.replaceAll('_', ' ');
  return words[0]!.toUpperCase() + words.slice(1);
}

/** The prefix of every section field's name: `d.heading`, `d.items.0.title`. */
export const DATA_PREFIX = 'd.';

/** How many empty rows a list offers below its items (a new entry without JavaScript). */
export const BLANK_ROWS = 1;

/** Field of a list's order after drag and drop: its rows' form indices, top to bottom (`d.items._order`). */
export const ORDER_SUFFIX = '._order';

/** Field of a row's position (1 = first) as typed without JavaScript (`d.items.2._pos`). */
export const POSITION_FIELD = '_pos';

/**
 * The order a list's `rows` form rows are read in. With JavaScript, the drag-and-drop order (unknown
 * or repeated indices ignored, missing ones after it). Without, each row's chosen position: a row
 * given a new place goes before (moving up) or after (moving down) the row that was there.
 */
export function listRowOrder(form: FormData, name: string, rows: number): number[] {
  const indices = Array.from({ length: rows }, (_, i) => i);
  const dragged = String(form.get(`${name}${ORDER_SUFFIX}`) ?? '');
  if (dragged) {
    const order: number[] = [];
    for (const part of dragged.split(',')) {
      const i = /^\d{1,3}$/.test(part) ? Number(part) : -1;
      if (i >= 0 && i < rows && !order.includes(i)) order.push(i);
    }
    return [...order, ...indices.filter((i) => !order.includes(i))];
  }
  const place = (i: number) => {
    const raw = String(form.get(`${name}.${i}.${POSITION_FIELD}`) ?? '');
    return /^\d{1,3}$/.test(raw) ? Number(raw) - 1 : i;
  };
  const key = (i: number) => [place(i), Math.sign(place(i) - i), i];
  return indices.sort((x, y) => {
    const [a, b] = [key(x), key(y)];
    return a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
  });
}

function readFields(
  fields: FieldSpec[],
  form: FormData,
  prefix: string,
): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  let any = false;
  for (const f of fields) {
    const name = `${prefix}${f.key}`;
    switch (f.type) {
      case 'text':
      case 'url':
      case 'textarea': {
        const raw = form.get(name);
        const value = typeof raw === 'string' ? raw.trim() : '';
        if (value !== '') {
          out[f.key] = f.type === 'textarea' ? value.replace(/\r\n/g, '\n') : value;
          any = true;
        } else if (f.emptyOk) out[f.key] = '';
        else if (!f.optional) out[f.key] = '';
        break;
      }
      case 'select': {
        const raw = form.get(name);
        if (typeof raw === 'string' && raw !== '') out[f.key] = raw;
        break;
      }
      case 'checkbox':
        out[f.key] = form.get(name) === 'on';
        break;
      case 'choice': {
        const raw = form.get(name);
        if (typeof raw === 'string' && raw !== '') {
          out[f.key] = raw;
          any = true;
        }
        break;
      }
      case 'count': {
        const raw = String(form.get(name) ?? '').trim();
        // Anything but digits is passed on as text: the schema refuses it under this field's path.
        if (raw !== '') out[f.key] = /^\d{1,4}$/.test(raw) ? Number(raw) : raw;
        break;
      }
      case 'lines': {
        const raw = form.get(name);
        const lines = (typeof raw === 'string' ? raw : '')
          .split(/\r?\n/)
          .map((l) => l.trim())
          .filter(Boolean);
        out[f.key] = lines;
        if (lines.length) any = true;
        break;
      }
      case 'money': {
        const raw = form.get(name);
        const text = typeof raw === 'string' ? raw : '';
        const currency = String(form.get(`${prefix}${f.currencyKey}`) ?? '');
        if (text.trim() === '') break;
        any = true;
        const parsed = parseMoneyInput(text, currency);
        // An unreadable price is passed on as text: the schema refuses it under this field's path.
        out[f.key] = parsed.ok ? parsed.amount : text;
        break;
      }
      case 'group': {
        const inner = readFields(f.fields, form, `${name}.`);
        if (inner) {
          out[f.key] = inner;
          any = true;
        } else if (!f.optional) out[f.key] = Object.fromEntries(f.fields.map((x) => [x.key, '']));
        break;
      }
      case 'list': {
        const items: unknown[] = [];
        for (const i of listRowOrder(form, name, f.max + BLANK_ROWS)) {
          const rowPrefix = `${name}.${i}.`;
          if (form.get(`${rowPrefix}_remove`) === 'on') continue;
          const row = readFields(f.fields, form, rowPrefix);
          if (row) items.push(row);
        }
        out[f.key] = items;
        if (items.length) any = true;
        break;
      }
    }
  }
  return any ? out : undefined;
}

/** A section's data as its form submitted it, ready for the kind's schema. */
export function readSectionForm(kind: SectionKind, form: FormData): Record<string, unknown> {
  return readFields(sectionForms[kind], form, DATA_PREFIX) ?? {};
}

/** The form's text for a stored value: prices back in major units. */
export function moneyText(amount: unknown, currency: unknown): string {
  return typeof amount === 'number' && typeof currency === 'string' ? toDecimalString(amount, currency) : '';
}

/** What a new section of each kind starts with: valid, visible, and obviously the creator's to replace. */
export const newSectionData: Record<SectionKind, Record<string, unknown>> = {
  hero: { heading: 'A headline that says what you do', text: 'One or two sentences that invite people in.' },
  rich_text: { markdown: 'Write here. **Bold**, *italic*, [links](https://example.com) and lists work.' },
  image_text: {
    heading: 'A picture and a story',
    markdown: 'Tell people what they are looking at.',
    image: { url: 'https://images.example.com/placeholder.jpg', alt: '' },
  },
  gallery: { items: [{ url: 'https://images.example.com/placeholder.jpg', alt: '' }] },
  features: { heading: 'What you get', items: [{ title: 'First feature', text: 'Why it matters.' }] },
  testimonials: { items: [{ quote: 'What a happy customer said.', name: 'Their name' }] },
  pricing: {
    items: [{ name: 'Basic', amount: 1900, currency: 'USD', period: 'once', features: [], featured: false }],
  },
  faq: { heading: 'Questions', items: [{ question: 'A question people ask', answer: 'Your answer.' }] },
  cta: { heading: 'Ready to start?', button: { label: 'Get in touch', url: '/' } },
  contact_form: {
    heading: 'Get in touch',
    buttonLabel: 'Send',
    successMessage: 'Thanks! Your message was sent.',
  },
  logo_cloud: { heading: 'As seen in', items: [{ url: 'https://images.example.com/logo.png', alt: 'Logo' }] },
  stats: { items: [{ value: '100+', label: 'happy customers' }] },
  team: { heading: 'The team', items: [{ name: 'Your name', role: 'Founder' }] },
  embed: { provider: 'youtube', url: 'https://www.youtube.com/watch?v=aqz-KE-bpKQ' },
  products: { heading: 'From the shop', limit: 6 },
  courses: { heading: 'Courses', limit: 3 },
  bio: {},
};

/** The kind's variants, for the layout select. */
export function variantsOf(kind: SectionKind): readonly string[] {
  return sectionKinds[kind].variants;
}
