// ExamStore: the learner's local database. What a learner would notice: a store from an older CKX opens with
// everything in it, a store from a newer CKX is refused and left alone, flags/notes/results survive a restart,
// and a crash (SIGKILL) in the middle of a write leaves the last saved state, never a broken file.

#include "core/datapaths.h"
#include "core/api/grant.h"
#include "core/examstore.h"
#include "fixtures/rawsqlite.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <sodium.h>

Q_DECLARE_METATYPE(ckx::ExamState)

using namespace ckx;

namespace {

// What CKX 0.1 (schema version 1) wrote: kept verbatim here, independent of the migration code, so the upgrade
// test starts from the file an old installation really has.
const QStringList SchemaV1{
    u"CREATE TABLE attempts ( id TEXT PRIMARY KEY NOT NULL, lab_id TEXT NOT NULL, mode TEXT NOT NULL CHECK (mode IN "
    "('exam', 'practice')), state TEXT NOT NULL CHECK (state IN ('provisioning', 'ready', 'grading', 'graded', "
    "'terminated', 'failed')), failure_reason TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL, ready_at "
    "INTEGER, started_at INTEGER, deadline INTEGER, paused_remaining_ms INTEGER, graded_at INTEGER, ended_at INTEGER, "
    "score REAL, max_score REAL, band TEXT NOT NULL DEFAULT '', runtime_info TEXT NOT NULL DEFAULT '{}', "
    "current_question TEXT NOT NULL DEFAULT '')"_qs,
    u"CREATE INDEX attempts_by_created ON attempts (created_at)"_qs,
    u"CREATE TABLE question_marks ( attempt_id TEXT NOT NULL REFERENCES attempts (id) ON DELETE CASCADE, question_id "
    "TEXT NOT NULL, flagged INTEGER NOT NULL DEFAULT 0, note TEXT NOT NULL DEFAULT '', updated_at INTEGER NOT NULL, "
    "PRIMARY KEY (attempt_id, question_id)) WITHOUT ROWID"_qs,
    u"CREATE TABLE check_results ( attempt_id TEXT NOT NULL REFERENCES attempts (id) ON DELETE CASCADE, question_id "
    "TEXT NOT NULL, check_id TEXT NOT NULL, exit_code INTEGER NOT NULL, expected_exit_code INTEGER NOT NULL DEFAULT "
    "0, output TEXT NOT NULL DEFAULT '', weight REAL NOT NULL, passed INTEGER NOT NULL, duration_ms INTEGER NOT NULL "
    "DEFAULT 0, UNIQUE (attempt_id, question_id, check_id))"_qs,
    u"CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID"_qs,
    // A learner's data in that version: one graded CKAD attempt with a flag, a note and two results.
    u"INSERT INTO attempts (id, lab_id, mode, state, created_at, ready_at, started_at, deadline, graded_at, ended_at, "
    "score, max_score, band, runtime_info, current_question) VALUES ('11111111-1111-1111-1111-111111111111', "
    "'ckad-001', 'exam', 'terminated', 1700000000000, 1700000060000, 1700000061000, 1700007261000, 1700007000000, "
    "1700007100000, 72.5, 100, 'pass', '{\"sshPort\":2222}', 'q3')"_qs,
    u"INSERT INTO question_marks VALUES ('11111111-1111-1111-1111-111111111111', 'q3', 1, 'check the selector', "
    "1700000100000)"_qs,
    u"INSERT INTO check_results VALUES ('11111111-1111-1111-1111-111111111111', 'q1', 'c1', 0, 0, 'ok', 2, 1, 40)"_qs,
    u"INSERT INTO check_results VALUES ('11111111-1111-1111-1111-111111111111', 'q3', 'c1', 1, 0, 'no pod', 3, 0, "
    "55)"_qs,
    u"INSERT INTO settings VALUES ('ui.theme', '[\"dark\"]')"_qs,
    u"PRAGMA user_version = 1"_qs,
};
const QString V1AttemptId = QStringLiteral("11111111-1111-1111-1111-111111111111");

// What CKX 0.2 (schema version 2) wrote, on top of version 1's data: question progress was a JSON blob per attempt
// in settings, and a removed attempt left its blob behind.
QStringList schemaV2()
{
    QStringList v2 = SchemaV1.mid(0, SchemaV1.size() - 1); // without "PRAGMA user_version = 1"
    v2 << u"CREATE TABLE question_concepts ( attempt_id TEXT NOT NULL REFERENCES attempts (id) ON DELETE CASCADE, "
          "question_id TEXT NOT NULL, concept TEXT NOT NULL, PRIMARY KEY (attempt_id, question_id, concept)) "
          "WITHOUT ROWID"_qs
       << u"CREATE INDEX question_concepts_by_concept ON question_concepts (concept)"_qs
       << u"ALTER TABLE attempts ADD COLUMN synced_at INTEGER"_qs
       << u"CREATE INDEX attempts_by_state ON attempts (state)"_qs
       << u"INSERT INTO question_concepts VALUES ('11111111-1111-1111-1111-111111111111', 'q3', 'selectors')"_qs
       << u"INSERT INTO settings VALUES ('attempt/11111111-1111-1111-1111-111111111111/progress', "
          "'[{\"answered\":[\"q1\",\"q3\"],\"timeMs\":{\"q1\":60000,\"q2\":4500,\"q3\":125000}}]')"_qs
       // The blob of an attempt removed in version 2, and one that is not JSON: neither may stop the upgrade.
       << u"INSERT INTO settings VALUES ('attempt/99999999-9999-9999-9999-999999999999/progress', "
          "'[{\"answered\":[\"q1\"],\"timeMs\":{\"q1\":1000}}]')"_qs
       << u"INSERT INTO attempts (id, lab_id, mode, state, created_at) VALUES "
          "('22222222-2222-2222-2222-222222222222', 'ckad-001', 'practice', 'failed', 1700000000001)"_qs
       << u"INSERT INTO settings VALUES ('attempt/22222222-2222-2222-2222-222222222222/progress', '[{\"answered\":')"_qs
       << u"PRAGMA user_version = 2"_qs;
    return v2;
}

using RawDb = ckx::test::RawSqlite;

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

CheckResult result(const QString &q, const QString &c, bool passed, const QString &output = {})
{
    CheckResult r;
    r.questionId = q;
    r.checkId = c;
    r.passed = passed;
    r.exitCode = passed ? 0 : 1;
    r.output = output;
    r.weight = 2.5;
    r.durationMs = 120;
    return r;
}

ExamAttempt newAttempt(const QString &lab = QStringLiteral("ckad-001"))
{
    ExamAttempt a;
    a.labId = lab;
    return a;
}

} // namespace

class TstExamStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void dataPaths();
    void stateNames();
    void migrations_data();
    void migrations();
    void failedMigrationChangesNothing();
    void refusesNewerSchema();
    void refusesNonDatabase();
    void walAndDurability();
    void transitions_data();
    void transitions();
    void timesAndFailureReason();
    void attemptFieldsSurviveReopen();
    void attemptOrderAndFilters();
    void flagsAndNotesSurviveReopen();
    void checkResultsReplacedAtomically();
    void recordGrade();
    void fullExamGradedBeforeSignInIsQueuedForItsUser();
    void weakestConcepts();
    void settings();
    void removeAttempt();
    void closedStoreIsAnError();
    void concurrentWriters();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("ckx.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstExamStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TstExamStore::dataPaths()
{
    const QString root = m_dir->filePath(QStringLiteral("data/nested"));
    qputenv("CKX_DATA_DIR", root.toLocal8Bit());
    QCOMPARE(dataDir(), root);
    QVERIFY(QFileInfo(root).isDir());
    QCOMPARE(labsUserDir(), root + u"/labs");
    QVERIFY(QFileInfo(root + u"/labs").isDir());
    QCOMPARE(sessionsDir(), root + u"/sessions");
    QCOMPARE(QFileInfo(root + u"/sessions").permissions() & (QFile::ReadOther | QFile::ReadGroup),
             QFileDevice::Permissions{});
    ExamStore store;
    QVERIFY(store.openDefault().ok());
    QCOMPARE(store.path(), root + u"/ckx.sqlite");
    qunsetenv("CKX_DATA_DIR");
}

void TstExamStore::stateNames()
{
    for (ExamState s : {ExamState::Provisioning, ExamState::Ready, ExamState::Grading, ExamState::Graded,
                        ExamState::Terminated, ExamState::Failed}) {
        auto back = examStateFromString(examStateToString(s));
        QVERIFY(back.ok());
        QCOMPARE(*back, s);
    }
    auto bad = examStateFromString(QStringLiteral("paused"));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().message.contains(u"paused") && bad.error().message.contains(u"provisioning"),
             qPrintable(bad.error().message));
    QVERIFY(isActive(ExamState::Grading));
    QVERIFY(!isActive(ExamState::Graded));
    QVERIFY(mayHoldResources(ExamState::Failed));
    QVERIFY(!mayHoldResources(ExamState::Terminated));
}

void TstExamStore::migrations_data()
{
    QTest::addColumn<int>("fromVersion");
    QTest::newRow("no file yet") << -1;
    QTest::newRow("empty file (0 bytes)") << 0;
    QTest::newRow("version 1 with a learner's data") << 1;
    QTest::newRow("version 2 with flags, notes and progress") << 2;
}

