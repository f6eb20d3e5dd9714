import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiApp } from '../workers/edge/src/api/app.ts';
import { openApiConfig } from '../workers/edge/src/api/openapi.ts';
import { apiTypesFile, generateApiTypes } from '../workers/edge/test/api/client/openapi-tools.ts';

/** Regenerate the typed client's types from the API's OpenAPI document (`npm run api:types`). */
const doc = apiApp.getOpenAPI31Document(openApiConfig('http://mewayz.localhost:8787'));
const file = join(import.meta.dirname, '..', apiTypesFile);
writeFileSync(file, await generateApiTypes(doc));
console.log(`wrote ${apiTypesFile}`);
