import {
  type AiGenerationRequest,
  type AiTask,
  captionNetworks,
  maxHashtagLength,
  networkTextLimits,
} from '@mewayz/contracts';
import type { ChatMessage } from './provider.ts';

/**
 * What each task asks the model, in plain instructions; the output's shape and limits are enforced by
 * the schema sent with it, and repeated here because a model writes better when it knows them.
 */
const captionRules = captionNetworks
  .map((n) => {
    const l = networkTextLimits[n];
    return `${n}: caption at most ${l.caption} characters, at most ${l.hashtags} hashtags (each at most ${maxHashtagLength} characters)`;
  })
  .join('; ');

const instructions: Record<AiTask, string> = {
  bio: 'Write a short profile bio (at most 300 characters) for a creator’s link-in-bio page, in the first person.',
  link_titles:
    'Suggest three short, clickable titles (at most 80 characters each) for a link on a creator’s page.',
  captions: `Write a social media caption with hashtags for each network, matching each network’s style. ${captionRules}. Hashtags start with #.`,
  product_description:
    'Write a product description (at most 1500 characters, plain text or simple Markdown) and three to five short highlights.',
  email_subjects:
    'Suggest three to five email subject lines (at most 78 characters each) and one preview text (at most 120 characters).',
  campaign_draft:
    'Draft a short email campaign to a creator’s subscribers: subject, preview text, body (at most 3000 characters) and a call to action.',
  course_outline:
    'Outline an online course: a title, a summary, and three to eight modules of two to five lessons each.',
};

export function messagesFor(req: AiGenerationRequest): ChatMessage[] {
  const lines = [`About: ${req.brief}`];
  if (req.tone) lines.push(`Tone: ${req.tone}`);
  if (req.current) lines.push(`Rewrite this text, keeping what is true in it:\n${req.current}`);
  return [
    {
      role: 'system',
      content: `You help creators write for their audience. ${instructions[req.task]} Never invent prices, dates or claims that are not in the request.`,
    },
    { role: 'user', content: lines.join('\n') },
  ];
}
