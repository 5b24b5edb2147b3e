// The English "Ask a QuickBooks admin" texts; part of the later English table (english-later.ts).
import type { HandoffText } from './handoff-text.js';

export const englishHandoff: HandoffText = {
  question: 'Not a QuickBooks admin?',
  ask: 'Ask one to reconnect',
  title: 'Ask a QuickBooks admin to reconnect',
  intro:
    'Create a link that a QuickBooks admin opens to reconnect this company. They need no account here; the link works once.',
  emailLabel: 'Admin’s email (optional)',
  emailHint: 'The link is sent there. Leave it empty to copy the link and send it yourself.',
  emailInvalid: 'Enter an email address like name@example.com, or leave it empty.',
  noteLabel: 'Note for the admin (optional)',
  noteCounter: (used, max) => `${used} of ${max} characters`,
  create: 'Create link',
  creating: 'Creating link…',
  cancel: 'Cancel',
  close: 'Close',
  linkLabel: 'Reconnect link',
  linkHint: (expires) =>
    `Anyone with this link can reconnect QuickBooks for this company until ${expires}. It is shown only once: copy it now.`,
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Could not copy. The link is selected: press Ctrl+C (or ⌘C) to copy it.',
  sentTo: (email) => `Sent to ${email}`,
  failedTitle: 'The link could not be made',
  refusal: {
    handoff_not_needed: 'QuickBooks is connected again: no admin is needed.',
    not_connected: 'No QuickBooks company is linked yet: connect one first.',
  },
  rateLimited: (minutes) =>
    minutes === null
      ? 'Too many links were made in the last hour. Try again later.'
      : `Too many links were made in the last hour. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
  unchanged: 'No link was made.',
  requested: (name, email, expires) =>
    `Reconnect requested ${email ? `from ${email} ` : ''}by ${name} · link expires ${expires}`,
  cancelRequest: 'Cancel request',
  cancelling: 'Cancelling…',
  cancelled: 'Request cancelled. The link no longer works.',
  cancelFailed: 'The request could not be cancelled.',
  newLink: 'New link',
};
