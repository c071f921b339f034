#include "core/examstore.h"

#include "core/datapaths.h"
#include "core/examstoremigrations.h"
#include "core/labparameters.h"
#include "core/sqlitetransaction.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QThread>
#include <QSqlError>
#include <QTimeZone>
#include <QUuid>

namespace ckx {

namespace {

Q_LOGGING_CATEGORY(lcStore, "ckx.core.store")

// Waiting for another writer (a second window, ckxctl) is better than failing a learner's note.
constexpr int BusyTimeoutMs = 5000;

const QString AttemptColumns = QStringLiteral(
    "id, lab_id, mode, state, failure_reason, created_at, ready_at, started_at, deadline, paused_remaining_ms, "
    "graded_at, ended_at, synced_at, score, max_score, band, runtime_info, current_question, parameters, exam_grant");

QVariant toDb(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

QDateTime fromDb(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::utc());
}

// Qt binds a null QString as SQL NULL; our text columns are NOT NULL with '' for "none".
QVariant toDb(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant toDb(const std::optional<double> &d)
{
    return d ? QVariant(*d) : QVariant();
}

Error notFound(const QString &id)
{
    return makeError(QStringLiteral("store.not-found"), QStringLiteral("no exam attempt with id \"%1\"").arg(id));
}

Error notOpen()
{
    return makeError(QStringLiteral("store.closed"), QStringLiteral("the exam store is not open"));
}

Result<ExamAttempt> attemptFromRow(const QSqlQuery &q)
{
    ExamAttempt a;
    a.id = q.value(0).toString();
    a.labId = q.value(1).toString();
    a.mode = q.value(2).toString();
    auto state = examStateFromString(q.value(3).toString());
    if (!state)
        return makeError(state.error().code, QStringLiteral("attempt %1: %2").arg(a.id, state.error().message));
    a.state = *state;
    a.failureReason = q.value(4).toString();
    a.createdAt = fromDb(q.value(5));
    a.readyAt = fromDb(q.value(6));
    a.startedAt = fromDb(q.value(7));
    a.deadline = fromDb(q.value(8));
    a.pausedRemainingMs = q.value(9).isNull() ? -1 : q.value(9).toLongLong();
    a.gradedAt = fromDb(q.value(10));
    a.endedAt = fromDb(q.value(11));
    a.syncedAt = fromDb(q.value(12));
    if (!q.value(13).isNull())
        a.score = q.value(13).toDouble();
    if (!q.value(14).isNull())
        a.maxScore = q.value(14).toDouble();
    a.band = q.value(15).toString();
    a.runtimeInfo = QJsonDocument::fromJson(q.value(16).toString().toUtf8()).object();
    a.currentQuestion = q.value(17).toString();
    a.parameters = labparameters::fromJson(QJsonDocument::fromJson(q.value(18).toString().toUtf8()).object());
    a.grant = q.value(19).toString();
    return a;
}

} // namespace

ExamStore::ExamStore()
{
    static QAtomicInteger<quint64> counter;
    m_connection = QStringLiteral("ckx.store.%1").arg(counter.fetchAndAddRelaxed(1));
}

ExamStore::~ExamStore()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

int ExamStore::latestSchemaVersion()
{
    return storeschema::latestVersion();
}

Result<void> ExamStore::openDefault()
{
    return open(storePath());
}

Result<void> ExamStore::open(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QSqlDatabase::contains(m_connection))
        return makeError(QStringLiteral("store.open"),
                         QStringLiteral("the exam store is already open (%1)").arg(m_path));
    const QString folder = QFileInfo(absolute).absolutePath();
    if (!QDir().mkpath(folder))
        return makeError(QStringLiteral("store.open"),
                         QStringLiteral("cannot create the folder %1 for the exam store").arg(folder));

