-- Event delivery: an event the dispatcher stopped retrying (eventDelivery.giveUpAfter passed) is marked given up
-- rather than delivered, so the row still tells what happened and the tenant's next events can go out.
alter table qbo_events add column given_up_at timestamptz;
-- The operator's view filters and pages connections by state and by credentials expiry.
create index qbo_connections_expiry on qbo_connections (credentials_expire_at) where credentials_expire_at is not null;
