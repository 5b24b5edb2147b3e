// The sign-in field checks live with the mock Intuit server so its page and this one say the same things.
export * from '../../src/server/testing/mock-intuit-validation.js';
