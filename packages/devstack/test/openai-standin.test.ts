import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type OpenAIStandin, standinFingerprint, startOpenAIStandin } from '../src/openai/openai-standin.ts';

/** The OpenAI stand-in driven by the real `openai` SDK, as the core's AI assist drives it. */
let standin: OpenAIStandin;
let client: OpenAI;
const apiKey = 'sk-local-standin-test';

beforeAll(async () => {
  standin = await startOpenAIStandin({ port: 0, apiKey, chunkDelayMs: 0 });
  client = new OpenAI({ apiKey, baseURL: standin.baseUrl, maxRetries: 0, timeout: 2000 });
});
afterAll(() => standin.close());
beforeEach(() => standin.reset());

const bioSchema = z.object({
  bio: z.string().min(20).max(160),
  hashtags: z
    .array(z.string().regex(/^#[\p{L}\p{N}_]+$/u))
    .min(2)
    .max(4),
  tone: z.enum(['warm', 'bold']),
});
const messages = [
  { role: 'system' as const, content: 'You write short bios for creators.' },
  {
    role: 'user' as const,
    content: 'Write a bio for a ceramics studio teaching pottery workshops in Lisbon.',
  },
];

describe('OpenAI stand-in', () => {
  it('answers structured output that satisfies the schema, worded from the prompt, the same every time', async () => {
    const format = zodResponseFormat(bioSchema, 'bio');
    const first = await client.chat.completions.parse({
      model: 'gpt-4o-mini',
      messages,
      response_format: format,
    });
    const again = await client.chat.completions.parse({
      model: 'gpt-4o-mini',
      messages,
      response_format: format,
    });
    const parsed = first.choices[0]!.message.parsed!;
    expect(bioSchema.parse(parsed)).toEqual(parsed);
    expect(parsed.bio.toLowerCase()).toMatch(/ceramics|studio|pottery|workshops|lisbon/);
    expect(again.choices[0]!.message.parsed).toEqual(parsed);
    expect(first.system_fingerprint).toBe(standinFingerprint);
    expect(first.usage!.total_tokens).toBe(first.usage!.prompt_tokens + first.usage!.completion_tokens);
    expect(first.usage!.prompt_tokens).toBeGreaterThan(10);
  });

  it('keeps strings within maxLength even when the prompt is long', async () => {
    const tight = z.object({ title: z.string().max(12), caption: z.string().max(30) });
    const res = await client.chat.completions.parse({
      model: 'm',
      messages: [
        { role: 'user', content: 'extraordinarily verbose photography portfolio announcement '.repeat(20) },
      ],
      response_format: zodResponseFormat(tight, 'tight'),
    });
    const out = res.choices[0]!.message.parsed!;
    expect(out.title.length).toBeLessThanOrEqual(12);
    expect(out.caption.length).toBeLessThanOrEqual(30);
  });

  it('streams server-sent chunks ending in [DONE], with usage when include_usage is set', async () => {
    const stream = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages,
      stream: true,
      stream_options: { include_usage: true },
      response_format: zodResponseFormat(bioSchema, 'bio'),
    });
    let text = '';
    let deltas = 0;
    let usage: OpenAI.CompletionUsage | null | undefined;
    for await (const chunk of stream) {
      const piece = chunk.choices[0]?.delta.content;
      if (piece) {
        text += piece;
        deltas++;
      }
      if (chunk.usage) usage = chunk.usage;
    }
    expect(deltas).toBeGreaterThan(3);
    expect(bioSchema.parse(JSON.parse(text)).bio.length).toBeGreaterThan(19);
    expect(usage!.completion_tokens).toBeGreaterThan(0);

    const raw = await fetch(`${standin.baseUrl}/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'm', messages, stream: true }),
    });
    expect(raw.headers.get('content-type')).toBe('text/event-stream');
    const body = await raw.text();
    expect(body.trimEnd().endsWith('data: [DONE]')).toBe(true);
    expect(body).not.toContain('"usage"');
  });

  it('refuses a wrong key and a malformed request the way OpenAI does', async () => {
    const wrong = new OpenAI({ apiKey: 'sk-wrong', baseURL: standin.baseUrl, maxRetries: 0 });
    await expect(wrong.chat.completions.create({ model: 'm', messages })).rejects.toBeInstanceOf(
      OpenAI.AuthenticationError,
    );
    await expect(client.chat.completions.create({ model: 'm', messages: [] })).rejects.toBeInstanceOf(
      OpenAI.BadRequestError,
    );
  });

  it('injects 429 with retry-after, 500, a slow answer, a refusal and invalid JSON', async () => {
    standin.fail({ kind: 'rate_limit', retryAfterSeconds: 7 });
    const limited = await client.chat.completions.create({ model: 'm', messages }).catch((e) => e);
    expect(limited).toBeInstanceOf(OpenAI.RateLimitError);
    expect(limited.headers.get('retry-after')).toBe('7');

    standin.fail({ kind: 'server_error' });
    await expect(client.chat.completions.create({ model: 'm', messages })).rejects.toBeInstanceOf(
      OpenAI.InternalServerError,
    );

    standin.fail({ kind: 'slow', delayMs: 5000 });
    const quick = new OpenAI({ apiKey, baseURL: standin.baseUrl, maxRetries: 0, timeout: 300 });
    await expect(quick.chat.completions.create({ model: 'm', messages })).rejects.toBeInstanceOf(
      OpenAI.APIConnectionTimeoutError,
    );

    standin.fail({ kind: 'refusal' });
    const refused = await client.chat.completions.parse({
      model: 'm',
      messages,
      response_format: zodResponseFormat(bioSchema, 'bio'),
    });
    expect(refused.choices[0]!.message.refusal).toMatch(/can't help/);
    expect(refused.choices[0]!.message.parsed).toBeNull();

    standin.fail({ kind: 'invalid_json' });
    await expect(
      client.chat.completions.parse({
        model: 'm',
        messages,
        response_format: zodResponseFormat(bioSchema, 'bio'),
      }),
    ).rejects.toThrow();

    // The queue is used up: the next answer is normal again.
    const fine = await client.chat.completions.create({ model: 'm', messages });
    expect(fine.choices[0]!.message.content).toMatch(/ceramics/);
    expect(standin.requests().map((r) => r.fault)).toEqual([
      'rate_limit',
      'server_error',
      'slow',
      'refusal',
      'invalid_json',
      null,
    ]);
  });

  it('queues faults over HTTP and reads magic words in the prompt', async () => {
    const queued = await fetch(`${standin.url}/__standin/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'server_error', times: 2 }),
    });
    expect(queued.status).toBe(200);
    for (let i = 0; i < 2; i++)
      await expect(client.chat.completions.create({ model: 'm', messages })).rejects.toBeInstanceOf(
        OpenAI.InternalServerError,
      );
    const bad = await fetch(`${standin.url}/__standin/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'meltdown' }),
    });
    expect(bad.status).toBe(400);
    await expect(
      client.chat.completions.create({
        model: 'm',
        messages: [{ role: 'user', content: 'hello standin:429' }],
      }),
    ).rejects.toBeInstanceOf(OpenAI.RateLimitError);
  });

  it('moderates: clean text passes, flagged words and a queued flag do not', async () => {
    const clean = await client.moderations.create({
      model: 'omni-moderation-latest',
      input: 'Pottery for everyone.',
    });
    expect(clean.results[0]!.flagged).toBe(false);
    const violent = await client.moderations.create({ input: ['fine', 'I will kill you'] });
    expect(violent.results.map((r) => r.flagged)).toEqual([false, true]);
    expect(violent.results[1]!.categories.violence).toBe(true);
    standin.fail({ kind: 'flagged' });
    const forced = await client.moderations.create({ input: 'Pottery for everyone.' });
    expect(forced.results[0]!.flagged).toBe(true);
    // A flag fault waits for the moderation endpoint: a chat request in between does not use it up.
    standin.fail({ kind: 'flagged' });
    await client.chat.completions.create({ model: 'm', messages });
    expect((await client.moderations.create({ input: 'x' })).results[0]!.flagged).toBe(true);
  });
});
