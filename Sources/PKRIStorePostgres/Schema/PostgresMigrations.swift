/// pkri's PostgreSQL schema, as named migrations applied in order. A
/// migration is never edited once shipped: add a new one. Each mirrors the
/// meaning of the SQLite workspace's (PKRIStore/Workspace/Migrations.swift);
/// ids and anything ordered against Swift's byte order use `COLLATE "C"`,
/// so a server's locale never changes an order the result cache relies on.
enum PostgresMigrations {
    struct Migration {
        let name: String
        let sql: String
    }

    /// The table that records applied migrations; its presence makes a database a pkri workspace.
    static let ledger = "pkri_migrations"

    static let all: [Migration] = [
        Migration(name: "0001-registry", sql: """
            CREATE TABLE agency (
                id text COLLATE "C" PRIMARY KEY,
                name text NOT NULL,
                type text NOT NULL,
                region text COLLATE "C",
                parent text COLLATE "C",
                extra text NOT NULL DEFAULT '{}'
            );
            CREATE INDEX agency_region ON agency (region);
            CREATE INDEX agency_parent ON agency (parent);
            CREATE TABLE innovation (
                id text COLLATE "C" PRIMARY KEY,
                name text NOT NULL,
                agency text COLLATE "C" NOT NULL,
                kipp_year integer,
                kipp_award text,
                replicates text COLLATE "C",
                status text,
                extra text NOT NULL DEFAULT '{}'
            );
            CREATE INDEX innovation_agency ON innovation (agency);
            CREATE INDEX innovation_replicates ON innovation (replicates);
            """),
        Migration(name: "0002-templates", sql: """
            CREATE TABLE template (
                id text COLLATE "C" NOT NULL,
                version text COLLATE "C" NOT NULL,
                sha256 text NOT NULL,
                xml bytea NOT NULL,
                added_at text NOT NULL,
                -- Order of adding, the tie-break between equal added_at (SQLite's rowid).
                seq bigint GENERATED ALWAYS AS IDENTITY,
                PRIMARY KEY (id, version)
            );
            """),
        Migration(name: "0003-submissions", sql: """
            CREATE TABLE submission (
                id text COLLATE "C" PRIMARY KEY,
                template text COLLATE "C" NOT NULL,
                template_version text COLLATE "C" NOT NULL,
                subject text COLLATE "C" NOT NULL,
                assessor text NOT NULL,
                role text NOT NULL,
                stage text,
                status text NOT NULL,
                created text NOT NULL,
                updated text NOT NULL,
                -- Answers as JSON ([Answer], Answer.storedJSON); the document is rebuilt on export.
                answers text NOT NULL
            );
            CREATE INDEX submission_subject ON submission (subject, updated, id);
            -- Results read one template version's submissions in subject order.
            CREATE INDEX submission_results ON submission (template, template_version, subject, id);
            -- Each submission's index values, keyed by the hash of the template text that computed them.
            CREATE TABLE score (
                submission text COLLATE "C" NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
                template_sha256 text NOT NULL,
                index_id text COLLATE "C" NOT NULL,
                value text,
                band text,
                PRIMARY KEY (submission, index_id)
            );
            """),
        Migration(name: "0004-audit", sql: """
            CREATE TABLE audit (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                at text NOT NULL,
                actor text NOT NULL,
                -- Who acted through pkri (Principal: local:NAME or user:NAME).
                principal text,
                submission text COLLATE "C" NOT NULL,
                subject text COLLATE "C" NOT NULL,
                question text,
                field text NOT NULL,
                old text,
                new text
            );
            CREATE INDEX audit_subject ON audit (subject, seq);
            -- The log is append-only: history is never rewritten.
            CREATE FUNCTION pkri_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$;
            CREATE TRIGGER audit_no_update BEFORE UPDATE OR DELETE ON audit
                FOR EACH ROW EXECUTE FUNCTION pkri_audit_append_only();
            CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
                FOR EACH STATEMENT EXECUTE FUNCTION pkri_audit_append_only();
            """),
        Migration(name: "0005-result-cache", sql: """
            -- Each subject's combined results, keyed by the identity of the
            -- template text that computed them. Triggers drop a subject's rows
            -- in the transaction that changes any of its submissions or their
            -- scores, so a row that exists is never stale.
            CREATE TABLE result (
                template_identity text COLLATE "C" NOT NULL,
                subject text COLLATE "C" NOT NULL,
                index_id text COLLATE "C" NOT NULL,
                value text, band text,
                assessors integer NOT NULL,
                spread text,
                disagreement boolean NOT NULL,
                claimed text, gap text,
                state text NOT NULL,
                PRIMARY KEY (subject, template_identity, index_id)
            );
            -- A row says every registered subject has rows for that identity.
            CREATE TABLE result_complete (template_identity text COLLATE "C" PRIMARY KEY);
            CREATE FUNCTION pkri_result_stale_submission() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP IN ('UPDATE', 'DELETE') THEN DELETE FROM result WHERE subject = OLD.subject; END IF;
                IF TG_OP IN ('UPDATE', 'INSERT') THEN DELETE FROM result WHERE subject = NEW.subject; END IF;
                DELETE FROM result_complete;
                RETURN NULL;
            END $$;
            CREATE TRIGGER result_stale_on_submission AFTER INSERT OR UPDATE OR DELETE ON submission
                FOR EACH ROW EXECUTE FUNCTION pkri_result_stale_submission();
            CREATE FUNCTION pkri_result_stale_score() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP IN ('UPDATE', 'DELETE') THEN
                    DELETE FROM result WHERE subject = (SELECT subject FROM submission WHERE id = OLD.submission);
                END IF;
                IF TG_OP IN ('UPDATE', 'INSERT') THEN
                    DELETE FROM result WHERE subject = (SELECT subject FROM submission WHERE id = NEW.submission);
                END IF;
                DELETE FROM result_complete;
                RETURN NULL;
            END $$;
            CREATE TRIGGER result_stale_on_score AFTER INSERT OR UPDATE OR DELETE ON score
                FOR EACH ROW EXECUTE FUNCTION pkri_result_stale_score();
            CREATE FUNCTION pkri_result_incomplete() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN DELETE FROM result_complete; RETURN NULL; END $$;
            CREATE TRIGGER result_incomplete_on_innovation AFTER INSERT ON innovation
                FOR EACH ROW EXECUTE FUNCTION pkri_result_incomplete();
            CREATE TRIGGER result_incomplete_on_agency AFTER INSERT ON agency
                FOR EACH ROW EXECUTE FUNCTION pkri_result_incomplete();
            CREATE TRIGGER result_incomplete_on_result_delete AFTER DELETE ON result
                FOR EACH STATEMENT EXECUTE FUNCTION pkri_result_incomplete();
            """),
        Migration(name: "0006-evidence", sql: """
            -- Evidence files, content-addressed: one row per distinct file,
            -- its bytes in chunks of at most 1 MiB (streamed, never whole).
            CREATE TABLE evidence_file (
                sha256 text COLLATE "C" PRIMARY KEY,
                name text NOT NULL,
                size bigint NOT NULL,
                stored_at text NOT NULL
            );
            CREATE TABLE evidence_chunk (
                file text COLLATE "C" NOT NULL,
                n integer NOT NULL,
                data bytea NOT NULL,
                PRIMARY KEY (file, n)
            );
            -- Evidence is mostly compressed already (PDF, JPEG): do not try again.
            ALTER TABLE evidence_chunk ALTER COLUMN data SET STORAGE EXTERNAL;
            """),
    ]

    /// pkri's own tables: anything else in a database is someone else's.
    static let tables: Set<String> = [
        ledger, "agency", "innovation", "template", "submission", "score", "audit",
        "result", "result_complete", "evidence_file", "evidence_chunk",
    ]
}
