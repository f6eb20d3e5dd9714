import type { AiTask } from '@mewayz/contracts';

/** One editable piece of an AI answer as the dashboard shows it: "Option 2", "Bluesky", the bio. */
export interface SuggestionPart {
  label: string;
  text: string;
}

type Loose = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const list = (v: unknown) => (Array.isArray(v) ? v.map(str).filter(Boolean) : []);
const obj = (v: unknown): Loose => (v && typeof v === 'object' ? (v as Loose) : {});
const networkNames: Record<string, string> = {
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  x: 'X',
  instagram: 'Instagram',
};

/**
 * An answer, whole or still streaming in (fields missing or cut short), as the texts the creator
 * edits and accepts. Tolerant of partial objects on purpose: the same view fills as the answer grows.
 */
export function suggestionParts(task: AiTask, output: unknown): SuggestionPart[] {
  const o = obj(output);
  switch (task) {
    case 'bio':
      return [{ label: 'Bio', text: str(o.bio) }];
    case 'link_titles':
      return list(o.suggestions).map((text, i) => ({ label: `Option ${i + 1}`, text }));
    case 'captions':
      return Object.entries(networkNames)
        .filter(([k]) => k in o)
        .map(([k, label]) => {
          const c = obj(o[k]);
          return { label, text: [str(c.caption), ...list(c.hashtags)].filter(Boolean).join(' ') };
        });
    case 'product_description': {
      const highlights = list(o.highlights).map((h) => `- ${h}`);
      return [
        {
          label: 'Description',
          text: [str(o.description), highlights.join('\n')].filter(Boolean).join('\n\n'),
        },
      ];
    }
    case 'email_subjects':
      return [
        ...list(o.subjects).map((text, i) => ({ label: `Subject ${i + 1}`, text })),
        ...(str(o.previewText) ? [{ label: 'Preview text', text: str(o.previewText) }] : []),
      ];
    case 'campaign_draft':
      return [
        { label: 'Subject', text: str(o.subject) },
        { label: 'Preview text', text: str(o.previewText) },
        { label: 'Body', text: [str(o.body), str(o.callToAction)].filter(Boolean).join('\n\n') },
      ].filter((p) => p.text);
    case 'course_outline': {
      const modules = Array.isArray(o.modules) ? o.modules.map(obj) : [];
      const outline = modules
        .map((m, i) => [`${i + 1}. ${str(m.title)}`, ...list(m.lessons).map((l) => `   - ${l}`)].join('\n'))
        .join('\n');
      return [
        {
          label: 'Course outline',
          text: [str(o.title), str(o.summary), outline].filter(Boolean).join('\n\n'),
        },
      ];
    }
  }
}

export const aiTaskLabels: Record<AiTask, string> = {
  bio: 'Profile bio',
  link_titles: 'Link titles',
  captions: 'Social captions and hashtags',
  product_description: 'Product description',
  email_subjects: 'Email subject lines',
  campaign_draft: 'Email campaign draft',
  course_outline: 'Course outline',
};