void TstExamStore::migrations()
{
    QFETCH(int, fromVersion);
    if (fromVersion == 0) {
        QFile f(dbPath());
        QVERIFY(f.open(QIODevice::WriteOnly));
    } else if (fromVersion == 1) {
        RawDb raw(dbPath());
        QVERIFY(raw.ok());
        for (const QString &sql : SchemaV1)
            QVERIFY2(raw.exec(sql), qPrintable(sql));
    } else if (fromVersion == 2) {
        RawDb raw(dbPath());
        QVERIFY(raw.ok());
        for (const QString &sql : schemaV2())
            QVERIFY2(raw.exec(sql), qPrintable(sql + u": "_qs + raw.lastError()));
    }

    {
        ExamStore store;
        auto opened = store.open(dbPath());
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        QCOMPARE(store.schemaVersion(), ExamStore::latestSchemaVersion());
        QCOMPARE(ExamStore::latestSchemaVersion(), 6);

        if (fromVersion == 2) {
            // Flags, notes, results and concepts as they were; the progress blob is now rows of its attempt.
            auto marks = store.questionMarks(V1AttemptId);
            QVERIFY(marks.ok());
            QCOMPARE(marks->value(u"q3"_qs).note, u"check the selector"_qs);
            QVERIFY(marks->value(u"q3"_qs).flagged);
            QCOMPARE(store.checkResults(V1AttemptId)->size(), 2);
            auto progress = store.questionProgress(V1AttemptId);
            QVERIFY(progress.ok());
            QCOMPARE(progress->size(), 3);
            QVERIFY(progress->value(u"q1"_qs).answered);
            QCOMPARE(progress->value(u"q1"_qs).timeSpentMs, 60000);
            QVERIFY(!progress->value(u"q2"_qs).answered);
            QCOMPARE(progress->value(u"q2"_qs).timeSpentMs, 4500);
            QVERIFY(progress->value(u"q3"_qs).answered);
            QCOMPARE(progress->value(u"q3"_qs).timeSpentMs, 125000);
            QVERIFY(store.questionProgress(u"22222222-2222-2222-2222-222222222222"_qs)->isEmpty());
            QCOMPARE(store.setting(u"ui.theme"_qs)->toString(), u"dark"_qs);
        }

        if (fromVersion == 1) {
            // Everything the learner had is still there, and the features of version 2 work on it.
            auto a = store.attempt(V1AttemptId);
            QVERIFY(a.ok());
            QCOMPARE(a->labId, u"ckad-001"_qs);
            QCOMPARE(a->state, ExamState::Terminated);
            QCOMPARE(a->score.value_or(-1), 72.5);
            QCOMPARE(a->band, u"pass"_qs);
            QCOMPARE(a->runtimeInfo.value(u"sshPort").toInt(), 2222);
            QCOMPARE(a->deadline, QDateTime::fromMSecsSinceEpoch(1700007261000, QTimeZone::utc()));
            QVERIFY(!a->syncedAt.isValid());
            QVERIFY(a->parameters.isEmpty()); // v4: an attempt from before parameters has none
            auto marks = store.questionMarks(V1AttemptId);
            QVERIFY(marks.ok());
            QCOMPARE(marks->value(u"q3"_qs).note, u"check the selector"_qs);
            QVERIFY(marks->value(u"q3"_qs).flagged);
            auto results = store.checkResults(V1AttemptId);
            QVERIFY(results.ok());
            QCOMPARE(results->size(), 2);
            QCOMPARE(results->at(1).output, u"no pod"_qs);
            QCOMPARE(store.setting(u"ui.theme"_qs)->toString(), u"dark"_qs);
            QVERIFY(store.markSynced(V1AttemptId, QDateTime::currentDateTimeUtc()).ok());
            QVERIFY(store.attempt(V1AttemptId)->syncedAt.isValid());
        }
        // v4: the parameters drawn for an attempt are stored with it and read back unchanged.
        ExamAttempt drawn = newAttempt();
        drawn.parameters = {{u"APP"_qs, u"shop"_qs}, {u"PORT"_qs, u"8123"_qs}};
        auto created = store.createAttempt(drawn);
        QVERIFY(created.ok());
        auto back = store.attempt(created->id);
        QVERIFY(back.ok());
        QCOMPARE(back->parameters, drawn.parameters);
    }

    RawDb raw(dbPath());
    QCOMPARE(raw.scalar(u"PRAGMA user_version"_qs).toInt(), ExamStore::latestSchemaVersion());
    QCOMPARE(raw.scalar(u"PRAGMA integrity_check"_qs).toString(), u"ok"_qs);
    QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'question_concepts'"_qs).toInt(), 1);
    QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'result_outbox'"_qs).toInt(), 1);

    // Opening an up-to-date file again changes nothing.
    ExamStore again;
    QVERIFY(again.open(dbPath()).ok());
    QCOMPARE(again.attempts()->size(), fromVersion == 2 ? 3 : fromVersion == 1 ? 2 : 1);
    // No progress is left in settings, of a live attempt or a removed one.
    QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM settings WHERE key LIKE 'attempt/%'"_qs).toInt(), 0);
    QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM question_progress WHERE attempt_id NOT IN (SELECT id FROM attempts)"_qs).toInt(), 0);
}

void TstExamStore::failedMigrationChangesNothing()
{
    {
        RawDb raw(dbPath());
        for (const QString &sql : SchemaV1)
            QVERIFY2(raw.exec(sql), qPrintable(sql));
        // Something in the way of the LAST statement of migration 2, so its earlier statements run first.
        QVERIFY(raw.exec(u"CREATE TABLE attempts_by_state (x)"_qs));
    }
    ExamStore store;
    auto r = store.open(dbPath());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, u"store.migrate"_qs);
    QVERIFY2(r.error().message.contains(u"version 2") && r.error().message.contains(dbPath()),
             qPrintable(r.error().message));

    RawDb raw(dbPath());
    QCOMPARE(raw.scalar(u"PRAGMA user_version"_qs).toInt(), 1);
    QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'question_concepts'"_qs).toInt(), 0);
    QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM pragma_table_info('attempts') WHERE name = 'synced_at'"_qs).toInt(), 0);
    QCOMPARE(raw.scalar(u"SELECT score FROM attempts"_qs).toDouble(), 72.5);
    QCOMPARE(raw.scalar(u"PRAGMA integrity_check"_qs).toString(), u"ok"_qs);
}

void TstExamStore::refusesNewerSchema()
{
    {
        RawDb raw(dbPath());
        QVERIFY(raw.exec(u"CREATE TABLE attempts (id TEXT, from_the_future BLOB)"_qs));
        QVERIFY(raw.exec(u"PRAGMA user_version = %1"_qs.arg(ExamStore::latestSchemaVersion() + 1)));
    }
    const QByteArray before = fileHash(dbPath());
    ExamStore store;
    auto r = store.open(dbPath());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, u"store.too-new"_qs);
    QVERIFY2(r.error().message.contains(dbPath()), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QString::number(ExamStore::latestSchemaVersion() + 1)),
             qPrintable(r.error().message));
    QVERIFY(!store.isOpen());
    QVERIFY(!store.attempts().ok());
    QCOMPARE(fileHash(dbPath()), before);
}

