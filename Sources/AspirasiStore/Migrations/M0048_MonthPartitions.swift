extension Migration {
    /// Reports, events, inbound messages and deliveries partitioned by month (issue 17, item 4): RANGE
    /// partitions on ids that begin with their month (`aspirasi_next_id`), so the primary keys and every
    /// foreign key to them stay as they were; existing rows and their ids become each table's legacy
    /// partition; unique keys without the id (tracking numbers, (channel, external id), idempotency keys)
    /// move to key tables. See DESIGN.md, "Partitions".
    static let m0048MonthPartitions = Migration(
        "0048_month_partitions",
        [
            // Ids carry their month: YYYYMM (Jakarta time, as tracking numbers) times 10^10 plus the table's sequence.
            #"""
            CREATE FUNCTION aspirasi_month_id(at timestamptz, n bigint) RETURNS bigint
            LANGUAGE sql STABLE STRICT PARALLEL SAFE AS $$
                SELECT to_char(at AT TIME ZONE 'Asia/Jakarta', 'YYYYMM')::bigint * 10000000000 + n
            $$
            """#,
            #"""
            CREATE FUNCTION aspirasi_next_id(seq regclass) RETURNS bigint
            LANGUAGE sql VOLATILE STRICT AS $$ SELECT aspirasi_month_id(now(), nextval(seq)) $$
            """#,
            // Turns one table into a table partitioned by id, its rows kept as the partition `<table>_legacy` below
            // `bound`: indexes, triggers and foreign keys (from it and to it) move to the parent under their names.
            // A unique key without the id cannot be declared on the parent; the caller puts a key table in its place.
            // (An old foreign key to a partitioned table is made anew after the attach: reusing it fails in PostgreSQL 15.)
            #"""
            CREATE FUNCTION aspirasi_partition_by_month(tbl text, bound bigint) RETURNS void LANGUAGE plpgsql AS $$
            DECLARE
                legacy text := tbl || '_legacy';
                r record;
            BEGIN
                EXECUTE format('ALTER TABLE %I RENAME TO %I', tbl, legacy);
                CREATE TEMP TABLE partition_indexes ON COMMIT DROP AS
                    SELECT c.relname::text AS name, i.indisprimary AS primary_key, i.indisunique AS is_unique,
                           pg_get_indexdef(i.indexrelid) AS def, con.conname::text AS constraint_name
                    FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                    LEFT JOIN pg_constraint con ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid
                                               AND con.contype IN ('p', 'u')
                    WHERE i.indrelid = legacy::regclass;
                CREATE TEMP TABLE partition_foreign_keys ON COMMIT DROP AS
                    SELECT conname::text AS name, conrelid::regclass::text AS referencing,
                           pg_get_constraintdef(oid) AS def,
                           conrelid = confrelid OR (SELECT relkind = 'p' FROM pg_class WHERE oid = confrelid) AS self
                    FROM pg_constraint WHERE contype = 'f' AND conparentid = 0
                      AND (conrelid = legacy::regclass OR confrelid = legacy::regclass);
                -- Foreign keys from the table to others are declared on the parent before the legacy table is attached,
                -- which then keeps its own (already valid); the ones that point at the table itself are made anew.
                CREATE TEMP TABLE partition_triggers ON COMMIT DROP AS
                    SELECT tgname::text AS name, pg_get_triggerdef(oid) AS def
                    FROM pg_trigger WHERE tgrelid = legacy::regclass AND NOT tgisinternal;
                FOR r IN SELECT * FROM partition_indexes LOOP
                    EXECUTE format('ALTER INDEX %I RENAME TO %I', r.name, left(r.name, 56) || '_legacy');
                END LOOP;
                EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING STORAGE '
                               'INCLUDING COMMENTS INCLUDING STATISTICS) PARTITION BY RANGE (id)', tbl, legacy);
                EXECUTE format('ALTER TABLE %I ALTER COLUMN id SET DEFAULT aspirasi_next_id(%L)', tbl, tbl || '_id_seq');
                EXECUTE format('ALTER TABLE %I ALTER COLUMN id DROP DEFAULT', legacy);
                EXECUTE format('ALTER SEQUENCE %I OWNED BY %I.id MAXVALUE 9999999999', tbl || '_id_seq', tbl);
                FOR r IN SELECT * FROM partition_indexes LOOP
                    IF r.primary_key THEN
                        EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I PRIMARY KEY (id)', tbl, r.name);
                    ELSIF r.is_unique THEN
                        EXECUTE regexp_replace(r.def, '^CREATE UNIQUE INDEX \S+ ON \S+ ',
                                               format('CREATE INDEX %I ON %I ', r.name, tbl));
                        IF r.constraint_name IS NOT NULL THEN
                            EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', legacy, left(r.name, 56) || '_legacy');
                        ELSE
                            EXECUTE format('DROP INDEX %I', left(r.name, 56) || '_legacy');
                        END IF;
                    ELSE
                        EXECUTE regexp_replace(r.def, '^CREATE INDEX \S+ ON \S+ ', format('CREATE INDEX %I ON %I ', r.name, tbl));
                    END IF;
                END LOOP;
                FOR r IN SELECT * FROM partition_foreign_keys LOOP
                    IF r.referencing = legacy AND NOT r.self THEN
                        EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I %s', tbl, r.name, r.def);
                    ELSE
                        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', r.referencing, r.name);
                    END IF;
                END LOOP;
                FOR r IN SELECT * FROM partition_triggers LOOP
                    EXECUTE format('DROP TRIGGER %I ON %I', r.name, legacy);
                    EXECUTE regexp_replace(r.def, ' ON \S+ ', format(' ON %I ', tbl));
                END LOOP;
                EXECUTE format('ALTER TABLE %I ATTACH PARTITION %I FOR VALUES FROM (MINVALUE) TO (%s)', tbl, legacy, bound);
                FOR r IN SELECT * FROM partition_foreign_keys WHERE referencing <> legacy OR self LOOP
                    EXECUTE format('ALTER TABLE %s ADD CONSTRAINT %I %s',
                                   CASE WHEN r.referencing = legacy THEN quote_ident(tbl) ELSE r.referencing END, r.name,
                                   regexp_replace(r.def, 'REFERENCES ' || legacy || '\(', 'REFERENCES ' || tbl || '('));
                END LOOP;
                DROP TABLE partition_indexes, partition_foreign_keys, partition_triggers;
            END $$
            """#,
            // The month partitions from the month of `at` to `months_ahead` later, for the four tables; returns how
            // many it made. `MonthPartitions` (the maintenance worker) calls it under an advisory lock.
            #"""
            CREATE FUNCTION aspirasi_create_month_partitions(months_ahead int, at timestamptz DEFAULT now()) RETURNS int
            LANGUAGE plpgsql AS $$
            DECLARE
                tbl text;
                month date;
                name text;
                created int := 0;
            BEGIN
                FOREACH tbl IN ARRAY ARRAY['reports', 'report_events', 'inbound_messages', 'deliveries'] LOOP
                    FOR k IN 0..months_ahead LOOP
                        month := (date_trunc('month', at AT TIME ZONE 'Asia/Jakarta') + make_interval(months => k))::date;
                        name := tbl || '_' || to_char(month, 'YYYY_MM');
                        CONTINUE WHEN to_regclass(name) IS NOT NULL;
                        EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES FROM (%s) TO (%s)', name, tbl,
                                       aspirasi_month_id(month::timestamp AT TIME ZONE 'Asia/Jakarta', 0),
                                       aspirasi_month_id((month + interval '1 month')::timestamp AT TIME ZONE 'Asia/Jakarta', 0));
                        created := created + 1;
                    END LOOP;
                END LOOP;
                RETURN created;
            END $$
            """#,
            // Existing rows, of any month, stay where they are with their ids. Their ids are plain sequence numbers, far
            // below any month-encoded id, so the legacy partition ends where January 2000's ids begin: a month before
            // the migration can still have a partition of its own (a history loaded later, the demo's months).
            #"""
            DO $$
            DECLARE
                bound bigint := aspirasi_month_id('2000-01-01 00:00+07', 0);
                tbl text;
                highest bigint;
            BEGIN
                FOREACH tbl IN ARRAY ARRAY['reports', 'report_events', 'inbound_messages', 'deliveries'] LOOP
                    EXECUTE format('SELECT max(id) FROM %I', tbl) INTO highest;
                    IF highest >= bound THEN
                        RAISE EXCEPTION '% has ids from % up: they cannot stay in its legacy partition', tbl, bound;
                    END IF;
                    PERFORM aspirasi_partition_by_month(tbl, bound);
                END LOOP;
            END $$
            """#,
            #"""
            DROP FUNCTION aspirasi_partition_by_month(text, bigint)
            """#,
            // The unique keys the parents cannot hold: a narrow, unpartitioned table each, filled from the existing
            // rows. A foreign key from (key, id) makes every row own its key row, and the key table's primary key
            // allows one row per key: the same guarantee as the unique constraint it replaces. The foreign key is
            // checked at the end of each statement, like any other; a key that changes (a citizen's erasure rewrites
            // it) has a trigger move its row and defer the check to commit, as the row and its key row differ in
            // between. (Deferred for every statement, a violation would be reported at an autocommit's implicit
            // commit, after the statement's completion, where a driver may not look for it.)
            #"""
            CREATE TABLE report_tracking_numbers (
                tracking_number text PRIMARY KEY,
                report_id bigint NOT NULL,
                UNIQUE (tracking_number, report_id)
            )
            """#,
            #"""
            INSERT INTO report_tracking_numbers SELECT tracking_number, id FROM reports
            """#,
            #"""
            ALTER TABLE reports ADD CONSTRAINT reports_tracking_number_fkey FOREIGN KEY (tracking_number, id)
                REFERENCES report_tracking_numbers (tracking_number, report_id) DEFERRABLE INITIALLY IMMEDIATE
            """#,
            // A tracking number taken twice fails with unique_violation, as the unique constraint did.
            #"""
            CREATE FUNCTION aspirasi_claim_tracking_number() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO report_tracking_numbers (tracking_number, report_id) VALUES (NEW.tracking_number, NEW.id);
                RETURN NEW;
            END $$
            """#,
            #"""
            CREATE TRIGGER reports_tracking_number_claim BEFORE INSERT ON reports
                FOR EACH ROW EXECUTE FUNCTION aspirasi_claim_tracking_number()
            """#,
            #"""
            CREATE FUNCTION aspirasi_move_tracking_number() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                SET CONSTRAINTS reports_tracking_number_fkey DEFERRED;
                UPDATE report_tracking_numbers SET tracking_number = NEW.tracking_number
                WHERE tracking_number = OLD.tracking_number AND report_id = OLD.id;
                RETURN NEW;
            END $$
            """#,
            #"""
            CREATE TRIGGER reports_tracking_number_move BEFORE UPDATE OF tracking_number ON reports
                FOR EACH ROW WHEN (NEW.tracking_number IS DISTINCT FROM OLD.tracking_number)
                EXECUTE FUNCTION aspirasi_move_tracking_number()
            """#,
            #"""
            CREATE TABLE inbound_message_keys (
                channel text NOT NULL,
                external_id text NOT NULL,
                message_id bigint NOT NULL,
                PRIMARY KEY (channel, external_id),
                UNIQUE (channel, external_id, message_id)
            )
            """#,
            #"""
            INSERT INTO inbound_message_keys SELECT channel, external_id, id FROM inbound_messages
            """#,
            #"""
            ALTER TABLE inbound_messages ADD CONSTRAINT inbound_messages_key_fkey FOREIGN KEY (channel, external_id, id)
                REFERENCES inbound_message_keys (channel, external_id, message_id) DEFERRABLE INITIALLY IMMEDIATE
            """#,
            // A message seen before is skipped, as the intake's ON CONFLICT DO NOTHING did (also under concurrency:
            // the key insert waits for the other transaction's).
            #"""
            CREATE FUNCTION aspirasi_claim_message_key() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO inbound_message_keys (channel, external_id, message_id) VALUES (NEW.channel, NEW.external_id, NEW.id)
                ON CONFLICT DO NOTHING;
                IF FOUND THEN RETURN NEW; END IF;
                RETURN NULL;
            END $$
            """#,
            #"""
            CREATE TRIGGER inbound_messages_key_claim BEFORE INSERT ON inbound_messages
                FOR EACH ROW EXECUTE FUNCTION aspirasi_claim_message_key()
            """#,
            #"""
            CREATE FUNCTION aspirasi_move_message_key() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                SET CONSTRAINTS inbound_messages_key_fkey DEFERRED;
                UPDATE inbound_message_keys SET channel = NEW.channel, external_id = NEW.external_id
                WHERE channel = OLD.channel AND external_id = OLD.external_id AND message_id = OLD.id;
                RETURN NEW;
            END $$
            """#,
            #"""
            CREATE TRIGGER inbound_messages_key_move BEFORE UPDATE OF channel, external_id ON inbound_messages
                FOR EACH ROW WHEN ((NEW.channel, NEW.external_id) IS DISTINCT FROM (OLD.channel, OLD.external_id))
                EXECUTE FUNCTION aspirasi_move_message_key()
            """#,
            #"""
            CREATE TABLE delivery_keys (
                idempotency_key text PRIMARY KEY,
                delivery_id bigint NOT NULL,
                UNIQUE (idempotency_key, delivery_id)
            )
            """#,
            #"""
            INSERT INTO delivery_keys SELECT idempotency_key, id FROM deliveries
            """#,
            #"""
            ALTER TABLE deliveries ADD CONSTRAINT deliveries_idempotency_key_fkey FOREIGN KEY (idempotency_key, id)
                REFERENCES delivery_keys (idempotency_key, delivery_id) DEFERRABLE INITIALLY IMMEDIATE
            """#,
            // A delivery whose idempotency key exists is skipped, as `OutboxEnqueue.onConflict` did.
            #"""
            CREATE FUNCTION aspirasi_claim_delivery_key() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO delivery_keys (idempotency_key, delivery_id) VALUES (NEW.idempotency_key, NEW.id)
                ON CONFLICT DO NOTHING;
                IF FOUND THEN RETURN NEW; END IF;
                RETURN NULL;
            END $$
            """#,
            #"""
            CREATE TRIGGER deliveries_key_claim BEFORE INSERT ON deliveries
                FOR EACH ROW EXECUTE FUNCTION aspirasi_claim_delivery_key()
            """#,
            #"""
            CREATE FUNCTION aspirasi_move_delivery_key() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                SET CONSTRAINTS deliveries_idempotency_key_fkey DEFERRED;
                UPDATE delivery_keys SET idempotency_key = NEW.idempotency_key
                WHERE idempotency_key = OLD.idempotency_key AND delivery_id = OLD.id;
                RETURN NEW;
            END $$
            """#,
            #"""
            CREATE TRIGGER deliveries_key_move BEFORE UPDATE OF idempotency_key ON deliveries
                FOR EACH ROW WHEN (NEW.idempotency_key IS DISTINCT FROM OLD.idempotency_key)
                EXECUTE FUNCTION aspirasi_move_delivery_key()
            """#,
            #"""
            SELECT aspirasi_create_month_partitions(3)
            """#,
        ])
}
