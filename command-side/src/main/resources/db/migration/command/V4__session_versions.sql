-- An account's access tokens carry its session version (claim sv); signing out or being deactivated raises
-- it, and every process then refuses the older tokens (EndedSessions). Processes keep in memory only the
-- sessions ended within one access-token lifetime, read through the index below when they start listening,
-- and learn of later ones from the notification the trigger sends when the transaction commits
-- (id:version:active; an inactive account's live connections are closed by its deactivation event).
ALTER TABLE account ADD COLUMN session_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE account ADD COLUMN sessions_ended_at TIMESTAMPTZ;
CREATE INDEX account_sessions_ended_idx ON account (sessions_ended_at) WHERE sessions_ended_at IS NOT NULL;

CREATE FUNCTION tandem_notify_sessions_ended() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('tandem_sessions', NEW.id::text || ':' || NEW.session_version || ':' || NEW.active);
    RETURN NULL;
END
$$;

CREATE TRIGGER account_sessions_ended
    AFTER UPDATE OF session_version ON account
    FOR EACH ROW WHEN (NEW.session_version > OLD.session_version)
    EXECUTE FUNCTION tandem_notify_sessions_ended();
