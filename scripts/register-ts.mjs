/**
 * `node --import ./scripts/register-ts.mjs …`: lets Node import this
 * repository's TypeScript sources (see ./ts-hooks.mjs). Used by `npm run theme`
 * and `npm run test:node`.
 */
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
