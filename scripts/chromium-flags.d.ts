// Types of chromium-flags.js for the TypeScript tests that launch Chromium.
export declare const CHROMIUM_FLAGS: string[];
