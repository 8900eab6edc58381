// Writes src/schema.d.ts from the server's OpenAPI description (built in-process, no server running):
// `npm run generate -w @surety/client` after `npm run build`.
import { writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { buildApp } from '../server/dist/api/app.js';

const app = await buildApp({
  context: () => {
    throw new Error('the OpenAPI description needs no data');
  },
});
await app.ready();
const ast = await openapiTS(JSON.parse(JSON.stringify(app.swagger())));
const target = new URL('./src/schema.d.ts', import.meta.url);
// Formatted as the repository's own files are, so that `prettier --check` passes and a regeneration diffs cleanly.
const text = `// Generated from the server's /openapi.json by generate.mjs: do not edit.\n${astToString(ast)}`;
const options = { ...(await resolveConfig(target.pathname)), filepath: target.pathname };
writeFileSync(target, await format(text, options));
await app.close();
