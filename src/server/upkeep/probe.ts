// The keep-alive's health check: one CompanyInfo read with the link's token, answered as one of the faults table's
// answers. A 429 is not retried here: Intuit asks for 60 s, which the cycle gives the whole realm.
import { z } from 'zod';
import { IntuitUnavailableError } from '../errors.js';
import { quickbooksUrl } from '../intuit/api.js';
import { apiAnswer, intuitTid, type IntuitAnswer } from '../intuit/faults.js';
import { withRetry, type RetryPolicy } from '../intuit/retry.js';

export type ProbeResult =
  | { ok: true }
  | { ok: false; answer: IntuitAnswer; status: number | null; codes: number[]; intuitTid: string | null };

const companyInfoSchema = z.object({ CompanyInfo: z.object({ CompanyName: z.string() }) });

export async function probeCompany(apiBaseUrl: string, realmId: string, accessToken: string, policy: RetryPolicy): Promise<ProbeResult> {
  const url = quickbooksUrl(apiBaseUrl, realmId, `/companyinfo/${encodeURIComponent(realmId)}`);
  let response: Response;
  try {
    response = await withRetry(
      'CompanyInfo probe',
      policy,
      (signal) => fetch(url, { headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' }, signal }),
      { retryable: (status) => status >= 500 },
    );
  } catch (error) {
    if (!(error instanceof IntuitUnavailableError)) throw error;
    return { ok: false, answer: { kind: 'unavailable', status: error.intuitStatus }, status: error.intuitStatus, codes: [], intuitTid: error.intuitTid };
  }
  const tid = intuitTid(response);
  if (response.ok) {
    // A success that is not CompanyInfo proves nothing: counted as Intuit being unwell, tried again later.
    const body: unknown = await response.json().catch(() => null);
    if (companyInfoSchema.safeParse(body).success) return { ok: true };
    return { ok: false, answer: { kind: 'unavailable', status: response.status }, status: response.status, codes: [], intuitTid: tid };
  }
  const answer = await apiAnswer(response);
  await response.body?.cancel();
  return { ok: false, answer, status: response.status, codes: answer.codes, intuitTid: tid };
}
