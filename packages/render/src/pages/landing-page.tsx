import { navigableOrNull, normalizeOrigin } from '../safe-values.ts';
import { renderStaticPage, type StaticPage } from './static-page.tsx';

/** Options of {@link renderLandingPage}. */
export interface LandingPageOptions {
  /** Origin serving `/api/v1`, e.g. `http://mewayz.localhost:8787`. */
  apiOrigin: string;
  /** Where creators sign in (the dashboard), an http(s) URL or a same-site path. */
  dashboardUrl: string;
}

/** The root domain's page: what Mewayz is, with links to the dashboard and the API docs. */
export function renderLandingPage(opts: LandingPageOptions): StaticPage {
  const docs = `${normalizeOrigin(opts.apiOrigin)}/api/v1/docs`;
  const dashboard = navigableOrNull(opts.dashboardUrl);
  if (!dashboard) throw new TypeError('renderLandingPage: dashboardUrl must be an http(s) URL or a path');
  return renderStaticPage({
    title: 'Mewayz — one link for everything you make',
    children: (
      <>
        <h1>One link for everything you make</h1>
        <p>
          Mewayz gives creators a fast, private link-in-bio page on their own subdomain or domain: links,
          music and video, a newsletter signup and contact buttons — with privacy-friendly click analytics and
          no third-party trackers.
        </p>
        <div class="row">
          <a class="b p" href={dashboard}>
            Open the dashboard
          </a>
          <a class="b" href={docs}>
            API documentation
          </a>
        </div>
      </>
    ),
  });
}
