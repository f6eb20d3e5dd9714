import { type AiGeneration, type AiTask, type AiUsage, aiTasks, aiTones } from '@mewayz/contracts';
import { useRouteLoaderData } from '@remix-run/react';
import { type CSSProperties, useId, useState } from 'react';
import type { AiFormResult, AiStreamLine } from '../lib/ai.server.ts';
import { aiTaskLabels, type SuggestionPart, suggestionParts } from '../lib/ai-text.ts';
import { CopyButton } from './copy-button.tsx';
import { Alert, Badge, Button, CsrfInput, Select, TextArea } from './ui.tsx';

/**
 * "Write with AI" next to a field: the creator says what it is about, the answer streams in, and
 * nothing reaches the field until they press "Use this" (and nothing is published until they publish).
 * Without script the form posts to the AI page, which shows the whole answer to copy.
 */
interface Props {
  /** Fixed task; left out, the creator picks one (the AI page). */
  task?: AiTask;
  title: string;
  /** The field "Use this" fills in. */
  targetId?: string;
  /**
   * A field per part of the answer, by its label (captions: "Bluesky" fills the Bluesky field), for
   * an answer with a text for each of several fields; "Use all" then fills them at once.
   */
  targetIds?: Record<string, string>;
  defaultBrief?: string;
  /** The field's current text, offered for a rewrite. */
  current?: string | null;
  /** A finished answer from a form post without script (the AI page). */
  initial?: AiFormResult;
  open?: boolean;
  /**
   * The id of a `<form>` rendered elsewhere (see `AiAssistForm`), for a field inside another form:
   * forms cannot nest, so the controls belong to that one through their `form` attribute.
   */
  formId?: string;
  /** Told the month's usage after each answer (the AI page's usage card follows it). */
  onUsage?: (usage: AiUsage) => void;
}

type State =
  | { status: 'idle' }
  | { status: 'streaming'; task: AiTask; parts: SuggestionPart[] }
  | { status: 'done'; task: AiTask; generation: AiGeneration; usage: AiUsage }
  | { status: 'error'; message: string };

const fmt = new Intl.NumberFormat('en');

function initialState(initial: AiFormResult | undefined): State {
  if (!initial) return { status: 'idle' };
  return initial.ok
    ? { status: 'done', task: initial.generation.task, generation: initial.generation, usage: initial.usage }
    : { status: 'error', message: initial.message };
}

/** Set a field's value as typing would, so its form (and autosave) notices. */
function fillField(id: string, text: string) {
  const el = document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement | null;
  if (!el) return;
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')?.set;
  setter?.call(el, text);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  el.focus();
}

/** The empty form a detached assist's controls submit through (render it outside any other form). */
export function AiAssistForm({ id }: { id: string }) {
  return <form id={id} method="post" action="/ai" hidden />;
}