    auto version = openConnection(absolute);
    if (!version) {
        // Every handle to the connection is gone by now, so it can be removed cleanly.
        QSqlDatabase::removeDatabase(m_connection);
        return version.error();
    }
    m_path = absolute;
    m_schemaVersion = *version;
    m_thread = QThread::currentThread();
    return {};
}

Result<int> ExamStore::openConnection(const QString &absolute)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(absolute);
    if (!db.open()) {
        return makeError(QStringLiteral("store.open"),
                         QStringLiteral("cannot open the exam store %1: %2").arg(absolute, db.lastError().text()));
    }
    auto closeOnError = qScopeGuard([&db] { db.close(); });

    if (auto r = runSql(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs)); !r)
        return r.error();
    // Read the version before anything writes: a file that is not SQLite fails here, and a file from a newer
    // CKX is refused before switching it to WAL (which would rewrite its header). Both are left as they were.
    auto existing = storeschema::currentVersion(db);
    if (!existing) {
        return makeError(QStringLiteral("store.open"),
                         QStringLiteral("%1 is not a usable CKX store (%2). Move the file away, or set "
                                        "CKX_DATA_DIR to use another folder.")
                             .arg(absolute, existing.error().message));
    }
    if (*existing > storeschema::latestVersion())
        return storeschema::migrate(db); // refuses with "store.too-new" and writes nothing

    auto mode = runSql(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return mode.error();
    if (mode->next() && mode->value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
        // e.g. a file system without shared memory: still correct with a rollback journal, only less concurrent.
        qCWarning(lcStore) << absolute << "cannot use WAL; journal mode is" << mode->value(0).toString();
    }
    mode->finish();
    // FULL: a commit is on disk before the call returns, so a power cut cannot take back a note or a result the
    // learner already saw saved. It costs one fsync per write (~5 ms on the test VM, docs/benchmarks.md); our
    // writes are a few per minute (notes are debounced), so a learner never notices it.
    for (const auto *pragma : {u"PRAGMA synchronous = FULL", u"PRAGMA foreign_keys = ON"}) {
        if (auto r = runSql(db, QString::fromUtf16(pragma)); !r)
            return r.error();
    }
    auto version = storeschema::migrate(db);
    if (version)
        closeOnError.dismiss();
    return version;
}

bool ExamStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && m_schemaVersion > 0;
}

void ExamStore::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime ExamStore::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

Result<void> ExamStore::requireOpen() const
{
    if (!isOpen())
        return notOpen();
    if (QThread::currentThread() != m_thread) {
        // Qt Sql connections belong to the thread that made them; say so instead of failing obscurely.
        return makeError(QStringLiteral("store.thread"),
                         QStringLiteral("the exam store %1 was opened in another thread; open a second ExamStore on "
                                        "the same file in this thread")
                             .arg(m_path));
    }
    return {};
}

// --- attempts ------------------------------------------------------------------------------------------------

Result<ExamAttempt> ExamStore::createAttempt(ExamAttempt a)
{
    if (auto r = requireOpen(); !r)
        return r.error();
    if (a.labId.isEmpty())
        return makeError(QStringLiteral("store.invalid"), QStringLiteral("an exam attempt needs a lab id"));
    if (a.mode != u"exam" && a.mode != u"practice") {
        return makeError(
            QStringLiteral("store.invalid"),
            QStringLiteral("exam attempt mode \"%1\" is unknown; expected \"exam\" or \"practice\"").arg(a.mode));
    }
    if (a.id.isEmpty())
        a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!a.createdAt.isValid())
        a.createdAt = now();
    a.state = ExamState::Provisioning;

    const QSqlDatabase db = QSqlDatabase::database(m_connection);
    SqliteTransaction tx(db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto exists = runSql(db, QStringLiteral("SELECT 1 FROM attempts WHERE id = ?"), {a.id});
    if (!exists)
        return exists.error();
    if (exists->next()) {
        return makeError(QStringLiteral("store.duplicate"),
                         QStringLiteral("an exam attempt with id \"%1\" already exists").arg(a.id));
    }
    exists->finish();
    auto ins = runSql(
        db,
        QStringLiteral("INSERT INTO attempts (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?)")
            .arg(AttemptColumns),
        {a.id, a.labId, a.mode, examStateToString(a.state), toDb(a.failureReason), toDb(a.createdAt), toDb(a.readyAt),
         toDb(a.startedAt), toDb(a.deadline), a.pausedRemainingMs >= 0 ? QVariant(a.pausedRemainingMs) : QVariant(),
         toDb(a.gradedAt), toDb(a.endedAt), toDb(a.syncedAt), toDb(a.score), toDb(a.maxScore), toDb(a.band),
         QString::fromUtf8(QJsonDocument(a.runtimeInfo).toJson(QJsonDocument::Compact)), toDb(a.currentQuestion),
         QString::fromUtf8(QJsonDocument(labparameters::toJson(a.parameters)).toJson(QJsonDocument::Compact)),
         toDb(a.grant)});
    if (!ins)
        return ins.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return a;
}

