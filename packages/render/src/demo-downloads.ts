/**
 * The demo shop's downloadable file, served by the site host for a bought `demo/…` file key, so a
 * purchase of the demo presets works end to end under `npm start` without anything in R2.
 */
export interface DemoDownload {
  contentType: string;
  body: string;
}

export const demoDownloads: Record<string, DemoDownload> = {
  'downloads/film-look-presets.zip': {
    contentType: 'text/plain; charset=utf-8',
    body: 'Film Look Presets (Mewayz demo)\n\nThis stands in for the file a creator uploads. Thank you for trying the demo shop!\n',
  },
};
