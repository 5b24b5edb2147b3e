// The shape of the "Ask a QuickBooks admin" texts (Strings.handoff): the offer, its form, and the open request's line.
import type { HandoffRefusal } from '../core/handoff-state.js';

export interface HandoffText {
  /** Before the offer: "Not a QuickBooks admin?" */
  question: string;
  /** The offer's button: "Ask one to reconnect". */
  ask: string;
  /** The form's heading: "Ask a QuickBooks admin to reconnect". */
  title: string;
  /** What the link does, under the heading. */
  intro: string;
  emailLabel: string;
  /** Under the email field: what happens with or without an address. */
  emailHint: string;
  /** The email field's error for a value that is not an address. */
  emailInvalid: string;
  noteLabel: string;
  /** Under the note field: "12 of 500 characters". */
  noteCounter(used: number, max: number): string;
  create: string;
  /** While the link is being made. */
  creating: string;
  cancel: string;
  close: string;
  /** The label of the read-only field holding the new link. */
  linkLabel: string;
  /** Under the link: who can use it and until when (the date already formatted); it is shown only once. */
  linkHint(expires: string): string;
  copy: string;
  /** Said (and shown) once the link is on the clipboard. */
  copied: string;
  /** The clipboard refused: the link is selected for the user to copy. */
  copyFailed: string;
  /** The backend mailed the link: "Sent to ops@northwind.example". */
  sentTo(email: string): string;
  /** Heading of a failure in the form. */
  failedTitle: string;
  /** The refusals the backend names; `rate_limited` takes the minutes to wait (null when the backend did not say). */
  refusal: Record<Exclude<HandoffRefusal, 'rate_limited'>, string>;
  rateLimited(minutes: number | null): string;
  /** After any failure: nothing was made or changed; what was typed is kept. */
  unchanged: string;
  /** The open request: "Reconnect requested from ops@… by Dana Ortiz · link expires Dec 11" (email may be null). */
  requested(name: string, email: string | null, expires: string): string;
  cancelRequest: string;
  /** While the request is being cancelled. */
  cancelling: string;
  /** Said once the request is cancelled. */
  cancelled: string;
  /** Beside the request when cancelling failed (the reason follows). */
  cancelFailed: string;
  newLink: string;
}