Result<QList<ExamAttempt>> ExamStore::queryAttempts(const QString &where, const QVariantList &values) const
{
    if (auto r = requireOpen(); !r)
        return r.error();
    QString sql = QStringLiteral("SELECT %1 FROM attempts").arg(AttemptColumns);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QStringLiteral(" ORDER BY created_at DESC, rowid DESC");
    auto q = runSql(QSqlDatabase::database(m_connection), sql, values);
    if (!q)
        return q.error();
    QList<ExamAttempt> out;
    while (q->next()) {
        auto a = attemptFromRow(*q);
        if (!a)
            return a.error();
        out.append(std::move(*a));
    }
    return out;
}

Result<ExamAttempt> ExamStore::attempt(const QString &id) const
{
    auto list = queryAttempts(QStringLiteral("id = ?"), {id});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return notFound(id);
    return list->first();
}

Result<QList<ExamAttempt>> ExamStore::attempts() const
{
    return queryAttempts({}, {});
}

Result<QList<ExamAttempt>> ExamStore::activeAttempts() const
{
    return attemptsInStates({ExamState::Provisioning, ExamState::Ready, ExamState::Grading});
}

Result<QList<ExamAttempt>> ExamStore::attemptsInStates(const QList<ExamState> &states) const
{
    if (states.isEmpty())
        return QList<ExamAttempt>{};
    QStringList marks;
    QVariantList values;
    for (ExamState s : states) {
        marks << QStringLiteral("?");
        values << examStateToString(s);
    }
    return queryAttempts(QStringLiteral("state IN (%1)").arg(marks.join(u',')), values);
}

Result<QList<ExamAttempt>> ExamStore::gradedAttempts(const QString &labId, int limit) const
{
    QString where = QStringLiteral("score IS NOT NULL");
    QVariantList values;
    if (!labId.isEmpty()) {
        where += QStringLiteral(" AND lab_id = ?");
        values << labId;
    }
    auto list = queryAttempts(where, values);
    if (list && limit > 0 && list->size() > limit)
        list->resize(limit);
    return list;
}

Result<ExamAttempt> ExamStore::setState(const QString &id, ExamState state, const QString &reason)
{
    if (auto r = requireOpen(); !r)
        return r.error();
    SqliteTransaction tx(QSqlDatabase::database(m_connection));
    if (auto r = tx.begin(); !r)
        return r.error();
    auto a = setStateLocked(id, state, reason);
    if (!a)
        return a.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return a;
}

