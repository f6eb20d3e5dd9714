import spectralCore from '@stoplight/spectral-core';
import owaspRuleset from '@stoplight/spectral-owasp-ruleset';
import spectralParsers from '@stoplight/spectral-parsers';
import { oas } from '@stoplight/spectral-rulesets';
import openapiTS, { astToString } from 'openapi-typescript';

/** Where the generated client types live, relative to the repository root. */
export const apiTypesFile = 'workers/edge/test/api/client/api-types.gen.ts';

export interface LintFinding {
  code: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  path: string;
  message: string;
}

const severities = ['error', 'warning', 'info', 'hint'] as const;

/**
 * Stoplight Spectral with its `spectral:oas` and `@stoplight/spectral-owasp-ruleset` rulesets, both
 * from node_modules (no network): what `spectral lint` with those two rulesets reports.
 */
export async function lintOpenApi(doc: unknown): Promise<LintFinding[]> {
  const { Spectral, Document } = spectralCore;
  const spectral = new Spectral();
  spectral.setRuleset({
    extends: [
      [oas as never, 'recommended'],
      [((owaspRuleset as { default?: unknown }).default ?? owaspRuleset) as never, 'recommended'],
    ],
  });
  const results = await spectral.run(new Document(JSON.stringify(doc, null, 2), spectralParsers.Json));
  return results.map((r) => ({
    code: String(r.code),
    severity: severities[r.severity] ?? 'hint',
    path: r.path.join('.'),
    message: r.message,
  }));
}

/** TypeScript types of the API (openapi-typescript), as committed in `apiTypesFile`. */
export async function generateApiTypes(doc: unknown): Promise<string> {
  const ast = await openapiTS(doc as never, { alphabetize: true });
  return `/**\n * Generated from /api/v1/openapi.json by \`npm run api:types\`; do not edit.\n * A test fails when it no longer matches the live document.\n */\n\n${astToString(ast)}`;
}
