// QuickBooks Online API calls as request/process pairs: the request sends, the process step validates with zod.
import { z } from 'zod';
import { IntuitUnavailableError, QboServerError } from '../errors.js';
import { withRetry, type RetryPolicy } from './retry.js';

/** `path` is relative to /v3/company/{realmId} unless it already starts with /v3/. */
export function quickbooksUrl(apiBaseUrl: string, realmId: string, path: string): URL {
  const full = path.startsWith('/v3/') ? path : `/v3/company/${encodeURIComponent(realmId)}${path.startsWith('/') ? '' : '/'}${path}`;
  return new URL(full, apiBaseUrl);
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/**
 * One authorized QuickBooks call; JSON is asked for because the default is XML. Reads are retried on 429/5xx and
 * network failures; a POST only on 429, since after a 5xx Intuit may have created the entity already.
 */
export function quickbooksRequest(
  url: URL,
  accessToken: string,
  policy: RetryPolicy,
  init: RequestInit = {},
): Promise<Response> {
  const idempotent = IDEMPOTENT.has((init.method ?? 'GET').toUpperCase());
  const retry = idempotent ? {} : { retryable: (status: number) => status === 429, retryFailures: false };
  return withRetry('QuickBooks API call', policy, (signal) => {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${accessToken}`);
    if (!headers.has('accept')) headers.set('accept', 'application/json');
    return fetch(url, { ...init, headers, signal: init.signal ? AbortSignal.any([init.signal, signal]) : signal });
  }, retry);
}

const companyInfoSchema = z.object({
  CompanyInfo: z.object({ CompanyName: z.string().min(1) }),
});

export function companyInfoRequest(apiBaseUrl: string, realmId: string, accessToken: string, policy: RetryPolicy) {
  const id = encodeURIComponent(realmId);
  return quickbooksRequest(quickbooksUrl(apiBaseUrl, realmId, `/companyinfo/${id}`), accessToken, policy);
}

/** The company's name; any refusal means this token cannot read that realm, so nothing may be linked. */
export async function processCompanyInfoResponse(response: Response): Promise<{ name: string }> {
  if (!response.ok) {
    await response.body?.cancel();
    throw new QboServerError('realm_not_authorized', `The new grant cannot read this company (HTTP ${response.status}).`);
  }
  const parsed = companyInfoSchema.safeParse(await readJson(response));
  if (!parsed.success) throw new IntuitUnavailableError('CompanyInfo reply did not match the expected shape.');
  return { name: parsed.data.CompanyInfo.CompanyName };
}

const vendorQuerySchema = z.object({
  QueryResponse: z.object({
    // Absent past the last row: Intuit's empty last page, not an error.
    Vendor: z.array(z.object({ Id: z.string().min(1), DisplayName: z.string() })).optional(),
  }),
});

/** The query text QuickBooks expects; positions are 1-based. */
export function vendorQuery(startPosition: number, maxResults: number): string {
  return `select Id, DisplayName from Vendor startposition ${startPosition} maxresults ${maxResults}`;
}

export async function processVendorQueryResponse(response: Response): Promise<Array<{ id: string; name: string }>> {
  if (!response.ok) {
    await response.body?.cancel();
    throw new IntuitUnavailableError(`The vendor query answered HTTP ${response.status}.`);
  }
  const parsed = vendorQuerySchema.safeParse(await readJson(response));
  if (!parsed.success) throw new IntuitUnavailableError('Vendor query reply did not match the expected shape.');
  return (parsed.data.QueryResponse.Vendor ?? []).map((vendor) => ({ id: vendor.Id, name: vendor.DisplayName }));
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch (error) {
    throw new IntuitUnavailableError('QuickBooks sent a reply that is not JSON.', { cause: error });
  }
}
