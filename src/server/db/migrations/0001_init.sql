-- The connection per tenant, the OAuth states issued, pending grants of an unconfirmed company switch, spent codes.
create table qbo_connections (
  tenant_id text primary key,
  link_state text not null,
  inactive_reason text,
  realm_id text,
  company_name text,
  -- AES-256-GCM ciphertext of the Intuit grant; null when no grant is held.
  tokens text,
  credentials_expire_at timestamptz,
  connected_at timestamptz,
  connected_by text,
  ever_reconnected boolean not null default false,
  version integer not null default 0,
  updated_at timestamptz not null
);

create table qbo_oauth_states (
  state_hash text primary key,
  tenant_id text not null,
  redirect_uri text not null,
  expires_at timestamptz not null,
  used_at timestamptz
);
create index qbo_oauth_states_expires_at on qbo_oauth_states (expires_at);

create table qbo_pending_grants (
  state_hash text primary key,
  tenant_id text not null,
  code_hash text not null,
  realm_id text not null,
  company_name text not null,
  tokens text not null,
  connected_by text,
  expires_at timestamptz not null
);
create index qbo_pending_grants_expires_at on qbo_pending_grants (expires_at);

create table qbo_used_codes (
  code_hash text primary key,
  tenant_id text not null,
  used_at timestamptz not null
);
