-- Connection events: written in the same transaction as the change they report (an outbox), delivered after commit
-- to the host's hook and webhook, and kept as each tenant's history.
create table qbo_events (
  -- Global order of writing; the history cursor and per-tenant delivery order follow it.
  seq bigint generated always as identity primary key,
  -- Public, stable id (the webhook's `webhook-id`), so a receiver can drop duplicates.
  id text not null unique,
  tenant_id text not null,
  type text not null,
  at timestamptz not null,
  reason text,
  realm_id text,
  company_name text,
  actor_name text,
  actor_email text,
  days_left integer,
  requested_by text,
  -- Delivery (outbox) bookkeeping; null delivered_at means the dispatcher still owes this event.
  delivered_at timestamptz,
  attempts integer not null default 0,
  next_attempt_at timestamptz not null,
  lease_owner text,
  lease_until timestamptz,
  last_error text
);
create index qbo_events_tenant_seq on qbo_events (tenant_id, seq desc);
create index qbo_events_undelivered on qbo_events (tenant_id, seq) where delivered_at is null;
