-- Hand-off requests: a link a host user sends to a QuickBooks admin so that person can reconnect the tenant's
-- company. Only the SHA-256 of the link's token is stored; the token itself exists only in the link.
create table qbo_handoffs (
  token_hash text primary key,
  tenant_id text not null,
  -- The company the request was made for: the link reconnects this company (or, confirmed, switches from it).
  realm_id text not null,
  company_name text not null,
  requested_by text,
  email text,
  note text,
  lang text not null,
  requested_at timestamptz not null,
  expires_at timestamptz not null,
  -- The OAuth state of the latest sign-in started from the link (its hash), so only that sign-in can complete it.
  state_hash text,
  -- Set once: completed, cancelled, replaced or expired. An open request has none.
  closed_at timestamptz,
  closed_reason text
);
-- At most one open request per tenant; a newer one closes the older in the same transaction.
create unique index qbo_handoffs_one_open on qbo_handoffs (tenant_id) where closed_at is null;
-- The rate limit counts a tenant's requests of the last hour.
create index qbo_handoffs_tenant_requested on qbo_handoffs (tenant_id, requested_at desc);
create index qbo_handoffs_open_expiry on qbo_handoffs (expires_at) where closed_at is null;
