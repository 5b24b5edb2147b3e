// Types for the vite plugin in api-page-plugin.js (imported by vite.config.ts).
import type { Plugin } from 'vite';

export function apiPagePlugin(options?: { manifest?: string; packageJson?: string; guides?: string }): Plugin;