void TstExamStore::refusesNonDatabase()
{
    QFile f(dbPath());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("these are my exam notes, not a database\n").repeated(200));
    f.close();
    const QByteArray before = fileHash(dbPath());
    ExamStore store;
    auto r = store.open(dbPath());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, u"store.open"_qs);
    QVERIFY2(r.error().message.contains(dbPath()), qPrintable(r.error().message));
    QCOMPARE(fileHash(dbPath()), before);
}

void TstExamStore::walAndDurability()
{
    ExamStore store;
    QVERIFY(store.open(dbPath()).ok());
    QVERIFY(store.createAttempt(newAttempt()).ok());
    QVERIFY(QFile::exists(dbPath() + u"-wal"));
    RawDb raw(dbPath());
    QCOMPARE(raw.scalar(u"PRAGMA journal_mode"_qs).toString(), u"wal"_qs);
}

void TstExamStore::transitions_data()
{
    QTest::addColumn<ExamState>("from");
    QTest::addColumn<ExamState>("to");
    QTest::addColumn<bool>("legal");
    const QList<ExamState> all{ExamState::Provisioning, ExamState::Ready,      ExamState::Grading,
                               ExamState::Graded,       ExamState::Terminated, ExamState::Failed};
    // The lifecycle, written out independently of the implementation's table.
    const QSet<QString> legal{u"provisioning>ready"_qs, u"provisioning>failed"_qs, u"provisioning>terminated"_qs,
                              u"ready>grading"_qs,      u"ready>failed"_qs,        u"ready>terminated"_qs,
                              u"grading>graded"_qs,     u"grading>failed"_qs,      u"grading>terminated"_qs,
                              u"graded>terminated"_qs,  u"failed>terminated"_qs};
    for (ExamState from : all) {
        for (ExamState to : all) {
            const QString name = examStateToString(from) + u'>' + examStateToString(to);
            QTest::newRow(qPrintable(name)) << from << to << legal.contains(name);
        }
    }
}

void TstExamStore::transitions()
{
    QFETCH(ExamState, from);
    QFETCH(ExamState, to);
    QFETCH(bool, legal);
    QCOMPARE(isLegalTransition(from, to), legal);

    ExamStore store;
    QVERIFY(store.open(dbPath()).ok());
    const QString id = store.createAttempt(newAttempt())->id;
    const QMap<ExamState, QList<ExamState>> pathTo{
        {ExamState::Provisioning, {}},
        {ExamState::Ready, {ExamState::Ready}},
        {ExamState::Grading, {ExamState::Ready, ExamState::Grading}},
        {ExamState::Graded, {ExamState::Ready, ExamState::Grading, ExamState::Graded}},
        {ExamState::Terminated, {ExamState::Terminated}},
        {ExamState::Failed, {ExamState::Failed}},
    };
    for (ExamState step : pathTo.value(from))
        QVERIFY(store.setState(id, step, u"setup"_qs).ok());
    QCOMPARE(store.attempt(id)->state, from);

    auto r = store.setState(id, to, u"docker went away"_qs);
    if (from == to) {
        QVERIFY(r.ok()); // a repeated call after a crash is harmless
        QCOMPARE(store.attempt(id)->state, from);
    } else if (legal) {
        QVERIFY(r.ok());
        QCOMPARE(r->state, to);
        QCOMPARE(store.attempt(id)->state, to);
    } else {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, u"exam.transition"_qs);
        QVERIFY2(r.error().message.contains(examStateToString(from)) &&
                     r.error().message.contains(examStateToString(to)),
                 qPrintable(r.error().message));
        QCOMPARE(store.attempt(id)->state, from);
    }
}

void TstExamStore::timesAndFailureReason()
{
    QDateTime fake = QDateTime::fromMSecsSinceEpoch(1760000000000, QTimeZone::utc());
    ExamStore store;
    store.setClock([&fake] { return fake; });
    QVERIFY(store.open(dbPath()).ok());
    auto a = store.createAttempt(newAttempt());
    QVERIFY(a.ok());
    QCOMPARE(a->createdAt, fake);
    QCOMPARE(a->state, ExamState::Provisioning);
    QVERIFY(!a->id.isEmpty());

    fake = fake.addSecs(40);
    auto ready = store.setState(a->id, ExamState::Ready);
    QCOMPARE(ready->readyAt, fake);
    fake = fake.addSecs(60);
    auto failed = store.setState(a->id, ExamState::Failed, u"the jumphost container exited (code 137)"_qs);
    QVERIFY(failed.ok());
    QCOMPARE(failed->endedAt, fake);
    fake = fake.addSecs(60);
    QVERIFY(store.setState(a->id, ExamState::Terminated).ok());

    auto stored = store.attempt(a->id);
    QCOMPARE(stored->readyAt, fake.addSecs(-120));
    QCOMPARE(stored->endedAt, fake.addSecs(-60)); // stamped on the first ending state only
    QCOMPARE(stored->failureReason, u"the jumphost container exited (code 137)"_qs);
}

