// zod/mini schemas for every adapter reply; the parse functions turn a bad reply into an `invalid_response` error.
import * as z from 'zod/mini';
import { ConnectionError } from './errors.js';
import { CONNECTION_EVENT_TYPES, INACTIVE_REASONS, LINK_STATES } from './model.js';
import type {
  AuthorizeResult,
  Company,
  CompleteResult,
  ConnectionEventType,
  ConnectionSnapshot,
  HandoffCreated,
  HistoryPage,
  InactiveReason,
  LinkState,
  VendorPage,
} from './model.js';

// Cheaper forms with the same meaning, each measured by npm run size: every check is one z.refine() (zod/mini's
// minLength, regex, minimum, z.iso.datetime(), z.url() and z.int() each pull in code of their own), fields the contract
// added later are optional rather than defaulted, and a union is read by its `outcome` instead of trying each branch.
const valid = <T>(test: (value: T) => boolean, message: string) => z.refine<T>(test, message);

const nonEmpty = () => z.string().check(valid((value: string) => value.length > 0, 'must not be empty'));

/** ISO 8601 date and time with seconds optional, fractions allowed, and a Z or ±hh:mm offset (z.iso.datetime({ offset: true })). */
const ISO_DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)$/;
const isoDateTime = () => z.string().check(valid((value: string) => ISO_DATE_TIME.test(value), 'must be an ISO 8601 date-time'));

/** An absolute http(s) URL, as z.url({ protocol: /^https?$/ }) reads it. */
function isHttpUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value.trim()).protocol);
  } catch {
    return false;
  }
}

/** A whole number from 0 up (z.int() is a safe integer). */
const count = () => z.number().check(valid((value: number) => Number.isSafeInteger(value) && value >= 0, 'must be a whole number from 0'));

export const companySchema = z.object({ realmId: nonEmpty(), name: nonEmpty() });

export const syncSummarySchema = z.object({
  totalFiles: count(),
  lastSyncAt: z.nullable(isoDateTime()),
});

/** Fields the contract added later: a backend that omits them is read as "unknown" (null, see parseSnapshot), never as invalid. */
const laterField = <T extends z.ZodMiniType>(schema: T) => z.optional(z.nullable(schema));

export const snapshotSchema = z.object({
  linkState: z.enum(LINK_STATES as [LinkState, ...LinkState[]]),
  everReconnected: z.boolean(),
  inactiveReason: z.nullable(z.enum(INACTIVE_REASONS as [InactiveReason, ...InactiveReason[]])),
  company: z.nullable(companySchema),
  sync: z.nullable(syncSummarySchema),
  credentialsExpireAt: laterField(isoDateTime()),
  connectedAt: laterField(isoDateTime()),
  connectedBy: laterField(z.object({ name: nonEmpty() })),
  handoff: laterField(
    z.object({
      requestedBy: z.object({ name: nonEmpty() }),
      requestedAt: isoDateTime(),
      expiresAt: isoDateTime(),
      email: z.nullable(nonEmpty()),
    }),
  ),
});

const inactiveReasonSchema = z.enum(INACTIVE_REASONS as [InactiveReason, ...InactiveReason[]]);

export const historyPageSchema = z.object({
  items: z.array(
    z.object({
      id: nonEmpty(),
      at: isoDateTime(),
      type: z.enum(CONNECTION_EVENT_TYPES as [ConnectionEventType, ...ConnectionEventType[]]),
      reason: z.nullable(inactiveReasonSchema),
      actor: z.nullable(z.object({ name: z.nullable(nonEmpty()), email: z.nullable(nonEmpty()) })),
      company: z.nullable(companySchema),
      daysLeft: laterField(count()),
      requestedBy: laterField(z.object({ name: nonEmpty() })),
    }),
  ),
  nextCursor: z.nullable(nonEmpty()),
});

export const handoffCreatedSchema = z.object({
  url: z.string().check(valid(isHttpUrl, 'must be an http(s) URL')),
  expiresAt: isoDateTime(),
  sentTo: laterField(nonEmpty()),
});

export const authorizeResultSchema = z.object({
  authorizationUrl: z.string().check(valid(isHttpUrl, 'must be an http(s) URL')),
  state: nonEmpty(),
});

export const companyMismatchSchema = z.object({
  error: z.literal('company_mismatch'),
  linked: companySchema,
  incoming: companySchema,
});

export const vendorPageSchema = z.object({
  items: z.array(z.object({ id: z.nullable(nonEmpty()), name: z.string() })),
  nextCursor: z.nullable(nonEmpty()),
});

/** The `{ error, message? }` body of a non-2xx reply. */
export const errorBodySchema = z.object({ error: nonEmpty(), message: z.optional(z.string()) });

/** A reply as the store holds it, or a typed `invalid_response` error naming what was wrong. */
function parseWith<T>(schema: z.ZodMiniType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const detail = result.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  throw new ConnectionError('invalid_response', `Invalid ${what} from the backend (${detail}).`, { cause: result.error });
}

/** A valid snapshot with the later fields an older backend left out read as null. */
function complete(snapshot: z.infer<typeof snapshotSchema>): ConnectionSnapshot {
  return {
    ...snapshot,
    credentialsExpireAt: snapshot.credentialsExpireAt ?? null,
    connectedAt: snapshot.connectedAt ?? null,
    connectedBy: snapshot.connectedBy ?? null,
    handoff: snapshot.handoff ?? null,
  };
}

export function parseSnapshot(value: unknown): ConnectionSnapshot {
  return complete(parseWith(snapshotSchema, value, 'connection snapshot'));
}

export function parseAuthorizeResult(value: unknown): AuthorizeResult {
  return parseWith(authorizeResultSchema, value, 'authorize reply');
}

export function parseVendorPage(value: unknown): VendorPage {
  return parseWith(vendorPageSchema, value, 'vendor page');
}

export function parseCompany(value: unknown): Company {
  return parseWith(companySchema, value, 'company');
}

const connectedSchema = z.object({ outcome: z.literal('connected'), snapshot: snapshotSchema });
const mismatchSchema = z.object({ outcome: z.literal('company_mismatch'), linked: companySchema, incoming: companySchema });

/** Validates a CompleteResult returned by any adapter (the HTTP adapter builds one from a 200 or a 409). */
export function parseCompleteResult(value: unknown): CompleteResult {
  if ((value as { outcome?: unknown } | null)?.outcome === 'company_mismatch') return parseWith(mismatchSchema, value, 'complete reply');
  const connected = parseWith(connectedSchema, value, 'complete reply');
  return { outcome: 'connected', snapshot: complete(connected.snapshot) };
}

export function parseHistoryPage(value: unknown): HistoryPage {
  const page = parseWith(historyPageSchema, value, 'history page');
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((item) => ({ ...item, daysLeft: item.daysLeft ?? null, requestedBy: item.requestedBy ?? null })),
  };
}

export function parseHandoffCreated(value: unknown): HandoffCreated {
  const created = parseWith(handoffCreatedSchema, value, 'hand-off link');
  return { ...created, sentTo: created.sentTo ?? null };
}
