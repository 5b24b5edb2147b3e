// Next.js settings for the example. Lit runs on the server as Node loads it (its "node" build), one copy shared by
// qbo-reconnect/ssr and @lit-labs/ssr; qbo-reconnect itself is bundled, so that its React components use Next's
// React (app/backend.ts loads the server half unbundled). The workspace root is the examples folder.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const workspace = dirname(dirname(fileURLToPath(import.meta.url)));

/** @type {import('next').NextConfig} */
export default {
  serverExternalPackages: [
    'lit',
    'lit-html',
    'lit-element',
    '@lit/reactive-element',
    '@lit/context',
    '@lit-labs/ssr',
    '@lit-labs/ssr-client',
    '@lit-labs/ssr-dom-shim',
  ],
  turbopack: { root: workspace },
  outputFileTracingRoot: workspace,
};