void TstExamStore::attemptFieldsSurviveReopen()
{
    const QDateTime started = QDateTime::fromMSecsSinceEpoch(1760000000123, QTimeZone::utc());
    QString id;
    {
        ExamStore store;
        QVERIFY(store.open(dbPath()).ok());
        ExamAttempt a = newAttempt(u"docker-basics-001"_qs);
        a.mode = QStringLiteral("practice");
        a.id = QStringLiteral("6f1c2c3e-6b4a-4b53-9a53-0c3d4f5e6a7b");
        id = store.createAttempt(a)->id;
        QCOMPARE(id, a.id);
        QVERIFY(store.setState(id, ExamState::Ready).ok());
        QVERIFY(store.setTimes(id, started, started.addSecs(7200)).ok());
        QVERIFY(store.setPausedRemaining(id, 3600000).ok());
        QVERIFY(store.setCurrentQuestion(id, u"q7"_qs).ok());
        QJsonObject info{{u"sshPort"_qs, 40022},
                         {u"vncPort"_qs, 40590},
                         {u"jumphost"_qs, u"ckx-ssh-6f1c"_qs},
                         {u"hostKey"_qs, u"SHA256:abc"_qs}};
        QVERIFY(store.updateRuntimeInfo(id, info).ok());
        auto dup = store.createAttempt(a);
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().code, u"store.duplicate"_qs);
        ExamAttempt bad = newAttempt();
        bad.mode = QStringLiteral("speedrun");
        QCOMPARE(store.createAttempt(bad).error().code, u"store.invalid"_qs);
        QCOMPARE(store.createAttempt(newAttempt(QString())).error().code, u"store.invalid"_qs);
        QCOMPARE(store.setCurrentQuestion(u"nope"_qs, u"q1"_qs).error().code, u"store.not-found"_qs);
    }
    ExamStore store;
    QVERIFY(store.open(dbPath()).ok());
    auto a = store.attempt(id);
    QVERIFY(a.ok());
    QCOMPARE(a->mode, u"practice"_qs);
    QCOMPARE(a->labId, u"docker-basics-001"_qs);
    QCOMPARE(a->state, ExamState::Ready);
    QCOMPARE(a->startedAt, started);
    QCOMPARE(a->deadline, started.addSecs(7200));
    QCOMPARE(a->pausedRemainingMs, 3600000);
    QCOMPARE(a->currentQuestion, u"q7"_qs);
    QCOMPARE(a->runtimeInfo.value(u"vncPort").toInt(), 40590);
    QCOMPARE(a->runtimeInfo.value(u"hostKey").toString(), u"SHA256:abc"_qs);
    QVERIFY(!a->isGraded());
    QVERIFY(store.setPausedRemaining(id, std::nullopt).ok());
    QCOMPARE(store.attempt(id)->pausedRemainingMs, -1);
    QCOMPARE(store.attempt(u"missing"_qs).error().code, u"store.not-found"_qs);
}

void TstExamStore::attemptOrderAndFilters()
{
    QDateTime fake = QDateTime::fromMSecsSinceEpoch(1760000000000, QTimeZone::utc());
    ExamStore store;
    store.setClock([&fake] { return fake; });
    QVERIFY(store.open(dbPath()).ok());
    QStringList ids;
    for (int i = 0; i < 4; ++i) {
        fake = fake.addSecs(10);
        ids << store.createAttempt(newAttempt(QStringLiteral("lab-%1").arg(i)))->id;
    }
    QVERIFY(store.setState(ids[0], ExamState::Terminated).ok());
    QVERIFY(store.setState(ids[1], ExamState::Failed, u"no docker"_qs).ok());
    QVERIFY(store.setState(ids[2], ExamState::Ready).ok());

    auto all = store.attempts();
    QCOMPARE(all->size(), 4);
    QCOMPARE(all->first().id, ids[3]); // newest first
    QCOMPARE(all->last().id, ids[0]);
    auto active = store.activeAttempts();
    QCOMPARE(active->size(), 2);
    QCOMPARE(active->at(0).id, ids[3]);
    QCOMPARE(active->at(1).id, ids[2]);
    auto leftovers = store.attemptsInStates({ExamState::Failed, ExamState::Ready});
    QCOMPARE(leftovers->size(), 2);
    QCOMPARE(store.attemptsInStates({})->size(), 0);
}

void TstExamStore::flagsAndNotesSurviveReopen()
{
    const QString tricky =
        QStringLiteral("kubectl get po -l 'app=web'; \"quotes\" → ünïcødé\n'); DROP TABLE attempts;--");
    QString id;
    {
        ExamStore store;
        QVERIFY(store.open(dbPath()).ok());
        id = store.createAttempt(newAttempt())->id;
        QVERIFY(store.setFlagged(id, u"q2"_qs, true).ok());
        QVERIFY(store.setNote(id, u"q2"_qs, u"first thought"_qs).ok());
        QVERIFY(store.setNote(id, u"q2"_qs, tricky).ok());
        QVERIFY(store.setFlagged(id, u"q5"_qs, true).ok());
        QVERIFY(store.setNote(id, u"q9"_qs, u"come back"_qs).ok());
        QVERIFY(store.setFlagged(id, u"q9"_qs, true).ok());
        QVERIFY(store.setFlagged(id, u"q9"_qs, false).ok());
        QVERIFY(store.setNote(id, u"q4"_qs, u"temp"_qs).ok());
        QVERIFY(store.setNote(id, u"q4"_qs, QString()).ok());
        QCOMPARE(store.setFlagged(u"no-such-attempt"_qs, u"q1"_qs, true).error().code, u"store.not-found"_qs);
    }
    ExamStore store;
    QVERIFY(store.open(dbPath()).ok());
    auto marks = store.questionMarks(id);
    QVERIFY(marks.ok());
    QCOMPARE(marks->size(), 3); // q4 has neither flag nor note any more
    QVERIFY(marks->value(u"q2"_qs).flagged);
    QCOMPARE(marks->value(u"q2"_qs).note, tricky);
    QVERIFY(marks->value(u"q5"_qs).flagged);
    QVERIFY(marks->value(u"q5"_qs).note.isEmpty());
    QVERIFY(!marks->value(u"q9"_qs).flagged);
    QCOMPARE(marks->value(u"q9"_qs).note, u"come back"_qs);
    QCOMPARE(store.attempts()->size(), 1);
}

