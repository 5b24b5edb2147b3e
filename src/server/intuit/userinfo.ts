// Intuit's OpenID Connect userinfo: the email of the person a new grant belongs to (asked with `openid email`).
import { z } from 'zod';
import { IntuitUnavailableError } from '../errors.js';
import { isTransient, withRetry, type RetryPolicy } from './retry.js';

/** Intuit answers camelCase JSON; only `sub` and `email` matter here, the rest is ignored. */
const userinfoSchema = z.object({
  sub: z.string().min(1),
  email: z.string().email().max(320).optional(),
  emailVerified: z.boolean().optional(),
});

export interface IntuitUser {
  sub: string;
  email: string | null;
}

/** Reads who signed in with `accessToken`; Intuit down or a malformed reply is `intuit_unavailable`. */
export async function readUserinfo(endpoint: string, accessToken: string, retry: RetryPolicy): Promise<IntuitUser> {
  const response = await withRetry('userinfo', retry, (signal) =>
    fetch(endpoint, { headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' }, signal }),
  );
  if (!response.ok || isTransient(response.status)) {
    await response.body?.cancel();
    throw new IntuitUnavailableError(`Intuit's userinfo answered HTTP ${response.status}.`);
  }
  const parsed = userinfoSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) throw new IntuitUnavailableError("Intuit's userinfo reply did not match the expected shape.");
  return { sub: parsed.data.sub, email: parsed.data.email ?? null };
}
