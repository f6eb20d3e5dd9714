import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { aiStandinFingerprint } from '@mewayz/contracts';
import type { Fault } from './faults.ts';
import { invalidRequest } from './openai-error.ts';
import { answerForSchema, keywordsOf } from './schema-answer.ts';

/**
 * `POST /v1/chat/completions` without a model: the answer is a pure function of the request — JSON
 * that satisfies `response_format.json_schema.schema` when one is given, else a sentence about the
 * prompt — so tests can rely on it and a developer sees the same suggestion twice.
 */

/** Marks every answer as the stand-in's: the dashboard labels such suggestions "local stand-in". */
export const standinFingerprint = aiStandinFingerprint;

export interface ChatRequest {
  model: string;
  messages: { role: string; content: string }[];
  stream: boolean;
  includeUsage: boolean;
  schema: Record<string, unknown> | null;
  jsonObject: boolean;
}

function textOfContent(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content))
    return content
      .map((p) => (p && typeof p === 'object' && typeof p.text === 'string' ? p.text : ''))
      .join(' ');
  return '';
}

export function parseChatRequest(body: Record<string, unknown>): ChatRequest {
  if (typeof body.model !== 'string' || !body.model) throw invalidRequest('model: required', 'model');
  if (!Array.isArray(body.messages) || body.messages.length === 0)
    throw invalidRequest('messages: a non-empty array', 'messages');
  const messages = body.messages.map((m, i) => {
    if (!m || typeof m !== 'object' || typeof m.role !== 'string')
      throw invalidRequest(`messages[${i}]: an object with a role`, `messages[${i}]`);
    return { role: m.role as string, content: textOfContent(m.content) };
  });
  const format = body.response_format as { type?: string; json_schema?: { schema?: unknown } } | undefined;
  let schema: Record<string, unknown> | null = null;
  if (format?.type === 'json_schema') {
    const s = format.json_schema?.schema;
    if (!s || typeof s !== 'object') throw invalidRequest('response_format.json_schema.schema: required');
    schema = s as Record<string, unknown>;
  } else if (format && format.type !== 'text' && format.type !== 'json_object')
    throw invalidRequest(`response_format.type: unknown ${String(format.type)}`, 'response_format');
  const options = body.stream_options as { include_usage?: unknown } | undefined;
  return {
    model: body.model,
    messages,
    stream: body.stream === true,
    includeUsage: options?.include_usage === true,
    schema,
    jsonObject: format?.type === 'json_object',
  };
}

/** About four characters a token, as OpenAI's own rule of thumb says. */
export const tokensOf = (text: string) => Math.max(1, Math.ceil(text.length / 4));

export interface ChatAnswer {
  content: string | null;
  refusal: string | null;
  usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
  id: string;
}

export function answerChat(req: ChatRequest, fault: Fault | null): ChatAnswer {
  const userText = req.messages
    .filter((m) => m.role === 'user')
    .map((m) => m.content)
    .join('\n');
  const allText = req.messages.map((m) => m.content).join('\n');
  let content: string | null = null;
  let refusal: string | null = null;
  if (fault?.kind === 'refusal') refusal = "I'm sorry, but I can't help with that request.";
  else if (fault?.kind === 'invalid_json') content = '{"answer": "cut short';
  else if (req.schema) content = JSON.stringify(answerForSchema(req.schema, userText));
  else if (req.jsonObject) content = JSON.stringify({ answer: keywordsOf(userText).slice(0, 5).join(' ') });
  else {
    const w = keywordsOf(userText);
    content = `Here is an idea about ${w.slice(0, 3).join(', ')}: lead with ${w[0]}, keep it short and personal.`;
  }
  // Magic words reach the answer, so the moderation check after it sees `standin:flag`.
  if (content && !req.schema && userText.includes('standin:flag')) content += ' standin:flag';
  const prompt_tokens = tokensOf(allText);
  const completion_tokens = tokensOf(content ?? refusal ?? '');
  const id = `chatcmpl-${createHash('sha256').update(JSON.stringify(req)).digest('hex').slice(0, 24)}`;
  return {
    content,
    refusal,
    id,
    usage: { prompt_tokens, completion_tokens, total_tokens: prompt_tokens + completion_tokens },
  };
}

export function completionBody(req: ChatRequest, a: ChatAnswer, created: number) {
  return {
    id: a.id,
    object: 'chat.completion',
    created,
    model: req.model,
    system_fingerprint: standinFingerprint,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: a.content, refusal: a.refusal },
        logprobs: null,
        finish_reason: 'stop',
      },
    ],
    usage: a.usage,
  };
}

/** Pieces of about `size` characters, cut between code points. */
function pieces(text: string, size: number): string[] {
  const chars = [...text];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += size) out.push(chars.slice(i, i + size).join(''));
  return out;
}

/**
 * The answer as server-sent events, chunk by chunk like OpenAI's: the role first, the content (or
 * refusal) in small deltas, a chunk with the finish reason, the usage chunk when asked for, `[DONE]`.
 */
export async function streamChat(
  res: ServerResponse,
  req: ChatRequest,
  a: ChatAnswer,
  created: number,
  chunkDelayMs: number,
) {
  res.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
  });
  const base = {
    id: a.id,
    object: 'chat.completion.chunk',
    created,
    model: req.model,
    system_fingerprint: standinFingerprint,
  };
  const send = (chunk: object) => res.write(`data: ${JSON.stringify({ ...base, ...chunk })}\n\n`);
  const choice = (delta: object, finish: string | null = null) => ({
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
    ...(req.includeUsage ? { usage: null } : {}),
  });
  send(choice({ role: 'assistant', content: a.content === null ? null : '', refusal: null }));
  const field = a.content !== null ? 'content' : 'refusal';
  for (const piece of pieces(a.content ?? a.refusal ?? '', 12)) {
    if (res.destroyed) return;
    if (chunkDelayMs) await new Promise((r) => setTimeout(r, chunkDelayMs));
    send(choice({ [field]: piece }));
  }
  send(choice({}, 'stop'));
  if (req.includeUsage) send({ choices: [], usage: a.usage });
  res.end('data: [DONE]\n\n');
}