void TstExamStore::checkResultsReplacedAtomically()
{
    ExamStore store;
    QVERIFY(store.open(dbPath()).ok());
    const QString id = store.createAttempt(newAttempt())->id;
    QVERIFY(store
                .replaceCheckResults(id, {result(u"q1"_qs, u"c1"_qs, false), result(u"q1"_qs, u"c2"_qs, false),
                                          result(u"q2"_qs, u"c1"_qs, true)})
                .ok());
    QCOMPARE(store.checkResults(id)->size(), 3);

    const QList<CheckResult> second{result(u"q2"_qs, u"c1"_qs, true, u"pod/web created"_qs),
                                    result(u"q1"_qs, u"c1"_qs, true, u"ok"_qs)};
    QVERIFY(store.replaceCheckResults(id, second).ok());
    auto stored = store.checkResults(id);
    QCOMPARE(stored->size(), 2);
    QCOMPARE(stored->at(0).questionId, u"q2"_qs); // in the order recorded
    QCOMPARE(stored->at(0).output, u"pod/web created"_qs);
    QCOMPARE(stored->at(0).weight, 2.5);
    QCOMPARE(stored->at(0).durationMs, 120);
    QVERIFY(stored->at(1).passed);

    // A run that fails halfway (the same check twice) writes nothing: the previous run is intact.
    auto bad = store.replaceCheckResults(id, {result(u"q3"_qs, u"c1"_qs, true), result(u"q3"_qs, u"c1"_qs, false)});
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().message.contains(u"q3"), qPrintable(bad.error().message));
    stored = store.checkResults(id);
    QCOMPARE(stored->size(), 2);
    QCOMPARE(stored->at(0).output, u"pod/web created"_qs);
    QCOMPARE(store.replaceCheckResults(u"missing"_qs, second).error().code, u"store.not-found"_qs);
}

void TstExamStore::fullExamGradedBeforeSignInIsQueuedForItsUser()
{
    ExamStore store;
    QVERIFY(store.open(dbPath()).ok());
    // A grant of user "u-1" (the signature is checked when the exam starts; the store only reads whose it is).
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, 0), sk(crypto_sign_SECRETKEYBYTES, 0);
    QCOMPARE(sodium_init() >= 0, true);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pk.data()), reinterpret_cast<unsigned char *>(sk.data()));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const auto grade = [&](const QString &grant) {
        ExamAttempt a = newAttempt();
        a.grant = grant;
        const QString id = store.createAttempt(a)->id;
        ScoreReport report;
        report.total = 3;
        report.maxScore = 4;
        report.band = QStringLiteral("pass");
        const bool ok = store.setState(id, ExamState::Ready).ok() && store.setState(id, ExamState::Grading).ok()
                        && store.recordGrade(id, {result(u"q1"_qs, u"c1"_qs, true)}, {}, report).ok();
        return ok ? id : QString();
    };
    const QString full = grade(*ExamGrant::sign({u"u-1"_qs, u"es-1"_qs, u"lab"_qs, now, now + 3600, {}}, sk));
    const QString mock = grade({});
    QVERIFY(!full.isEmpty() && !mock.isEmpty());
    // Graded while the account was unknown: nothing queued.
    store.setResultSyncTarget(u"http://127.0.0.1:1"_qs, u"u-1"_qs);
    QVERIFY(store.outbox(u"http://127.0.0.1:1"_qs, u"u-1"_qs)->isEmpty());
    // Another user signs in: not theirs.
    store.setResultSyncTarget(u"http://127.0.0.1:1"_qs, u"u-2"_qs);
    QCOMPARE(store.queueUnsentFullExams().valueOr(-1), 0);
    // Its user signs in: the full exam is queued, once, naming the server's exam session; the mock stays local.
    store.setResultSyncTarget(u"http://127.0.0.1:1"_qs, u"u-1"_qs);
    QCOMPARE(store.queueUnsentFullExams().valueOr(-1), 1);
    QCOMPARE(store.queueUnsentFullExams().valueOr(-1), 0);
    const auto queued = store.outbox(u"http://127.0.0.1:1"_qs, u"u-1"_qs);
    QCOMPARE(queued->size(), 1);
    QCOMPARE(queued->at(0).attemptId, full);
    QCOMPARE(queued->at(0).body.value(u"examSessionId"_qs).toString(), u"es-1"_qs);
    QVERIFY(store.markResultSent(full).ok());
    QCOMPARE(store.queueUnsentFullExams().valueOr(-1), 0); // sent: never again
}

