// "An interrupted write never corrupts the store": this test binary, run as a child with --crash-writer, rewrites
// an attempt's check results in a loop of large transactions; the test kills it with SIGKILL at several points
// inside a transaction, then checks what a learner would see on the next start: the file opens, passes SQLite's
// integrity check, and holds exactly one complete grading run, never a mix, with everything saved earlier intact.

#include "core/examstore.h"
#include "fixtures/rawsqlite.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace ckx;
using RawDb = ckx::test::RawSqlite;

namespace {

CheckResult result(const QString &q, const QString &c, const QString &output)
{
    CheckResult r;
    r.questionId = q;
    r.checkId = c;
    r.passed = true;
    r.exitCode = 0;
    r.output = output;
    return r;
}

// --- the crash writer: this test binary run as a child with --crash-writer DB ATTEMPT ---------------------------
constexpr int CrashRows = 20000;

int runCrashWriter(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ExamStore store;
    if (auto r = store.open(QString::fromLocal8Bit(argv[2])); !r) {
        std::fprintf(stderr, "open: %s\n", qPrintable(r.error().message));
        return 3;
    }
    const QString attemptId = QString::fromLocal8Bit(argv[3]);
    for (int run = 1;; ++run) {
        QList<CheckResult> rows;
        rows.reserve(CrashRows);
        const QString output = QStringLiteral("run %1 ").arg(run).repeated(8);
        for (int i = 0; i < CrashRows; ++i)
            rows.append(result(QStringLiteral("q%1").arg(i / 100), QStringLiteral("c%1").arg(i), output));
        std::printf("begin %d\n", run);
        std::fflush(stdout);
        QElapsedTimer t;
        t.start();
        if (auto r = store.replaceCheckResults(attemptId, rows); !r) {
            std::fprintf(stderr, "write: %s\n", qPrintable(r.error().message));
            return 4;
        }
        std::printf("done %d %lld\n", run, qint64(t.elapsed()));
        std::fflush(stdout);
    }
}

} // namespace

class TstExamStoreCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void interruptedWriteKeepsLastCommit();
};

void TstExamStoreCrash::interruptedWriteKeepsLastCommit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ckx.sqlite"));
    QString id;
    {
        ExamStore store;
        QVERIFY(store.open(path).ok());
        ExamAttempt a;
        a.labId = QStringLiteral("ckad-001");
        id = store.createAttempt(a)->id;
        QVERIFY(store.setNote(id, u"q1"_qs, u"written before the crash"_qs).ok());
    }

    int killedMidTransaction = 0;
    // Kill the writer at different points of a transaction: early, halfway, near the commit.
    for (const double fraction : {0.1, 0.3, 0.6}) {
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QCoreApplication::applicationFilePath(), {u"--crash-writer"_qs, path, id});
        QVERIFY(child.waitForStarted());

        QStringList lines;
        int lastDone = 0;
        qint64 txMs = 0;
        int target = 0;
        QElapsedTimer deadline;
        deadline.start();
        while (target == 0 && deadline.elapsed() < 60000) {
            if (!child.canReadLine() && !child.waitForReadyRead(20000))
                QFAIL(qPrintable(u"the writer stopped: "_qs + QString::fromLocal8Bit(child.readAllStandardError())));
            while (child.canReadLine()) {
                const QStringList parts = QString::fromLatin1(child.readLine()).trimmed().split(u' ');
                if (parts.value(0) == u"done") {
                    lastDone = parts.value(1).toInt();
                    txMs = std::max(txMs, parts.value(2).toLongLong());
                } else if (parts.value(0) == u"begin" && parts.value(1).toInt() >= 3) {
                    target = parts.value(1).toInt();
                    break;
                }
            }
        }
        QVERIFY2(target > 0, "the writer never reached its third transaction");
        QVERIFY2(txMs >= 20, qPrintable(u"a transaction took only %1 ms; too short to interrupt"_qs.arg(txMs)));
        qInfo("transactions take up to %lld ms; killing %d ms into run %d", txMs, int(txMs * fraction), target);
        QTest::qSleep(int(txMs * fraction));
        child.kill(); // SIGKILL: no destructor, no rollback, no checkpoint
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        bool targetReported = false;
        for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
            if (line.startsWith(QByteArray(QByteArray("done ") + QByteArray::number(target) + ' ')))
                targetReported = true;
        }

        // The file opens cleanly and holds exactly one complete run: the previous one, or the one in flight if
        // its commit record reached the disk before the kill (the kill may land after the commit point but before
        // COMMIT returns, e.g. during the checkpoint). Never a mix, never less than what was reported saved.
        {
            RawDb raw(path);
            QVERIFY(raw.ok());
            QCOMPARE(raw.scalar(u"PRAGMA integrity_check"_qs).toString(), u"ok"_qs);
        }
        ExamStore store;
        auto opened = store.open(path);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        auto results = store.checkResults(id);
        QVERIFY(results.ok());
        QCOMPARE(results->size(), CrashRows);
        const int storedRun = results->first().output.section(u' ', 1, 1).toInt();
        QVERIFY2(storedRun == target || storedRun == target - 1,
                 qPrintable(u"run %1 stored while run %2 was being written"_qs.arg(storedRun).arg(target)));
        QVERIFY(storedRun >= lastDone);
        if (targetReported)
            QCOMPARE(storedRun, target);
        if (storedRun == target - 1)
            ++killedMidTransaction; // the run in flight was rolled back: the kill landed inside its transaction
        const QString marker = QStringLiteral("run %1 ").arg(storedRun);
        for (const auto &r : *results) {
            if (!r.output.startsWith(marker))
                QFAIL(
                    qPrintable(u"check %1 holds \"%2\", expected run %3 throughout"_qs.arg(r.checkId, r.output.left(12))
                                   .arg(storedRun)));
        }
        QCOMPARE(store.questionMarks(id)->value(u"q1"_qs).note, u"written before the crash"_qs);
    }
    qInfo("%d of 3 kills landed inside a transaction", killedMidTransaction);
    QVERIFY2(killedMidTransaction > 0, "no kill landed inside a transaction; the test proved nothing");
}

int main(int argc, char **argv)
{
    if (argc >= 4 && qstrcmp(argv[1], "--crash-writer") == 0)
        return runCrashWriter(argc, argv);
    QCoreApplication app(argc, argv);
    TstExamStoreCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_examstorecrash.moc"