Result<ExamAttempt> ExamStore::setStateLocked(const QString &id, ExamState state, const QString &reason)
{
    auto current = attempt(id);
    if (!current)
        return current.error();
    ExamAttempt a = std::move(*current);
    if (a.state == state)
        return a;
    if (auto r = checkTransition(a.state, state); !r)
        return makeError(r.error().code, QStringLiteral("attempt %1 (%2): %3").arg(id, a.labId, r.error().message));

    const QDateTime t = now();
    a.state = state;
    if (state == ExamState::Ready && !a.readyAt.isValid())
        a.readyAt = t;
    if (state == ExamState::Graded && !a.gradedAt.isValid())
        a.gradedAt = t;
    if ((state == ExamState::Terminated || state == ExamState::Failed) && !a.endedAt.isValid())
        a.endedAt = t;
    if (state == ExamState::Failed)
        a.failureReason = reason.isEmpty() ? QStringLiteral("no reason was given") : reason;

    auto r = runSql(
        QSqlDatabase::database(m_connection),
        QStringLiteral("UPDATE attempts SET state = ?, failure_reason = ?, ready_at = ?, graded_at = ?, "
                       "ended_at = ? WHERE id = ?"),
        {examStateToString(a.state), toDb(a.failureReason), toDb(a.readyAt), toDb(a.gradedAt), toDb(a.endedAt), id});
    if (!r)
        return r.error();
    qCInfo(lcStore).noquote() << "attempt" << id << "is now" << examStateToString(state);
    return a;
}

Result<void> ExamStore::updateColumns(const QString &id, const QString &setClause, const QVariantList &values)
{
    if (auto r = requireOpen(); !r)
        return r.error();
    QVariantList all = values;
    all << id;
    auto q = runSql(QSqlDatabase::database(m_connection),
                    QStringLiteral("UPDATE attempts SET %1 WHERE id = ?").arg(setClause), all);
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return notFound(id);
    return {};
}

Result<void> ExamStore::updateRuntimeInfo(const QString &id, const QJsonObject &info)
{
    return updateColumns(id, QStringLiteral("runtime_info = ?"),
                         {QString::fromUtf8(QJsonDocument(info).toJson(QJsonDocument::Compact))});
}

Result<void> ExamStore::setTimes(const QString &id, const QDateTime &startedAt, const QDateTime &deadline)
{
    return updateColumns(id, QStringLiteral("started_at = ?, deadline = ?"), {toDb(startedAt), toDb(deadline)});
}

Result<void> ExamStore::setPausedRemaining(const QString &id, std::optional<qint64> remainingMs)
{
    return updateColumns(id, QStringLiteral("paused_remaining_ms = ?"),
                         {remainingMs ? QVariant(std::max<qint64>(0, *remainingMs)) : QVariant()});
}

Result<void> ExamStore::setCurrentQuestion(const QString &id, const QString &questionId)
{
    return updateColumns(id, QStringLiteral("current_question = ?"), {toDb(questionId)});
}

Result<void> ExamStore::markSynced(const QString &id, const QDateTime &when)
{
    return updateColumns(id, QStringLiteral("synced_at = ?"), {toDb(when)});
}