void TstExamStore::recordGrade()
{
    ExamStore store;
    QVERIFY(store.open(dbPath()).ok());
    const QString id = store.createAttempt(newAttempt())->id;
    QVERIFY(store.setState(id, ExamState::Ready).ok());
    ScoreReport report;
    report.total = 68.5;
    report.maxScore = 100;
    report.band = QStringLiteral("pass");
    const QList<CheckResult> results{result(u"q1"_qs, u"c1"_qs, true), result(u"q2"_qs, u"c1"_qs, false)};
    const QHash<QString, QStringList> concepts{{u"q1"_qs, {u"pods"_qs}}, {u"q2"_qs, {u"rbac"_qs, u"pods"_qs}}};

    // Not graded while the exam is still open: nothing is written.
    auto early = store.recordGrade(id, results, concepts, report);
    QVERIFY(!early.ok());
    QCOMPARE(early.error().code, u"exam.transition"_qs);
    QVERIFY(store.checkResults(id)->isEmpty());
    QVERIFY(!store.attempt(id)->isGraded());

    QVERIFY(store.setState(id, ExamState::Grading).ok());
    auto graded = store.recordGrade(id, results, concepts, report);
    QVERIFY2(graded.ok(), graded.ok() ? "" : qPrintable(graded.error().message));
    QCOMPARE(graded->state, ExamState::Graded);
    auto stored = store.attempt(id);
    QCOMPARE(stored->state, ExamState::Graded);
    QCOMPARE(stored->score.value_or(-1), 68.5);
    QCOMPARE(stored->maxScore.value_or(-1), 100.0);
    QCOMPARE(stored->band, u"pass"_qs);
    QVERIFY(stored->passed());
    QVERIFY(stored->gradedAt.isValid());
    QCOMPARE(store.checkResults(id)->size(), 2);

    // Teardown keeps the grade; history lists it.
    QVERIFY(store.setState(id, ExamState::Terminated).ok());
    auto history = store.gradedAttempts();
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().score.value_or(-1), 68.5);
    QCOMPARE(store.gradedAttempts(u"other-lab"_qs)->size(), 0);
    QCOMPARE(store.gradedAttempts(u"ckad-001"_qs)->size(), 1);
}

void TstExamStore::weakestConcepts()
{
    ExamStore store;
    QVERIFY(store.open(dbPath()).ok());
    auto grade = [&store](const QList<CheckResult> &results, const QHash<QString, QStringList> &concepts) {
        const QString id = store.createAttempt(newAttempt())->id;
        QVERIFY(store.setState(id, ExamState::Ready).ok());
        QVERIFY(store.setState(id, ExamState::Grading).ok());
        ScoreReport r;
        r.total = 1;
        r.maxScore = 2;
        r.band = QStringLiteral("low");
        QVERIFY(store.recordGrade(id, results, concepts, r).ok());
    };
    const QHash<QString, QStringList> concepts{
        {u"q1"_qs, {u"networkpolicy"_qs}}, {u"q2"_qs, {u"rbac"_qs, u"serviceaccount"_qs}}, {u"q3"_qs, {u"pods"_qs}}};
    // networkpolicy failed twice, rbac/serviceaccount once (one check of two), pods never.
    grade({result(u"q1"_qs, u"c1"_qs, false), result(u"q2"_qs, u"c1"_qs, true), result(u"q2"_qs, u"c2"_qs, false),
           result(u"q3"_qs, u"c1"_qs, true)},
          concepts);
    grade({result(u"q1"_qs, u"c1"_qs, false), result(u"q2"_qs, u"c1"_qs, true), result(u"q2"_qs, u"c2"_qs, true),
           result(u"q3"_qs, u"c1"_qs, true)},
          concepts);
    // An attempt whose results are in but which was never graded does not count.
    const QString ungraded = store.createAttempt(newAttempt())->id;
    QVERIFY(store.replaceCheckResults(ungraded, {result(u"q3"_qs, u"c1"_qs, false)}, concepts).ok());

    auto weak = store.weakestConcepts(10);
    QVERIFY(weak.ok());
    QCOMPARE(weak->size(), 3);
    QCOMPARE(weak->at(0).name, u"networkpolicy"_qs);
    QCOMPARE(weak->at(0).failed, 2);
    QCOMPARE(weak->at(0).questions, 2);
    QCOMPARE(weak->at(1).name, u"rbac"_qs);
    QCOMPARE(weak->at(1).failed, 1);
    QCOMPARE(weak->at(1).questions, 2);
    QCOMPARE(weak->at(2).name, u"serviceaccount"_qs);
    QCOMPARE(store.weakestConcepts(1)->size(), 1);
}

void TstExamStore::settings()
{
    {
        ExamStore store;
        QVERIFY(store.open(dbPath()).ok());
        QVERIFY(store.setSetting(u"ui.theme"_qs, u"dark"_qs).ok());
        QVERIFY(store.setSetting(u"terminal.fontSize"_qs, 13).ok());
        QVERIFY(store.setSetting(u"runtime.keepEnvironment"_qs, true).ok());
        QVERIFY(store.setSetting(u"labs.extraRoots"_qs, QStringList{u"/a"_qs, u"/b"_qs}).ok());
        QVERIFY(store.setSetting(u"window"_qs, QVariantMap{{u"w"_qs, 1280}, {u"h"_qs, 800}}).ok());
        QVERIFY(store.setSetting(u"ui.theme"_qs, u"light"_qs).ok());
        QVERIFY(store.setSetting(u"gone"_qs, 1).ok());
        QVERIFY(store.removeSetting(u"gone"_qs).ok());
    }
    ExamStore store;
    QVERIFY(store.open(dbPath()).ok());
    QCOMPARE(store.setting(u"ui.theme"_qs)->toString(), u"light"_qs);
    QCOMPARE(store.setting(u"terminal.fontSize"_qs)->toInt(), 13);
    QCOMPARE(store.setting(u"runtime.keepEnvironment"_qs)->toBool(), true);
    QCOMPARE(store.setting(u"labs.extraRoots"_qs)->toStringList(), (QStringList{u"/a"_qs, u"/b"_qs}));
    QCOMPARE(store.setting(u"window"_qs)->toMap().value(u"w"_qs).toInt(), 1280);
    QCOMPARE(store.setting(u"gone"_qs, 7)->toInt(), 7);
    QVERIFY(!store.setting(u"never.set"_qs)->isValid());
}

