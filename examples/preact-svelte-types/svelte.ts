// The qbo- tags in Svelte 5 markup, as svelte-check sees them: SvelteHTMLElements typed from the manifest.
import type {} from 'qbo-reconnect/types/svelte';
import type { SvelteHTMLElements } from 'svelte/elements';

type Connection = SvelteHTMLElements['qbo-connection'];

export const attributes: Connection = { 'redirect-uri': 'https://app.example.com/quickbooks/callback', class: 'integration' };
export const onSuccess: NonNullable<Connection['onqbo-reconnect-success']> = (event) => void event.detail.companySwitched;
// @ts-expect-error headingLevel is a number
export const wrongProperty: SvelteHTMLElements['qbo-integration-header'] = { headingLevel: 'two' };
