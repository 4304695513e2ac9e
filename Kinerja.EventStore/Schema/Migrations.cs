namespace Kinerja.EventStore.Schema;

/// <summary>
/// The store's schema, as numbered steps. A step is never edited once released: a change is a new step,
/// so every database can be brought from any earlier version to the current one.
/// </summary>
internal static class Migrations
{
    public const string SchemaName = "event_store";

    public static readonly IReadOnlyList<(int Version, string Sql)> Steps =
    [
        (1, """
            CREATE TABLE event_store.streams (
                id          text PRIMARY KEY,
                type        text NOT NULL,
                tenant      text NOT NULL,
                version     bigint NOT NULL,
                last_hash   bytea NOT NULL,
                created_at  timestamptz NOT NULL,
                updated_at  timestamptz NOT NULL
            );

            -- Readers follow (tx_id, seq), never seq alone: see docs/adr/0002-global-order.md.
            CREATE TABLE event_store.events (
                seq          bigint GENERATED ALWAYS AS IDENTITY,
                tx_id        bigint NOT NULL DEFAULT (pg_current_xact_id()::text)::bigint,
                event_id     uuid NOT NULL,
                stream_id    text NOT NULL,
                version      bigint NOT NULL,
                type         text NOT NULL,
                data         json NOT NULL,
                metadata     json NOT NULL,
                tenant       text NOT NULL,
                recorded_at  timestamptz NOT NULL,
                hash         bytea NOT NULL,
                -- The global order is the key: one index serves feeds, projections and uniqueness.
                CONSTRAINT events_global_order PRIMARY KEY (tx_id, seq),
                CONSTRAINT events_stream_version UNIQUE (stream_id, version)
            );

            CREATE TABLE event_store.projection_progress (
                name               text PRIMARY KEY,
                tx_id              bigint NOT NULL DEFAULT 0,
                seq                bigint NOT NULL DEFAULT 0,
                rebuild_requested  boolean NOT NULL DEFAULT false,
                owner              text,
                updated_at         timestamptz NOT NULL DEFAULT now()
            );

            CREATE TABLE event_store.outbox (
                seq           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                tx_id         bigint NOT NULL DEFAULT (pg_current_xact_id()::text)::bigint,
                id            uuid NOT NULL UNIQUE,
                message_type  text NOT NULL,
                body          json NOT NULL,
                headers       json NOT NULL,
                ordering_key  text NOT NULL,
                created_at    timestamptz NOT NULL,
                sent_at       timestamptz,
                attempts      integer NOT NULL DEFAULT 0,
                last_error    text
            );
            CREATE INDEX outbox_unsent ON event_store.outbox (tx_id, seq) WHERE sent_at IS NULL;

            CREATE TABLE event_store.inbox (
                consumer     text NOT NULL,
                message_id   uuid NOT NULL,
                consumed_at  timestamptz NOT NULL,
                PRIMARY KEY (consumer, message_id)
            );

            -- The hash chain's canonical encoding: every field length-prefixed, times in microseconds.
            -- HashChain/EventDigest.cs computes the same bytes; the verification tests prove they agree.
            CREATE FUNCTION event_store.framed(p text) RETURNS bytea
                LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
                AS $$ SELECT int4send(octet_length(convert_to(p, 'UTF8'))) || convert_to(p, 'UTF8') $$;

            CREATE FUNCTION event_store.event_digest(
                p_stream text, p_version bigint, p_type text, p_data text, p_metadata text, p_recorded timestamptz)
                RETURNS bytea LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
                AS $$ SELECT event_store.framed(p_stream) || int8send(p_version) || event_store.framed(p_type)
                          || event_store.framed(p_data) || event_store.framed(p_metadata)
                          || int8send((extract(epoch FROM p_recorded) * 1000000)::bigint) $$;

            -- One round trip per stream: check the expected version, chain the hashes, move the stream head, insert.
            -- The head moves with "WHERE version = <read>", so a concurrent writer makes it fail cleanly:
            -- a stale version raises KN409 before any event row is written, never a unique violation.
            CREATE FUNCTION event_store.append_events(
                p_stream text, p_stream_type text, p_tenant text, p_expected bigint,
                p_ids uuid[], p_types text[], p_data text[], p_metadata text, p_recorded timestamptz)
                RETURNS bigint LANGUAGE plpgsql AS $$
            DECLARE
                v_version bigint;
                v_hash bytea;
                v_hashes bytea[];
                v_count int := cardinality(p_ids);
                -- event_digest's encoding, inlined: a SQL function call per event costs more than the whole insert.
                v_stream bytea := event_store.framed(p_stream);
                v_metadata bytea := event_store.framed(p_metadata);
                v_time bytea := int8send((extract(epoch FROM p_recorded) * 1000000)::bigint);
                v_type bytea;
                v_data bytea;
            BEGIN
                LOOP
                    v_version := NULL;
                    IF p_expected <> 0 THEN
                        SELECT version, last_hash INTO v_version, v_hash FROM event_store.streams WHERE id = p_stream;
                        IF p_expected > 0 AND v_version IS DISTINCT FROM p_expected THEN
                            RAISE EXCEPTION USING ERRCODE = 'KN409',
                                MESSAGE = format('concurrency:%s:%s:%s', p_expected, coalesce(v_version, 0), p_stream);
                        END IF;
                    END IF;
                    v_hash := coalesce(v_hash, '\x'::bytea);
                    v_hashes := '{}';
                    FOR i IN 1..v_count LOOP
                        v_type := convert_to(p_types[i], 'UTF8');
                        v_data := convert_to(p_data[i], 'UTF8');
                        v_hash := sha256(v_hash || v_stream || int8send(coalesce(v_version, 0) + i)
                            || int4send(length(v_type)) || v_type || int4send(length(v_data)) || v_data || v_metadata || v_time);
                        v_hashes[i] := v_hash;
                    END LOOP;
                    IF v_version IS NULL THEN
                        INSERT INTO event_store.streams (id, type, tenant, version, last_hash, created_at, updated_at)
                        VALUES (p_stream, p_stream_type, p_tenant, v_count, v_hash, p_recorded, p_recorded)
                        ON CONFLICT (id) DO NOTHING;
                    ELSE
                        UPDATE event_store.streams SET version = v_version + v_count, last_hash = v_hash, updated_at = p_recorded
                        WHERE id = p_stream AND version = v_version;
                    END IF;
                    EXIT WHEN FOUND;
                    IF p_expected >= 0 THEN
                        RAISE EXCEPTION USING ERRCODE = 'KN409', MESSAGE = format('concurrency:%s:%s:%s', p_expected,
                            (SELECT version FROM event_store.streams WHERE id = p_stream), p_stream);
                    END IF;
                    -- "Any": another writer moved the head first; read it again.
                END LOOP;
                INSERT INTO event_store.events (event_id, stream_id, version, type, data, metadata, tenant, recorded_at, hash)
                SELECT e.id, p_stream, coalesce(v_version, 0) + e.n, e.type, e.data::json, p_metadata::json, p_tenant, p_recorded, e.hash
                FROM unnest(p_ids, p_types, p_data, v_hashes) WITH ORDINALITY AS e(id, type, data, hash, n);
                RETURN coalesce(v_version, 0) + v_count;
            END $$;
            """),
    ];
}