void TstExamStore::removeAttempt()
{
    ExamStore store;
    QVERIFY(store.open(dbPath()).ok());
    const QString id = store.createAttempt(newAttempt())->id;
    const QString other = store.createAttempt(newAttempt())->id; // stays, with all of its rows
    for (const QString &a : {id, other}) {
        QVERIFY(store.setNote(a, u"q1"_qs, u"note"_qs).ok());
        QVERIFY(store.setFlagged(a, u"q2"_qs, true).ok());
        QVERIFY(store.replaceQuestionProgress(a, {{u"q1"_qs, {true, 3000}}, {u"q2"_qs, {false, 500}}}).ok());
        QVERIFY(store.replaceCheckResults(a, {result(u"q1"_qs, u"c1"_qs, true)}, {{u"q1"_qs, {u"pods"_qs}}}).ok());
        QVERIFY(store.updateRuntimeInfo(a, QJsonObject{{u"session"_qs, a}}).ok());
    }
    // The attempt's terminal recording lives in the data folder and goes with the attempt.
    qputenv("CKX_DATA_DIR", m_dir->filePath(QStringLiteral("removed-data")).toLocal8Bit());
    const QString cast = recordingPath(id);
    QCOMPARE(cast, m_dir->filePath(QStringLiteral("removed-data/recordings/")) + id + u".cast");
    {
        QFile f(cast);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"version\": 2, \"width\": 80, \"height\": 24}\n");
    }
    auto refused = store.removeAttempt(id);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, u"store.active"_qs);
    QVERIFY(QFileInfo::exists(cast));
    QVERIFY(store.setState(id, ExamState::Terminated).ok());
    QVERIFY(store.removeAttempt(id).ok());
    QVERIFY(!QFileInfo::exists(cast));
    qunsetenv("CKX_DATA_DIR");
    QCOMPARE(store.attempts()->size(), 1);
    QCOMPARE(store.questionProgress(other)->size(), 2);

    // Every column of every table, as SQLite sees the file: the removed attempt's id appears nowhere, the other's
    // rows are all there.
    RawDb raw(dbPath());
    const QStringList tables =
        raw.scalar(u"SELECT group_concat(name, ',') FROM sqlite_master WHERE type = 'table'"_qs).toString().split(u',');
    QVERIFY(tables.contains(u"question_progress"_qs) && tables.contains(u"settings"_qs));
    int otherRows = 0;
    for (const QString &table : tables) {
        const QStringList columns =
            raw.scalar(u"SELECT group_concat(name, ',') FROM pragma_table_info('%1')"_qs.arg(table)).toString().split(u',');
        for (const QString &column : columns) {
            const QString where = u"SELECT COUNT(*) FROM \"%1\" WHERE CAST(\"%2\" AS TEXT) LIKE '%%3%'"_qs.arg(table, column);
            QCOMPARE(raw.scalar(where.arg(id)).toInt(), 0);
            otherRows += raw.scalar(where.arg(other)).toInt();
        }
    }
    // attempts (id + runtime_info), marks x2, progress x2, results, concepts
    QCOMPARE(otherRows, 8);
}

void TstExamStore::closedStoreIsAnError()
{
    ExamStore store;
    QVERIFY(!store.isOpen());
    QCOMPARE(store.attempts().error().code, u"store.closed"_qs);
    QCOMPARE(store.setNote(u"a"_qs, u"q"_qs, u"n"_qs).error().code, u"store.closed"_qs);
    QVERIFY(store.open(dbPath()).ok());
    QCOMPARE(store.open(dbPath()).error().code, u"store.open"_qs);

    // A store handed to a worker thread refuses politely; the worker's own store works.
    QString foreignCode;
    bool ownWorks = false;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        foreignCode = store.attempts().error().code;
        ExamStore own;
        ownWorks = own.open(dbPath()).ok() && own.attempts().ok();
    }));
    worker->start();
    QVERIFY(worker->wait(10000));
    QCOMPARE(foreignCode, u"store.thread"_qs);
    QVERIFY(ownWorks);
    QVERIFY(store.attempts().ok());
}

void TstExamStore::concurrentWriters()
{
    QString id;
    {
        ExamStore store;
        QVERIFY(store.open(dbPath()).ok());
        id = store.createAttempt(newAttempt())->id;
    }
    // Two windows (threads), each with its own store, saving notes as fast as they can.
    constexpr int PerThread = 150;
    QStringList errors;
    QMutex errorsMutex;
    auto writer = [&](const QString &prefix) {
        ExamStore store;
        if (auto r = store.open(dbPath()); !r) {
            QMutexLocker l(&errorsMutex);
            errors << r.error().message;
            return;
        }
        for (int i = 0; i < PerThread; ++i) {
            if (auto r = store.setNote(id, prefix + QString::number(i), u"note"_qs); !r) {
                QMutexLocker l(&errorsMutex);
                errors << r.error().message;
            }
        }
    };
    std::unique_ptr<QThread> a(QThread::create(writer, u"a"_qs));
    std::unique_ptr<QThread> b(QThread::create(writer, u"b"_qs));
    a->start();
    b->start();
    QVERIFY(a->wait(60000));
    QVERIFY(b->wait(60000));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    ExamStore store;
    QVERIFY(store.open(dbPath()).ok());
    QCOMPARE(store.questionMarks(id)->size(), 2 * PerThread);
}

QTEST_GUILESS_MAIN(TstExamStore)

#include "tst_examstore.moc"
