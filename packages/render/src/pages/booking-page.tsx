import type { Child } from 'hono/jsx';
import { buildCsp, sha256Base64 } from '../csp.ts';
import { HtmlDocument } from '../document.tsx';
import { renderHtmlDocument } from '../render-html.ts';
import { type StaticPage, staticPageCss } from './static-page.tsx';

/**
 * The booking pages of a site host (`/book/<service>`, `/booking/<token>`): server-rendered, zero
 * scripts. Slots are radio buttons of one form, grouped by the visitor's local day; the visitor's zone
 * is a select in a GET form (`?tz=`), so everything works without JavaScript.
 */

const bookingCss =
  `${staticPageCss.replace('justify-content:center;', '')}` +
  '.meta{display:flex;flex-wrap:wrap;gap:6px 14px;color:var(--mu);font-size:.95rem}' +
  '.desc{white-space:pre-line}' +
  'form{display:flex;flex-direction:column;gap:12px;margin:0}' +
  'fieldset{border:1px solid var(--ln);border-radius:12px;padding:12px 14px;margin:0}' +
  'legend{font-weight:600;padding:0 6px}' +
  '.slots{display:flex;flex-wrap:wrap;gap:8px}' +
  '.slot{position:relative}.slot input{position:absolute;opacity:0;inset:0;margin:0;cursor:pointer}' +
  '.slot span{display:inline-flex;align-items:center;min-height:44px;padding:0 14px;border:2px solid var(--ln);border-radius:10px;font-variant-numeric:tabular-nums}' +
  '.slot input:checked+span{background:var(--ac);border-color:var(--ac);color:var(--oa)}' +
  '.slot input:focus-visible+span{outline:3px solid var(--ac);outline-offset:2px}' +
  'label.f{display:flex;flex-direction:column;gap:4px;font-weight:600}' +
  'input[type=text],input[type=email],textarea,select{font:inherit;padding:10px 12px;border:2px solid var(--ln);border-radius:10px;background:var(--bg);color:var(--tx);max-width:100%}' +
  'button{font:inherit;font-weight:600;min-height:50px;padding:0 22px;border-radius:12px;border:2px solid var(--ac);background:var(--ac);color:var(--oa);cursor:pointer}' +
  'button.s{background:transparent;color:var(--tx);border-color:var(--ln)}' +
  '.tz{flex-direction:row;flex-wrap:wrap;align-items:flex-end}.tz label{flex:1 1 220px;min-width:0}.tz select{width:100%}' +
  '.nav{display:flex;justify-content:space-between;gap:10px}' +
  '.note{padding:12px 14px;border-radius:12px;border:2px solid var(--ac)}' +
  '.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}';

let cssHash: Promise<string> | null = null;

async function page(
  title: string,
  children: Child,
  formOrigins: readonly string[] = [],
): Promise<StaticPage> {
  cssHash ??= sha256Base64(bookingCss);
  const html = renderHtmlDocument(
    <HtmlDocument
      css={bookingCss}
      head={
        <>
          <title>{title}</title>
          <meta name="robots" content="noindex" />
          <meta name="color-scheme" content="light dark" />
        </>
      }
    >
      <main>{children}</main>
    </HtmlDocument>,
  );
  return { html, csp: buildCsp({ styleHash: await cssHash, images: false, forms: true, formOrigins }) };
}

export interface BookingDay {
  /** The visitor's local date and its heading ("Tuesday 2 June"). */
  date: string;
  label: string;
  slots: { start: string; label: string }[];
}

export interface BookingServiceInfo {
  name: string;
  description: string;
  duration: string;
  price: string;
  location: string;
  hostName: string;
}

export interface BookingPageOptions {
  service: BookingServiceInfo;
  /** Where the slot form posts (`/book/<slug>` or `/booking/<token>/reschedule`). */
  action: string;
  /** The page itself, for the zone form and the week links. */
  self: string;
  timeZone: string;
  timeZones: readonly string[];
  days: BookingDay[];
  prevHref: string | null;
  nextHref: string | null;
  weekLabel: string;
  /** Ask for name, email and notes (a new booking), or only the time (a reschedule). */
  askDetails: boolean;
  submitLabel: string;
  notice?: string;
  heading?: string;
  /**
   * The payment provider's origin when the form's answer is a 303 to its checkout (a paid call):
   * browsers hold a form's redirects to `form-action` too.
   */
  checkoutOrigin?: string | null;
}

