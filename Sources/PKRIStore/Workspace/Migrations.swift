import Foundation
import GRDB

/// The workspace schema. A migration is never edited once shipped: add a new
/// one. Migrations use no application types, only SQL.
enum Migrations {
    /// Writes pkri's `application_id` into the file header, which marks a
    /// workspace (WorkspaceFile.swift); earlier workspaces get it the first
    /// time this pkri opens them for writing.
    static let applicationIDMigration = "v7-application-id"

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1-registry") { db in
            try db.create(table: "agency") { t in
                t.primaryKey("id", .text)
                t.column("name", .text).notNull()
                t.column("type", .text).notNull()
                t.column("region", .text)
                t.column("parent", .text)
                t.column("extra", .text).notNull().defaults(to: "{}")
            }
            try db.create(index: "agency_region", on: "agency", columns: ["region"])
            try db.create(table: "innovation") { t in
                t.primaryKey("id", .text)
                t.column("name", .text).notNull()
                t.column("agency", .text).notNull()
                t.column("kippYear", .integer)
                t.column("kippAward", .text)
                t.column("replicates", .text)
                t.column("status", .text)
                t.column("extra", .text).notNull().defaults(to: "{}")
            }
            try db.create(index: "innovation_agency", on: "innovation", columns: ["agency"])
        }
        m.registerMigration("v1-templates") { db in
            try db.create(table: "template") { t in
                t.column("id", .text).notNull()
                t.column("version", .text).notNull()
                t.column("sha256", .text).notNull()
                t.column("xml", .blob).notNull()
                t.column("addedAt", .text).notNull()
                t.primaryKey(["id", "version"])
            }
        }
        m.registerMigration("v1-submissions") { db in
            try db.create(table: "submission") { t in
                t.primaryKey("id", .text)
                t.column("template", .text).notNull()
                t.column("templateVersion", .text).notNull()
                t.column("subject", .text).notNull()
                t.column("assessor", .text).notNull()
                t.column("role", .text).notNull()
                t.column("stage", .text)
                t.column("status", .text).notNull()
                t.column("created", .text).notNull()
                t.column("updated", .text).notNull()
                // Answers as JSON ([Answer]); the document is rebuilt on export.
                t.column("answers", .text).notNull()
            }
            try db.create(index: "submission_subject", on: "submission", columns: ["subject"])
            try db.create(index: "submission_template", on: "submission", columns: ["template", "templateVersion"])
            try db.create(table: "evidenceFile") { t in
                t.primaryKey("sha256", .text)
                t.column("name", .text).notNull()
                t.column("size", .integer).notNull()
                t.column("storedAt", .text).notNull()
            }
        }
        m.registerMigration("v1-audit") { db in
            try db.create(table: "audit") { t in
                t.autoIncrementedPrimaryKey("seq")
                t.column("at", .text).notNull()
                t.column("actor", .text).notNull()
                t.column("submission", .text).notNull()
                t.column("subject", .text).notNull()
                t.column("question", .text)
                t.column("field", .text).notNull()
                t.column("old", .text)
                t.column("new", .text)
            }
            try db.create(index: "audit_subject", on: "audit", columns: ["subject"])
            // The log is append-only: history is never rewritten.
            try db.execute(sql: """
                CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                """)
        }
        m.registerMigration("v2-score-cache") { db in
            // Each submission's index values, computed when it is stored and
            // keyed by the hash of the template that computed them.
            try db.create(table: "score") { t in
                t.column("submission", .text).notNull()
                    .references("submission", onDelete: .cascade)
                t.column("templateSha256", .text).notNull()
                t.column("indexId", .text).notNull()
                t.column("value", .text)
                t.column("band", .text)
                t.primaryKey(["submission", "indexId"])
            }
        }
        m.registerMigration("v3-template-xml-blob") { db in
            // Early workspaces kept the template bytes as a JSON array of
            // numbers; keep them as the BLOB the column was meant to hold.
            let rows = try Row.fetchAll(db, sql: "SELECT rowid, xml FROM template WHERE typeof(xml) = 'text'")
            for row in rows {
                let text: String = row["xml"]
                let bytes = try JSONDecoder().decode([UInt8].self, from: Data(text.utf8))
                try db.execute(sql: "UPDATE template SET xml = ? WHERE rowid = ?", arguments: [Data(bytes), row["rowid"] as Int64])
            }
        }
        m.registerMigration("v4-results-order-index") { db in
            // Results read one template version's submissions in subject
            // order; this index holds every column they need, in that order,
            // so they neither sort nor touch the rows (and their answers).
            try db.create(index: "submission_results", on: "submission",
                          columns: ["template", "templateVersion", "subject", "id", "assessor", "role", "status", "updated"])
        }
        m.registerMigration("v5-result-cache") { db in
            // Each subject's combined results, keyed by the template text
            // that computed them (Workspace+ResultCache.swift). Triggers
            // drop a subject's rows in the transaction that changes any of
            // its submissions or their scores, whichever code writes them,
            // so a row that exists is never stale. The key starts with the
            // subject: the triggers and the readers both look a subject up.
            try db.execute(sql: """
                CREATE TABLE result (
                    templateSha256 TEXT NOT NULL,
                    subject TEXT NOT NULL,
                    indexId TEXT NOT NULL,
                    value TEXT, band TEXT,
                    assessors INTEGER NOT NULL,
                    spread TEXT,
                    disagreement INTEGER NOT NULL,
                    claimed TEXT, gap TEXT,
                    state TEXT NOT NULL,
                    PRIMARY KEY (subject, templateSha256, indexId)
                ) WITHOUT ROWID;
                CREATE TRIGGER result_stale_on_submission_insert AFTER INSERT ON submission
                BEGIN DELETE FROM result WHERE subject = NEW.subject; END;
                CREATE TRIGGER result_stale_on_submission_update AFTER UPDATE ON submission
                BEGIN DELETE FROM result WHERE subject IN (OLD.subject, NEW.subject); END;
                CREATE TRIGGER result_stale_on_submission_delete AFTER DELETE ON submission
                BEGIN DELETE FROM result WHERE subject = OLD.subject; END;
                CREATE TRIGGER result_stale_on_score_insert AFTER INSERT ON score
                BEGIN DELETE FROM result WHERE subject = (SELECT subject FROM submission WHERE id = NEW.submission); END;
                CREATE TRIGGER result_stale_on_score_update AFTER UPDATE ON score
                BEGIN DELETE FROM result WHERE subject = (SELECT subject FROM submission WHERE id = NEW.submission); END;
                CREATE TRIGGER result_stale_on_score_delete AFTER DELETE ON score
                BEGIN DELETE FROM result WHERE subject = (SELECT subject FROM submission WHERE id = OLD.submission); END;
                """)
        }
        m.registerMigration("v6-result-cache-complete") { db in
            // A row here says every registered subject has cached results for
            // that template text, so readers need not look for missing ones.
            // Any change that could leave a subject without rows clears it.
            try db.execute(sql: """
                CREATE TABLE resultComplete (templateSha256 TEXT PRIMARY KEY) WITHOUT ROWID;
                CREATE TRIGGER result_incomplete_on_submission_insert AFTER INSERT ON submission
                BEGIN DELETE FROM resultComplete; END;
                CREATE TRIGGER result_incomplete_on_submission_update AFTER UPDATE ON submission
                BEGIN DELETE FROM resultComplete; END;
                CREATE TRIGGER result_incomplete_on_submission_delete AFTER DELETE ON submission
                BEGIN DELETE FROM resultComplete; END;
                CREATE TRIGGER result_incomplete_on_score_insert AFTER INSERT ON score
                BEGIN DELETE FROM resultComplete; END;
                CREATE TRIGGER result_incomplete_on_score_update AFTER UPDATE ON score
                BEGIN DELETE FROM resultComplete; END;
                CREATE TRIGGER result_incomplete_on_score_delete AFTER DELETE ON score
                BEGIN DELETE FROM resultComplete; END;
                CREATE TRIGGER result_incomplete_on_innovation_insert AFTER INSERT ON innovation
                BEGIN DELETE FROM resultComplete; END;
                CREATE TRIGGER result_incomplete_on_agency_insert AFTER INSERT ON agency
                BEGIN DELETE FROM resultComplete; END;
                CREATE TRIGGER result_incomplete_on_result_delete AFTER DELETE ON result
                BEGIN DELETE FROM resultComplete; END;
                """)
        }
        m.registerMigration(applicationIDMigration) { db in
            // 0x504B5249, "PKRI" in ASCII (WorkspaceFile.applicationID).
            try db.execute(sql: "PRAGMA application_id = 1347113545")
        }
        m.registerMigration("v8-score-sections") { db in
            // What each index value is made of: the gate that set it (its
            // position), else each section's weighted sums
            // (IndexScore.sectionsText), so that other section weights can
            // be tried without scoring the answers again (pkri
            // sensitivity). NULL sections: stored before this migration;
            // readers fill them in.
            try db.execute(sql: "ALTER TABLE score ADD COLUMN gate INTEGER; ALTER TABLE score ADD COLUMN sections TEXT")
        }
        return m
    }
}
