import { z } from '@hono/zod-openapi';
import { countOut, instantOut, textOut } from './fields.ts';
import { multiLine, multiLinePattern } from './text.ts';

/**
 * The AI assist: what a creator can ask for, and the structured answer of each task. The output
 * schemas are what the model is held to (sent as its JSON schema, and the answer validated with
 * them), so they use only what structured outputs support: required fields, string lengths, array
 * sizes, enums and patterns.
 */
export const aiTasks = [
  'bio',
  'link_titles',
  'captions',
  'product_description',
  'email_subjects',
  'campaign_draft',
  'course_outline',
] as const;
export type AiTask = (typeof aiTasks)[number];

export const aiTones = ['friendly', 'professional', 'playful', 'bold'] as const;

/** The social networks captions are written for, with each one's post length. */
export const captionNetworks = ['bluesky', 'mastodon', 'x', 'instagram'] as const;
export type CaptionNetwork = (typeof captionNetworks)[number];
/**
 * Each network's limit on a post (Bluesky counts graphemes, X weighs characters, Mastodon's default
 * instance limit, Instagram's caption limit), and how much of it a caption and its hashtags may use:
 * the caption limit plus every hashtag at its longest with a space stays within the post limit.
 */
export const networkTextLimits: Record<CaptionNetwork, { post: number; caption: number; hashtags: number }> =
  {
    bluesky: { post: 300, caption: 200, hashtags: 3 },
    mastodon: { post: 500, caption: 340, hashtags: 5 },
    x: { post: 280, caption: 200, hashtags: 2 },
    instagram: { post: 2200, caption: 1700, hashtags: 15 },
  };
export const maxHashtagLength = 30;

/**
 * A text of the answer: bounded, and without control characters other than newlines and tabs — a
 * pattern the model is held to and the API document states.
 */
const answerText = (max: number) => z.string().min(1).max(max).regex(new RegExp(multiLinePattern));

const hashtag = z
  .string()
  .max(maxHashtagLength)
  .regex(/^#[^\s#]+$/);

const captionFor = (n: CaptionNetwork) =>
  z.object({
    caption: answerText(networkTextLimits[n].caption),
    hashtags: z.array(hashtag).max(networkTextLimits[n].hashtags),
  });

/** The structured answer of each task. */
export const aiOutputSchemas = {
  bio: z.object({ bio: answerText(300) }),
  link_titles: z.object({ suggestions: z.array(answerText(80)).min(3).max(3) }),
  captions: z.object(
    Object.fromEntries(captionNetworks.map((n) => [n, captionFor(n)])) as {
      [N in CaptionNetwork]: ReturnType<typeof captionFor>;
    },
  ),
  product_description: z.object({
    description: answerText(1500),
    highlights: z.array(answerText(120)).min(3).max(5),
  }),
  email_subjects: z.object({
    subjects: z.array(answerText(78)).min(3).max(5),
    previewText: answerText(120),
  }),
  campaign_draft: z.object({
    subject: answerText(78),
    previewText: answerText(120),
    body: answerText(3000),
    callToAction: answerText(40),
  }),
  course_outline: z.object({
    title: answerText(100),
    summary: answerText(500),
    modules: z
      .array(
        z.object({
          title: answerText(80),
          lessons: z.array(answerText(80)).min(2).max(5),
        }),
      )
      .min(3)
      .max(8),
  }),
} satisfies Record<AiTask, z.ZodType>;
export type AiOutput<T extends AiTask = AiTask> = z.infer<(typeof aiOutputSchemas)[T]>;

/**
 * The `system_fingerprint` the devstack's OpenAI stand-in answers with: how the platform tells a
 * local stand-in's suggestion from a real model's, to label it so in the dashboard.
 */
export const aiStandinFingerprint = 'fp_mewayz_local_standin';

/** What the creator asks: the task, what it is about, optionally a tone and a text to rewrite. */
export const aiGenerationRequestSchema = z
  .object({
    task: z.enum(aiTasks),
    brief: multiLine(1, 2000, { field: 'a few words about what to write' }).openapi({
      description: 'What the text is about, in the creator’s words.',
    }),
    tone: z.enum(aiTones).optional(),
    current: multiLine(0, 5000)
      .optional()
      .openapi({ description: 'An existing text to rewrite rather than write from scratch.' }),
  })
  .openapi('AiGenerationRequest');
export type AiGenerationRequest = z.infer<typeof aiGenerationRequestSchema>;

export const aiTokenUsageSchema = z.object({
  promptTokens: countOut,
  completionTokens: countOut,
  totalTokens: countOut,
});

/** A finished generation: the validated, moderated answer and what it cost. */
export const aiGenerationSchema = z
  .object({
    task: z.enum(aiTasks),
    output: z
      .union(aiTasks.map((t) => aiOutputSchemas[t]) as unknown as [z.ZodType, z.ZodType, ...z.ZodType[]])
      .openapi({ description: 'The task’s structured answer: the fields of that task’s schema.' }),
    model: textOut(200),
    /** `standin`: answered by the local devstack stand-in, not a real model. */
    source: z.enum(['provider', 'standin']),
    usage: aiTokenUsageSchema,
  })
  .openapi('AiGeneration');
export type AiGeneration = Omit<z.infer<typeof aiGenerationSchema>, 'output'> & {
  output: Record<string, unknown>;
};

/** An organization's AI use this calendar month (UTC). */
export const aiUsageSchema = z
  .object({
    configured: z.boolean(),
    month: z
      .string()
      .regex(/^\d{4}-\d{2}$/)
      .openapi({ maxLength: 7, example: '2026-12' }),
    tokensUsed: countOut,
    budget: countOut,
    remaining: countOut,
    requests: countOut,
    resetsAt: instantOut,
  })
  .openapi('AiUsage');
export type AiUsage = z.infer<typeof aiUsageSchema>;