export function AiAssist({
  task,
  title,
  targetId,
  targetIds,
  defaultBrief,
  current,
  initial,
  open,
  formId,
  onUsage,
}: Props) {
  const uid = useId();
  const root = useRouteLoaderData<{ csrf: string }>('root');
  const [state, setState] = useState<State>(() => initialState(initial));
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [used, setUsed] = useState<string | null>(null);
  const targetOf = (label: string) => targetIds?.[label] ?? targetId;
  const formAttr = formId ? { form: formId } : {};

  const [brief, setBrief] = useState(initial?.brief ?? defaultBrief ?? '');
  const [tone, setTone] = useState<string>('friendly');
  const [chosenTask, setChosenTask] = useState<AiTask>(
    initial?.ok ? initial.generation.task : (task ?? 'captions'),
  );
  const [rewrite, setRewrite] = useState(Boolean(current));

  async function write() {
    const chosen = task ?? chosenTask;
    const data = new FormData();
    data.set('_csrf', root?.csrf ?? '');
    data.set('task', chosen);
    data.set('brief', brief);
    data.set('tone', tone);
    if (rewrite && current !== undefined) {
      // A rewrite takes what the field holds now, edits since the page loaded included.
      const field = targetId ? (document.getElementById(targetId) as HTMLTextAreaElement | null) : null;
      data.set('current', field?.value ?? current ?? '');
    }
    if (!brief.trim()) {
      setState({ status: 'error', message: 'Say in a few words what it should be about.' });
      return;
    }
    setEdits({});
    setUsed(null);
    setState({ status: 'streaming', task: chosen, parts: [] });
    try {
      const res = await fetch('/ai/stream', {
        method: 'POST',
        body: data,
        headers: { accept: 'application/x-ndjson' },
      });
      if (!res.body || !(res.headers.get('content-type') ?? '').includes('ndjson'))
        throw new Error((await res.text()) || 'The AI assist is unavailable.');
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      let finished = false;
      for (;;) {
        const { value, done } = await reader.read();
        if (value) buffer += value;
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const raw of lines) {
          if (!raw.trim()) continue;
          const line = JSON.parse(raw) as AiStreamLine;
          if (line.type === 'partial')
            setState({ status: 'streaming', task: chosen, parts: suggestionParts(chosen, line.output) });
          else if (line.type === 'done') {
            finished = true;
            setState({ status: 'done', task: chosen, generation: line.generation, usage: line.usage });
            onUsage?.(line.usage);
          } else {
            finished = true;
            setState({ status: 'error', message: line.message });
          }
        }
        if (done) break;
      }
      if (!finished) setState({ status: 'error', message: 'The answer was cut off. Try again.' });
    } catch (err) {
      setState({ status: 'error', message: (err as Error).message.slice(0, 300) });
    }
  }

  const busy = state.status === 'streaming';
  const parts = state.status === 'done' ? suggestionParts(state.task, state.generation.output) : [];
  const controls = (
    <div className="space-y-3">
      {formId ? <input type="hidden" name="_csrf" value={root?.csrf ?? ''} {...formAttr} /> : <CsrfInput />}
      {task ? (
        <input type="hidden" name="task" value={task} {...formAttr} />
      ) : (
        <Select
          label="What to write"
          name="task"
          id={`${uid}-task`}
          value={chosenTask}
          onChange={(e) => setChosenTask(e.currentTarget.value as AiTask)}
          {...formAttr}
        >
          {aiTasks.map((t) => (
            <option key={t} value={t}>
              {aiTaskLabels[t]}
            </option>
          ))}
        </Select>
      )}
      <TextArea
        label="What is it about?"
        name="brief"
        id={`${uid}-brief`}
        rows={2}
        maxLength={2000}
        required
        value={brief}
        onChange={(e) => setBrief(e.currentTarget.value)}
        hint="A few words in your own voice: who it is for, what makes it yours."
        {...formAttr}
      />
      <div className="flex flex-wrap items-end gap-3">
        <Select
          label="Tone"
          name="tone"
          id={`${uid}-tone`}
          value={tone}
          onChange={(e) => setTone(e.currentTarget.value)}
          className="w-40"
          {...formAttr}
        >
          {aiTones.map((t) => (
            <option key={t} value={t}>
              {t.charAt(0).toUpperCase() + t.slice(1)}
            </option>
          ))}
        </Select>
        {current ? (
          <label className="mb-2 flex items-center gap-2 text-sm text-slate-700">
            <input
              type="checkbox"
              name="current"
              value={current}
              checked={rewrite}
              onChange={() => setRewrite(!rewrite)}
              className="size-4 rounded border-slate-300"
              {...formAttr}
            />
            Rewrite the current text
          </label>
        ) : null}
        <Button
          type="submit"
          variant="secondary"
          pending={busy}
          disabled={busy}
          {...formAttr}
          onClick={(e) => {
            e.preventDefault();
            void write();
          }}
        >
          {busy ? 'Writing…' : state.status === 'done' ? 'Write again' : 'Write'}
        </Button>
      </div>
    </div>
  );

  return (
    <details
      className="group rounded-lg bg-indigo-50/40 ring-1 ring-indigo-100"
      open={open || state.status !== 'idle'}
    >
      <summary className="cursor-pointer list-none rounded-lg px-3 py-2 text-sm font-semibold text-indigo-800 hover:bg-indigo-50">
        <span className="inline-flex items-center gap-1.5">
          <svg
            className="size-4"
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
            aria-hidden="true"
          >
            <path
              strokeLinecap="round"
              strokeLinejoin="round"
              d="M9.813 15.904 9 18.75l-.813-2.846a4.5 4.5 0 0 0-3.09-3.09L2.25 12l2.846-.813a4.5 4.5 0 0 0 3.09-3.09L9 5.25l.813 2.846a4.5 4.5 0 0 0 3.09 3.09L15.75 12l-2.846.813a4.5 4.5 0 0 0-3.09 3.09Z"
            />
          </svg>
          {title}
        </span>
      </summary>
      <div className="space-y-3 px-3 pb-3">
        {formId ? (
          controls
        ) : (
          <form method="post" action="/ai">
            {controls}
          </form>
        )}
        <div aria-live="polite" className="space-y-3">
          {state.status === 'error' ? <Alert>{state.message}</Alert> : null}
          {state.status === 'streaming' ? (
            <div className="space-y-2" data-testid="ai-draft">
              <p className="text-xs text-slate-600">
                Writing… You can use it once it has passed the content check.
              </p>
              {state.parts.map((p) => (
                <div
                  key={p.label}
                  className="rounded-md bg-white p-3 text-sm whitespace-pre-wrap text-slate-500 ring-1 ring-slate-200"
                >
                  <span className="block text-xs font-medium text-slate-500">{p.label}</span>
                  {p.text}
                </div>
              ))}
            </div>
          ) : null}
          {state.status === 'done' ? (
            <div className="space-y-3" data-testid="ai-result">
              <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
                {state.generation.source === 'standin' ? (
                  <Badge tone="amber">Local stand-in</Badge>
                ) : (
                  <Badge tone="indigo">AI suggestion</Badge>
                )}
                <span>
                  {state.generation.source === 'standin'
                    ? 'Written by the local OpenAI stand-in (deterministic, not a real model). '
                    : `Written by ${state.generation.model}. `}
                  Edit it, then use it. {fmt.format(state.usage.remaining)} of{' '}
                  {fmt.format(state.usage.budget)} tokens left this month.
                </span>
              </div>
              {targetIds && parts.some((p) => targetIds[p.label]) ? (
                <Button
                  type="button"
                  size="sm"
                  onClick={() => {
                    parts.forEach((p, i) => {
                      const id = targetIds[p.label];
                      if (id) fillField(id, edits[`${p.label}-${i}`] ?? p.text);
                    });
                    setUsed('all');
                  }}
                >
                  Use all
                </Button>
              ) : null}
              {used === 'all' ? (
                <span className="text-xs text-emerald-700">Added to each field. Save to keep them.</span>
              ) : null}
              {parts.map((p, i) => {
                const key = `${p.label}-${i}`;
                const text = edits[key] ?? p.text;
                const target = targetOf(p.label);
                return (
                  <div key={key} className="rounded-md bg-white p-3 ring-1 ring-slate-200">
                    <TextArea
                      label={p.label}
                      name={`suggestion-${i}`}
                      id={`${uid}-s${i}`}
                      rows={Math.min(
                        10,
                        Math.max(3, Math.ceil(text.length / 45) + (text.match(/\n/g)?.length ?? 0)),
                      )}
                      value={text}
                      onChange={(e) => setEdits({ ...edits, [key]: e.currentTarget.value })}
                      // Grows with the text where the browser can (rows are the fallback).
                      style={{ fieldSizing: 'content', maxHeight: '20rem' } as CSSProperties}
                    />
                    <div className="mt-2 flex items-center gap-2">
                      {target ? (
                        <Button
                          type="button"
                          size="sm"
                          onClick={() => {
                            fillField(target, text);
                            setUsed(key);
                          }}
                        >
                          Use this<span className="sr-only"> {p.label}</span>
                        </Button>
                      ) : null}
                      <CopyButton text={text} label={`Copy ${p.label}`} />
                      {used === key ? (
                        <span className="text-xs text-emerald-700">Added to the field. Save to keep it.</span>
                      ) : null}
                    </div>
                  </div>
                );
              })}
            </div>
          ) : null}
        </div>
      </div>
    </details>
  );
}
