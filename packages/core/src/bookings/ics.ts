/**
 * iCalendar (RFC 5545) text for one booking (the invitation mailed with a confirmation) and for a
 * creator's feed. Lines end in CRLF and are folded at 75 octets; text values are escaped.
 */

export interface IcsEvent {
  /** Stable for the booking's whole life: a reschedule or cancellation updates the same event. */
  uid: string;
  sequence: number;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  cancelled?: boolean;
  organizer?: { name: string; email: string };
  attendee?: { name: string; email: string };
  stamp: Date;
}

const escapeText = (s: string) =>
  s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Parameter values (CN) are quoted; quotes and control characters cannot appear in them. */
const paramValue = (s: string) =>
  `"${[...s].filter((ch) => ch !== '"' && ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f).join('')}"`;

function utcStamp(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

const encoder = new TextEncoder();

/** Fold a content line at 75 octets without splitting a UTF-8 character (continuations start with a space). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    const limit = out.length === 0 ? 75 : 74;
    if (octets + n > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

function eventLines(e: IcsEvent, method: 'REQUEST' | 'CANCEL' | null): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `SEQUENCE:${e.sequence}`,
    `DTSTAMP:${utcStamp(e.stamp)}`,
    `DTSTART:${utcStamp(e.start)}`,
    `DTEND:${utcStamp(e.end)}`,
    `SUMMARY:${escapeText(e.summary)}`,
  ];
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  if (e.url) lines.push(`URL:${e.url}`);
  if (e.organizer) lines.push(`ORGANIZER;CN=${paramValue(e.organizer.name)}:mailto:${e.organizer.email}`);
  if (e.attendee)
    lines.push(
      `ATTENDEE;CN=${paramValue(e.attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=${
        method === 'CANCEL' ? 'DECLINED' : 'ACCEPTED'
      }:mailto:${e.attendee.email}`,
    );
  lines.push(`STATUS:${e.cancelled ? 'CANCELLED' : 'CONFIRMED'}`, 'END:VEVENT');
  return lines;
}

function calendar(events: IcsEvent[], method: 'REQUEST' | 'CANCEL' | 'PUBLISH', name?: string): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Mewayz//Bookings//EN', 'CALSCALE:GREGORIAN'];
  lines.push(`METHOD:${method}`);
  if (name) lines.push(`X-WR-CALNAME:${escapeText(name)}`);
  for (const e of events) lines.push(...eventLines(e, method === 'PUBLISH' ? null : method));
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** The invitation for one booking: METHOD:REQUEST, or CANCEL once it is cancelled. */
export function invitationIcs(e: IcsEvent): string {
  return calendar([e], e.cancelled ? 'CANCEL' : 'REQUEST');
}

/** A subscription feed of a creator's calls. */
export function feedIcs(name: string, events: IcsEvent[]): string {
  return calendar(events, 'PUBLISH', name);
}
