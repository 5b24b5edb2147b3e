// Why a hand-off call failed, in the user's words: the backend's named refusal, or what went wrong with the call.
import type { HandoffState } from '../../core/handoff-state.js';
import type { Strings } from '../../i18n/strings.js';

export function handoffFailureText(strings: Strings, failed: Extract<HandoffState, { name: 'failed' }>): string {
  const text = strings.handoff;
  switch (failed.reason) {
    case 'rate_limited':
      return text.rateLimited(failed.retryAfter === null ? null : Math.max(1, Math.ceil(failed.retryAfter / 60)));
    case 'handoff_not_needed':
    case 'not_connected':
      return text.refusal[failed.reason];
    default:
      // The same words as any other request to the backend that failed this way.
      return strings.disconnect.failure[failed.reason];
  }
}
