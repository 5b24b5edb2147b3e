// The Lit elements that are not needed for the first status: the drop-in loads them from a chunk of their own, at once
// when the page holds one of them, else when the page is idle after the first status (see shared/later-loader.ts).
import { QboBeforeYouBegin } from './qbo-before-you-begin/qbo-before-you-begin.js';
import { QboConnectionHistory } from './qbo-connection-history/qbo-connection-history.js';
import { QboDisconnect } from './qbo-disconnect/qbo-disconnect.js';
import { QboExpiryWarning } from './qbo-expiry-warning/qbo-expiry-warning.js';
import { QboHandoffDialog } from './qbo-handoff-dialog/qbo-handoff-dialog.js';
import { QboHandoffOffer } from './qbo-handoff-offer/qbo-handoff-offer.js';
import { QboIntegrationHeader } from './qbo-integration-header/qbo-integration-header.js';
import { QboLinkStateTabs } from './qbo-link-state-tabs/qbo-link-state-tabs.js';
import { QboSuccessBanner } from './qbo-success-banner/qbo-success-banner.js';
import { QboSyncSummary } from './qbo-sync-summary/qbo-sync-summary.js';
import { defineElement } from './shared/define-element.js';
import type { LATER_TAGS } from './shared/later-loader.js';

export {
  QboBeforeYouBegin,
  QboConnectionHistory,
  QboDisconnect,
  QboExpiryWarning,
  QboHandoffDialog,
  QboHandoffOffer,
  QboIntegrationHeader,
  QboLinkStateTabs,
  QboSuccessBanner,
  QboSyncSummary,
};

export const laterElements = {
  'qbo-link-state-tabs': QboLinkStateTabs,
  'qbo-success-banner': QboSuccessBanner,
  'qbo-sync-summary': QboSyncSummary,
  'qbo-integration-header': QboIntegrationHeader,
  'qbo-before-you-begin': QboBeforeYouBegin,
  'qbo-disconnect': QboDisconnect,
  'qbo-expiry-warning': QboExpiryWarning,
  'qbo-connection-history': QboConnectionHistory,
  'qbo-handoff-offer': QboHandoffOffer,
  'qbo-handoff-dialog': QboHandoffDialog,
} as const;

/** later-loader.ts names these same tags without loading their code: a tag missing on either side fails to compile. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const tagsAgree: Same<keyof typeof laterElements, (typeof LATER_TAGS)[number]> = true;
void tagsAgree;

export function defineLaterElements(): void {
  for (const [tag, constructor] of Object.entries(laterElements)) defineElement(tag, constructor);
}