Result<void> ExamStore::removeAttempt(const QString &id)
{
    if (auto r = requireOpen(); !r)
        return r.error();
    const QSqlDatabase db = QSqlDatabase::database(m_connection);
    SqliteTransaction tx(db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto a = attempt(id);
    if (!a)
        return a.error();
    if (a->isActive()) {
        return makeError(QStringLiteral("store.active"),
                         QStringLiteral("attempt %1 (%2) is still %3; end it before removing it")
                             .arg(id, a->labId, examStateToString(a->state)));
    }
    if (auto r = runSql(db, QStringLiteral("DELETE FROM attempts WHERE id = ?"), {id}); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r;
    // The terminal recording belongs to the attempt: it goes with it (absent when nothing was recorded).
    QFile::remove(recordingPath(id));
    return {};
}

// --- flags and notes -----------------------------------------------------------------------------------------

Result<void> ExamStore::setFlagged(const QString &attemptId, const QString &questionId, bool flagged)
{
    if (auto r = requireOpen(); !r)
        return r.error();
    auto q = runSql(QSqlDatabase::database(m_connection),
                    QStringLiteral("INSERT INTO question_marks (attempt_id, question_id, flagged, updated_at) "
                                   "VALUES (?, ?, ?, ?) ON CONFLICT (attempt_id, question_id) DO UPDATE SET "
                                   "flagged = excluded.flagged, updated_at = excluded.updated_at"),
                    {attemptId, toDb(questionId), flagged ? 1 : 0, toDb(now())});
    if (!q)
        return q.error().message.contains(u"FOREIGN KEY") ? Result<void>(notFound(attemptId)) : Result<void>(q.error());
    return {};
}

Result<void> ExamStore::setNote(const QString &attemptId, const QString &questionId, const QString &note)
{
    if (auto r = requireOpen(); !r)
        return r.error();
    auto q = runSql(QSqlDatabase::database(m_connection),
                    QStringLiteral("INSERT INTO question_marks (attempt_id, question_id, note, updated_at) "
                                   "VALUES (?, ?, ?, ?) ON CONFLICT (attempt_id, question_id) DO UPDATE SET "
                                   "note = excluded.note, updated_at = excluded.updated_at"),
                    {attemptId, toDb(questionId), toDb(note), toDb(now())});
    if (!q)
        return q.error().message.contains(u"FOREIGN KEY") ? Result<void>(notFound(attemptId)) : Result<void>(q.error());
    return {};
}

Result<QHash<QString, QuestionMark>> ExamStore::questionMarks(const QString &attemptId) const
{
    if (auto r = requireOpen(); !r)
        return r.error();
    auto q = runSql(QSqlDatabase::database(m_connection),
                    QStringLiteral("SELECT question_id, flagged, note FROM question_marks WHERE attempt_id = ? "
                                   "AND (flagged <> 0 OR note <> '')"),
                    {attemptId});
    if (!q)
        return q.error();
    QHash<QString, QuestionMark> out;
    while (q->next()) {
        QuestionMark m;
        m.questionId = q->value(0).toString();
        m.flagged = q->value(1).toInt() != 0;
        m.note = q->value(2).toString();
        out.insert(m.questionId, m);
    }
    return out;
}

// --- question progress ---------------------------------------------------------------------------------------

Result<QHash<QString, QuestionProgress>> ExamStore::questionProgress(const QString &attemptId) const
{
    CKX_TRY(requireOpen());
    auto q = runSql(QSqlDatabase::database(m_connection),
                    QStringLiteral("SELECT question_id, answered, time_spent_ms FROM question_progress WHERE attempt_id = ?"),
                    {attemptId});
    if (!q)
        return q.error();
    QHash<QString, QuestionProgress> out;
    while (q->next())
        out.insert(q->value(0).toString(), QuestionProgress{q->value(1).toInt() != 0, q->value(2).toLongLong()});
    return out;
}

Result<void> ExamStore::replaceQuestionProgress(const QString &attemptId, const QHash<QString, QuestionProgress> &progress)
{
    CKX_TRY(requireOpen());
    const QSqlDatabase db = QSqlDatabase::database(m_connection);
    SqliteTransaction tx(db);
    CKX_TRY(tx.begin());
    CKX_TRY(runSql(db, QStringLiteral("DELETE FROM question_progress WHERE attempt_id = ?"), {attemptId}));
    for (auto it = progress.cbegin(); it != progress.cend(); ++it) {
        if (it.key().isEmpty() || (!it->answered && it->timeSpentMs <= 0))
            continue;
        auto q = runSql(db,
                        QStringLiteral("INSERT INTO question_progress (attempt_id, question_id, answered, time_spent_ms) "
                                       "VALUES (?, ?, ?, ?)"),
                        {attemptId, it.key(), it->answered ? 1 : 0, std::max<qint64>(0, it->timeSpentMs)});
        if (!q)
            return q.error().message.contains(u"FOREIGN KEY") ? notFound(attemptId) : q.error();
    }
    return tx.commit();
}

// --- grading -------------------------------------------------------------------------------------------------

Result<void> ExamStore::writeResultsLocked(const QString &attemptId, const QList<CheckResult> &results,
                                           const QHash<QString, QStringList> &conceptsByQuestion)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection);
    for (const auto *table : {u"check_results", u"question_concepts"}) {
        auto del = runSql(db, QStringLiteral("DELETE FROM %1 WHERE attempt_id = ?").arg(QString::fromUtf16(table)),
                          {attemptId});
        if (!del)
            return del.error();
    }
    QSqlQuery ins(db);
    if (!ins.prepare(QStringLiteral("INSERT INTO check_results (attempt_id, question_id, check_id, exit_code, "
                                    "expected_exit_code, output, weight, passed, duration_ms) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
        return makeError(
            QStringLiteral("store.sql"),
            QStringLiteral("%1: cannot prepare the check-result insert: %2").arg(m_path, ins.lastError().text()));
    }
    for (const auto &r : results) {
        const QVariantList values{attemptId,      toDb(r.questionId), toDb(r.checkId),  r.exitCode,  r.expectedExitCode,
                                  toDb(r.output), r.weight,           r.passed ? 1 : 0, r.durationMs};
        for (int i = 0; i < values.size(); ++i)
            ins.bindValue(i, values.at(i));
        if (!ins.exec()) {
            return makeError(QStringLiteral("store.sql"),
                             QStringLiteral("%1: cannot store the result of check %2 of question %3 (attempt %4): %5")
                                 .arg(m_path, r.checkId, r.questionId, attemptId, ins.lastError().text()));
        }
    }
    for (auto it = conceptsByQuestion.constBegin(); it != conceptsByQuestion.constEnd(); ++it) {
        for (const QString &concept_ : it.value()) {
            if (concept_.trimmed().isEmpty())
                continue;
            auto c = runSql(db,
                            QStringLiteral("INSERT OR IGNORE INTO question_concepts (attempt_id, question_id, concept) "
                                           "VALUES (?, ?, ?)"),
                            {attemptId, toDb(it.key()), concept_.trimmed()});
            if (!c)
                return c.error();
        }
    }
    return {};
}

Result<void> ExamStore::replaceCheckResults(const QString &attemptId, const QList<CheckResult> &results,
                                            const QHash<QString, QStringList> &conceptsByQuestion)
{
    if (auto r = requireOpen(); !r)
        return r.error();
    SqliteTransaction tx(QSqlDatabase::database(m_connection));
    if (auto r = tx.begin(); !r)
        return r.error();
    if (auto a = attempt(attemptId); !a)
        return a.error();
    if (auto r = writeResultsLocked(attemptId, results, conceptsByQuestion); !r)
        return r;
    return tx.commit();
}

Result<ExamAttempt> ExamStore::recordGrade(const QString &attemptId, const QList<CheckResult> &results,
                                           const QHash<QString, QStringList> &conceptsByQuestion,
                                           const ScoreReport &report)
{
    if (auto r = requireOpen(); !r)
        return r.error();
    SqliteTransaction tx(QSqlDatabase::database(m_connection));
    if (auto r = tx.begin(); !r)
        return r.error();
    auto a = setStateLocked(attemptId, ExamState::Graded, {});
    if (!a)
        return a.error();
    if (auto r = writeResultsLocked(attemptId, results, conceptsByQuestion); !r)
        return r.error();
    a->score = report.total;
    a->maxScore = report.maxScore;
    a->band = report.band;
    a->gradedAt = now(); // a re-grade (Graded → Graded) gets a fresh time too
    auto u =
        runSql(QSqlDatabase::database(m_connection),
               QStringLiteral("UPDATE attempts SET score = ?, max_score = ?, band = ?, graded_at = ? WHERE id = ?"),
               {*a->score, *a->maxScore, toDb(a->band), toDb(a->gradedAt), attemptId});
    if (!u)
        return u.error();
    if (auto r = queueResultLocked(*a, results); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return a;
}

Result<QList<CheckResult>> ExamStore::checkResults(const QString &attemptId) const
{
    if (auto r = requireOpen(); !r)
        return r.error();
    auto q = runSql(QSqlDatabase::database(m_connection),
                    QStringLiteral("SELECT question_id, check_id, exit_code, expected_exit_code, output, weight, "
                                   "passed, duration_ms FROM check_results WHERE attempt_id = ? ORDER BY rowid"),
                    {attemptId});
    if (!q)
        return q.error();
    QList<CheckResult> out;
    while (q->next()) {
        CheckResult r;
        r.questionId = q->value(0).toString();
        r.checkId = q->value(1).toString();
        r.exitCode = q->value(2).toInt();
        r.expectedExitCode = q->value(3).toInt();
        r.output = q->value(4).toString();
        r.weight = q->value(5).toDouble();
        r.passed = q->value(6).toInt() != 0;
        r.durationMs = q->value(7).toLongLong();
        out.append(r);
    }
    return out;
}

Result<QList<ConceptStat>> ExamStore::weakestConcepts(int limit) const
{
    if (auto r = requireOpen(); !r)
        return r.error();
    // A question "failed" when any of its checks failed in the attempt's last grading run.
    auto q = runSql(QSqlDatabase::database(m_connection),
                    QStringLiteral("SELECT qc.concept, COUNT(*) AS seen, SUM(r.bad_checks > 0) AS failed_questions "
                                   "FROM question_concepts qc "
                                   "JOIN (SELECT attempt_id, question_id, SUM(passed = 0) AS bad_checks "
                                   "      FROM check_results GROUP BY attempt_id, question_id) r "
                                   "  ON r.attempt_id = qc.attempt_id AND r.question_id = qc.question_id "
                                   "JOIN attempts a ON a.id = qc.attempt_id AND a.score IS NOT NULL "
                                   "GROUP BY qc.concept HAVING failed_questions > 0 "
                                   "ORDER BY failed_questions DESC, CAST(failed_questions AS REAL) / seen DESC, "
                                   "qc.concept "
                                   "LIMIT ?"),
                    {limit > 0 ? limit : -1});
    if (!q)
        return q.error();
    QList<ConceptStat> out;
    while (q->next())
        out.append(ConceptStat{q->value(0).toString(), q->value(1).toInt(), q->value(2).toInt()});
    return out;
}

// --- settings ------------------------------------------------------------------------------------------------

Result<void> ExamStore::setSetting(const QString &key, const QVariant &value)
{
    if (auto r = requireOpen(); !r)
        return r.error();
    // Wrapped in an array so scalars (a bare string or number is not a JSON document) round-trip too.
    const QByteArray json = QJsonDocument(QJsonArray{QJsonValue::fromVariant(value)}).toJson(QJsonDocument::Compact);
    auto q = runSql(QSqlDatabase::database(m_connection),
                    QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                    {toDb(key), QString::fromUtf8(json)});
    if (!q)
        return q.error();
    return {};
}

Result<QVariant> ExamStore::setting(const QString &key, const QVariant &fallback) const
{
    if (auto r = requireOpen(); !r)
        return r.error();
    auto q =
        runSql(QSqlDatabase::database(m_connection), QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!q)
        return q.error();
    if (!q->next())
        return fallback;
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(q->value(0).toString().toUtf8(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1) {
        qCWarning(lcStore) << m_path << "setting" << key << "is not valid JSON; using the default";
        return fallback;
    }
    return doc.array().at(0).toVariant();
}

Result<void> ExamStore::removeSetting(const QString &key)
{
    if (auto r = requireOpen(); !r)
        return r.error();
    auto q = runSql(QSqlDatabase::database(m_connection), QStringLiteral("DELETE FROM settings WHERE key = ?"), {key});
    if (!q)
        return q.error();
    return {};
}

} // namespace ckx