function ServiceHeader(props: { service: BookingServiceInfo; heading?: string }) {
  const s = props.service;
  return (
    <>
      <h1>{props.heading ?? s.name}</h1>
      <div class="meta">
        <span>{s.duration}</span>
        <span>{s.price}</span>
        <span>{s.location}</span>
        <span>with {s.hostName}</span>
      </div>
      {s.description ? <p class="desc">{s.description}</p> : null}
    </>
  );
}

/** The slot picker (and, for a new booking, the buyer's details) in one form. */
export function renderBookingPage(o: BookingPageOptions): Promise<StaticPage> {
  const any = o.days.some((d) => d.slots.length > 0);
  return page(
    o.heading ?? `Book ${o.service.name}`,
    <>
      <ServiceHeader service={o.service} heading={o.heading} />
      {o.notice ? (
        <p class="note" role="status">
          {o.notice}
        </p>
      ) : null}
      <form method="get" action={o.self} class="tz">
        <label class="f">
          Times shown in
          <select name="tz">
            {o.timeZones.map((z) => (
              <option value={z} selected={z === o.timeZone}>
                {z.replace(/_/g, ' ')}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" class="s">
          Show times
        </button>
      </form>
      <nav class="nav" aria-label="Weeks">
        {o.prevHref ? <a href={o.prevHref}>← Earlier</a> : <span />}
        <strong>{o.weekLabel}</strong>
        {o.nextHref ? <a href={o.nextHref}>Later →</a> : <span />}
      </nav>
      <form method="post" action={o.action}>
        <input type="hidden" name="tz" value={o.timeZone} />
        {any ? (
          o.days
            .filter((d) => d.slots.length > 0)
            .map((d) => (
              <fieldset>
                <legend>{d.label}</legend>
                <div class="slots">
                  {d.slots.map((s) => (
                    <label class="slot">
                      <input type="radio" name="start" value={s.start} required />
                      <span>{s.label}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
            ))
        ) : (
          <p>No free times this week. Try a later week.</p>
        )}
        {any && o.askDetails ? (
          <>
            <label class="f">
              Your name
              <input type="text" name="name" required maxlength={120} autocomplete="name" />
            </label>
            <label class="f">
              Email
              <input type="email" name="email" required maxlength={254} autocomplete="email" />
            </label>
            <label class="f">
              Anything to share before the call? (optional)
              <textarea name="notes" rows={3} maxlength={2000} />
            </label>
            <div class="hp" aria-hidden="true">
              <label>
                Leave empty
                <input type="text" name="website" tabindex={-1} autocomplete="off" />
              </label>
            </div>
          </>
        ) : null}
        {any ? <button type="submit">{o.submitLabel}</button> : null}
      </form>
    </>,
    o.checkoutOrigin ? [o.checkoutOrigin] : [],
  );
}

export interface ManageBookingOptions {
  service: BookingServiceInfo;
  status: 'held' | 'confirmed' | 'cancelled';
  when: string;
  notice?: string;
  /** Null when the policy no longer lets the buyer change it. */
  cancelAction: string | null;
  rescheduleHref: string | null;
  policy: string;
}

/** The buyer's page of one booking (reached by the secret link in their email). */
export function renderManageBookingPage(o: ManageBookingOptions): Promise<StaticPage> {
  const state =
    o.status === 'cancelled'
      ? 'This call is cancelled.'
      : o.status === 'held'
        ? 'Waiting for your payment to complete.'
        : 'Your call is booked.';
  return page(
    `Your booking: ${o.service.name}`,
    <>
      <ServiceHeader service={o.service} heading={`Your booking: ${o.service.name}`} />
      {o.notice ? (
        <p class="note" role="status">
          {o.notice}
        </p>
      ) : null}
      <p>
        <strong>{state}</strong>
      </p>
      <p>{o.when}</p>
      {o.status !== 'cancelled' ? <p>{o.policy}</p> : null}
      {o.rescheduleHref || o.cancelAction ? (
        <div class="row">
          {o.rescheduleHref ? (
            <a class="b" href={o.rescheduleHref}>
              Reschedule
            </a>
          ) : null}
          {o.cancelAction ? (
            <form method="post" action={o.cancelAction}>
              <button type="submit" class="s">
                Cancel this call
              </button>
            </form>
          ) : null}
        </div>
      ) : null}
    </>,
  );
}
