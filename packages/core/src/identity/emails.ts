import { escapeHtml } from '../email/mailer.ts';

/** The platform's account emails: plain text first, a minimal escaped HTML twin. */
function compose(subject: string, lines: string[], link: string) {
  const text = [...lines, '', link, '', '— Mewayz'].join('\n');
  const html = `<p>${lines.map(escapeHtml).join('<br>')}</p><p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p><p>— Mewayz</p>`;
  return { subject, text, html };
}

export function verifyEmailMessage(name: string, link: string) {
  return compose(
    'Confirm your email address',
    [`Hi ${name},`, 'Please confirm your email address for Mewayz:'],
    link,
  );
}

export function resetPasswordMessage(name: string, link: string) {
  return compose(
    'Reset your Mewayz password',
    [
      `Hi ${name},`,
      'Someone (hopefully you) asked to reset your password. The link works once, for one hour.',
      'If it was not you, ignore this email.',
    ],
    link,
  );
}

export function invitationMessage(orgName: string, role: string, link: string) {
  return compose(
    `You are invited to ${orgName} on Mewayz`,
    [
      `You have been invited to join ${orgName} on Mewayz as ${role}.`,
      'The invitation works once and expires in 7 days.',
    ],
    link,
  );
}
