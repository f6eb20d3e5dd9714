import type { SiteSnapshot } from '@mewayz/contracts';
import { type RenderedSitePage, renderSiteDocument, type SitePageOptions } from '../site-page.tsx';
import { courseCss } from './course-css.ts';

export interface CertificateView {
  id: string;
  name: string;
  courseTitle: string;
  completedAt: string;
}

const certificateCss =
  '.cert{border:6px double currentColor;border-radius:14px;padding:36px 24px;text-align:center;display:flex;flex-direction:column;gap:12px}' +
  '.cert .who{font-size:2rem;font-weight:700;margin:0}.cert .what{font-size:1.3rem;margin:0}' +
  '.cert small{opacity:.8}' +
  '@media print{body{background:#fff!important;color:#000!important}footer,.noprint{display:none!important}.cert{border-color:#000}}';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });

/**
 * A completion certificate (`/certificates/<id>`): printable (the browser's Print keeps only the
 * certificate), and its URL is the public proof anyone can open to verify it.
 */
export function renderCertificatePage(
  snapshot: SiteSnapshot,
  opts: SitePageOptions,
  cert: CertificateView,
): Promise<RenderedSitePage> {
  return renderSiteDocument(snapshot, opts, {
    extraCss: courseCss + certificateCss,
    noindex: true,
    page: {
      path: `/certificates/${cert.id}`,
      title: `Certificate: ${cert.courseTitle} — ${snapshot.profile.name}`,
      description: `${cert.name} completed ${cert.courseTitle}.`,
      image: null,
      type: 'website',
    },
    main: ({ origin }) => (
      <article class="crs">
        <div class="cert">
          <small>Certificate of completion</small>
          <p class="who">{cert.name}</p>
          <p>completed</p>
          <p class="what">{cert.courseTitle}</p>
          <p>
            on {dateFormat.format(new Date(cert.completedAt))}, taught by {snapshot.profile.name}
          </p>
          <small>
            Verify at {origin}/certificates/{cert.id}
          </small>
        </div>
        <p class="noprint note">
          ✓ This certificate is genuine: it was issued by {snapshot.profile.name} on this site.
        </p>
      </article>
    ),
  });
}
