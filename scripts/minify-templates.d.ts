// Types of the template-literal minifier plugin, for vite.config.ts.
import type { Plugin } from 'vite';

export function minifyTemplates(code: string): string | null;
export function minifyCss(text: string, first: boolean, last: boolean): string;
export function minifyHtml(text: string, first: boolean, last: boolean): string;
export function minifyTemplateLiterals(): Plugin;
