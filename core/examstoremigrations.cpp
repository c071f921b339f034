#include "core/examstoremigrations.h"

#include "core/sqlitetransaction.h"

#include <QLoggingCategory>
#include <QStringList>

// The schema (version 5). Times are INTEGER milliseconds since the Unix epoch, UTC; NULL when unset.
//
// attempts            one row per exam attempt
//   id TEXT PK          UUID (the exam_session_id)       lab_id TEXT        mode TEXT 'exam'|'practice'
//   state TEXT          provisioning|ready|grading|graded|terminated|failed   failure_reason TEXT
//   created_at, ready_at, started_at, deadline, graded_at, ended_at, synced_at (v2)   INTEGER ms
//   paused_remaining_ms INTEGER   practice mode, NULL while the timer runs
//   score, max_score REAL (NULL until graded)   band TEXT   runtime_info TEXT (JSON object)   current_question TEXT
//   parameters TEXT (v4) JSON object: the lab parameters drawn for the attempt, name -> value
// question_marks      flags and notes: (attempt_id, question_id) PK, flagged 0|1, note TEXT, updated_at
// check_results       the last grading run: (attempt_id, question_id, check_id) UNIQUE, exit_code, expected_exit_code,
//                     output, weight REAL, passed 0|1, duration_ms; rowid keeps the order they were recorded in
// question_concepts   (v2) concepts of each graded question, copied from the pack at grading time so history
//                     survives pack edits: (attempt_id, question_id, concept) PK
// question_progress   (v3) what the workspace tracks per question beyond flags and notes: (attempt_id, question_id)
//                     PK, answered 0|1, time_spent_ms; before v3 a JSON blob under settings "attempt/<id>/progress"
// settings            key TEXT PK, value TEXT (JSON: a one-element array holding the value); global values only
// result_outbox       (v5) graded attempts waiting for PUT results/{attemptId}: attempt_id PK, server_url, user_id,
//                     body TEXT (the AttemptResult JSON), created_at, tries, next_try_at INTEGER ms, last_error TEXT;
//                     the row goes when the server has the result (attempts.synced_at is then set)
//
// Rows of question_marks, check_results, question_concepts and question_progress are deleted with their attempt (foreign keys,
// ON DELETE CASCADE; foreign_keys is switched on for every connection).
//
// Rules for changing it: never edit a migration that has shipped; append a new one. tests/core/tst_examstore.cpp
// keeps a snapshot of every old version and proves the upgrade from it.

