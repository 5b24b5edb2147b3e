-- Keep-alive bookkeeping on each connection: when its grant last changed and was last probed, the claim (lease) of
-- the process maintaining it, a not-before time after transient failures and 429s, and the expiry warnings sent.
alter table qbo_connections
  -- When the stored grant last changed (a new link or a refresh); kept by the trigger below, from updated_at.
  add column refreshed_at timestamptz,
  -- When a CompanyInfo probe last got an answer that settles the link's health (working or a named fault).
  add column probed_at timestamptz,
  -- A process's claim: set in the same UPDATE that selects due rows (FOR UPDATE SKIP LOCKED); a lapsed lease_until
  -- makes the row claimable again, so a killed process leaves nothing stuck.
  add column lease_owner text,
  add column lease_until timestamptz,
  -- The claim holder about to send a refresh, written (and committed) before the request leaves and cleared when the
  -- claim is released: a process that takes the claim over and finds it set knows a refresh may have reached Intuit
  -- without being stored, and reports what its own refresh finds.
  add column refresh_sent_by text,
  -- Not maintained before this time: after a transient failure, or for every link of a realm Intuit throttled.
  add column not_before timestamptz,
  -- Days-before-expiry thresholds (30, 14, 7, 1) already reported as `expiring`, for the grant made at expiring_grant
  -- (the connection's connected_at then): a new grant starts with none sent.
  add column expiring_notified integer[] not null default '{}',
  add column expiring_grant timestamptz;

update qbo_connections set refreshed_at = updated_at where tokens is not null;

-- Every write that changes the ciphertext of the grant is a new grant or a refresh (encryption uses a fresh IV each
-- time), so refreshed_at follows the tokens wherever they are written, without each writer having to remember it.
create function qbo_connections_refreshed_at() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' or new.tokens is distinct from old.tokens then
    new.refreshed_at := case when new.tokens is null then null else new.updated_at end;
  end if;
  return new;
end
$$;
create trigger qbo_connections_refreshed_at before insert or update of tokens on qbo_connections
  for each row execute function qbo_connections_refreshed_at();

create index qbo_connections_realm on qbo_connections (realm_id);