namespace ckx::storeschema {

namespace {

Q_LOGGING_CATEGORY(lcMigrate, "ckx.core.store")

// Migration N (1-based) brings a file from version N-1 to N. Qt's SQLite driver runs one statement per exec.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> list{
        // 1: attempts, flags and notes, check results, settings.
        {
            QStringLiteral("CREATE TABLE attempts ("
                           " id TEXT PRIMARY KEY NOT NULL,"
                           " lab_id TEXT NOT NULL,"
                           " mode TEXT NOT NULL CHECK (mode IN ('exam', 'practice')),"
                           " state TEXT NOT NULL CHECK (state IN"
                           "   ('provisioning', 'ready', 'grading', 'graded', 'terminated', 'failed')),"
                           " failure_reason TEXT NOT NULL DEFAULT '',"
                           " created_at INTEGER NOT NULL,"
                           " ready_at INTEGER, started_at INTEGER, deadline INTEGER, paused_remaining_ms INTEGER,"
                           " graded_at INTEGER, ended_at INTEGER,"
                           " score REAL, max_score REAL, band TEXT NOT NULL DEFAULT '',"
                           " runtime_info TEXT NOT NULL DEFAULT '{}',"
                           " current_question TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX attempts_by_created ON attempts (created_at)"),
            QStringLiteral("CREATE TABLE question_marks ("
                           " attempt_id TEXT NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,"
                           " question_id TEXT NOT NULL,"
                           " flagged INTEGER NOT NULL DEFAULT 0,"
                           " note TEXT NOT NULL DEFAULT '',"
                           " updated_at INTEGER NOT NULL,"
                           " PRIMARY KEY (attempt_id, question_id)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE check_results ("
                           " attempt_id TEXT NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,"
                           " question_id TEXT NOT NULL,"
                           " check_id TEXT NOT NULL,"
                           " exit_code INTEGER NOT NULL,"
                           " expected_exit_code INTEGER NOT NULL DEFAULT 0,"
                           " output TEXT NOT NULL DEFAULT '',"
                           " weight REAL NOT NULL,"
                           " passed INTEGER NOT NULL,"
                           " duration_ms INTEGER NOT NULL DEFAULT 0,"
                           " UNIQUE (attempt_id, question_id, check_id))"),
            QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID"),
        },
        // 2: history: concepts per graded question, result upload bookkeeping, lookups by state.
        {
            QStringLiteral("CREATE TABLE question_concepts ("
                           " attempt_id TEXT NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,"
                           " question_id TEXT NOT NULL,"
                           " concept TEXT NOT NULL,"
                           " PRIMARY KEY (attempt_id, question_id, concept)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX question_concepts_by_concept ON question_concepts (concept)"),
            QStringLiteral("ALTER TABLE attempts ADD COLUMN synced_at INTEGER"),
            QStringLiteral("CREATE INDEX attempts_by_state ON attempts (state)"),
        },
        // 3: question progress (answered, time spent) in a table of its own, deleted with its attempt. The blobs
        // that version 2 kept in settings ('[{"answered": [ids], "timeMs": {id: ms}}]') are carried over; those
        // of attempts already removed are dropped with the rest.
        {
            QStringLiteral("CREATE TABLE question_progress ("
                           " attempt_id TEXT NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,"
                           " question_id TEXT NOT NULL CHECK (question_id <> ''),"
                           " answered INTEGER NOT NULL DEFAULT 0 CHECK (answered IN (0, 1)),"
                           " time_spent_ms INTEGER NOT NULL DEFAULT 0 CHECK (time_spent_ms >= 0),"
                           " PRIMARY KEY (attempt_id, question_id)) WITHOUT ROWID"),
            QStringLiteral("INSERT INTO question_progress (attempt_id, question_id, time_spent_ms)"
                           " SELECT a.id, t.key, max(0, CAST(t.value AS INTEGER))"
                           " FROM settings s JOIN attempts a ON s.key = 'attempt/' || a.id || '/progress',"
                           " json_each(s.value, '$[0].timeMs') t"
                           " WHERE json_valid(s.value) AND json_type(s.value, '$[0].timeMs') = 'object'"
                           " AND t.type IN ('integer', 'real') AND t.key <> ''"),
            QStringLiteral("INSERT INTO question_progress (attempt_id, question_id, answered)"
                           " SELECT a.id, q.value, 1"
                           " FROM settings s JOIN attempts a ON s.key = 'attempt/' || a.id || '/progress',"
                           " json_each(s.value, '$[0].answered') q"
                           " WHERE json_valid(s.value) AND json_type(s.value, '$[0].answered') = 'array'"
                           " AND q.type = 'text' AND q.value <> ''"
                           " ON CONFLICT (attempt_id, question_id) DO UPDATE SET answered = 1"),
            QStringLiteral("DELETE FROM settings WHERE key LIKE 'attempt/%/progress'"),
        },
        // 4: the lab parameters drawn for each attempt (a JSON object name -> value; '{}' for labs without any).
        {
            QStringLiteral("ALTER TABLE attempts ADD COLUMN parameters TEXT NOT NULL DEFAULT '{}'"),
        },
        // 5: results waiting to be sent to the companion server (PUT results/{attemptId}), one row per graded attempt.
        {
            QStringLiteral("CREATE TABLE result_outbox ("
                           " attempt_id TEXT PRIMARY KEY NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,"
                           " server_url TEXT NOT NULL,"
                           " user_id TEXT NOT NULL,"
                           " body TEXT NOT NULL,"
                           " created_at INTEGER NOT NULL,"
                           " tries INTEGER NOT NULL DEFAULT 0,"
                           " next_try_at INTEGER NOT NULL,"
                           " last_error TEXT NOT NULL DEFAULT '') WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX result_outbox_by_account ON result_outbox (server_url, user_id, next_try_at)"),
        },
        // 6: the companion server's exam grant of a full exam (its signed wire form; '' for mock exams), so a resumed
        // exam is checked against the grant again and its completion reaches the server's exam session.
        {
            QStringLiteral("ALTER TABLE attempts ADD COLUMN exam_grant TEXT NOT NULL DEFAULT ''"),
        },
    };
    return list;
}

} // namespace

int latestVersion()
{
    return int(migrations().size());
}

Result<int> currentVersion(const QSqlDatabase &db)
{
    auto q = runSql(db, QStringLiteral("PRAGMA user_version"));
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(QStringLiteral("store.open"),
                         QStringLiteral("%1: PRAGMA user_version returned nothing").arg(db.databaseName()));
    return q->value(0).toInt();
}

Result<int> migrate(const QSqlDatabase &db)
{
    auto version = currentVersion(db);
    if (!version)
        return version.error();
    const int latest = latestVersion();
    if (*version > latest) {
        return makeError(QStringLiteral("store.too-new"),
                         QStringLiteral("%1 was written by a newer version of CKX (schema version %2; this version "
                                        "understands up to %3). It was left unchanged: update CKX, or set "
                                        "CKX_DATA_DIR to use another folder.")
                             .arg(db.databaseName())
                             .arg(*version)
                             .arg(latest));
    }
    if (*version < 0) {
        return makeError(QStringLiteral("store.open"),
                         QStringLiteral("%1 has schema version %2; a CKX store has 0 to %3")
                             .arg(db.databaseName())
                             .arg(*version)
                             .arg(latest));
    }
    for (int target = *version + 1; target <= latest; ++target) {
        SqliteTransaction tx(db);
        if (auto r = tx.begin(); !r)
            return r.error();
        // Re-read inside the write lock: another process may have migrated the file meanwhile.
        auto now = currentVersion(db);
        if (!now)
            return now.error();
        if (*now >= target)
            continue;
        for (const QString &statement : migrations().at(target - 1)) {
            if (auto r = runSql(db, statement); !r) {
                return makeError(QStringLiteral("store.migrate"),
                                 QStringLiteral("upgrading %1 to schema version %2 failed (the file keeps version "
                                                "%3): %4")
                                     .arg(db.databaseName())
                                     .arg(target)
                                     .arg(*now)
                                     .arg(r.error().message));
            }
        }
        // PRAGMA values cannot be bound; `target` is our own integer.
        if (auto r = runSql(db, QStringLiteral("PRAGMA user_version = %1").arg(target)); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
        qCInfo(lcMigrate) << db.databaseName() << "upgraded to schema version" << target;
    }
    return latest;
}

} // namespace ckx::storeschema
