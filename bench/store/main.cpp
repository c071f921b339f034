// bench_store: what the learner's writes cost. ExamStore commits with synchronous=FULL (a saved note survives a
// power cut); this measures that choice against the same statement on a plain connection with synchronous=NORMAL
// and FULL, in the same run, plus opening an existing store (part of app start) and recording a 60-check grade.
// Prints medians in microseconds and the FULL/NORMAL ratio.

#include "core/examstore.h"
#include "fixtures/rawsqlite.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace ckx;

namespace {

double medianUs(int runs, const std::function<void(int)> &step)
{
    QList<qint64> ns;
    ns.reserve(runs);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        step(i);
        ns.append(t.nsecsElapsed());
    }
    std::sort(ns.begin(), ns.end());
    return ns.at(ns.size() / 2) / 1000.0;
}

double rawUpsertUs(const QString &path, const char *synchronous, int runs)
{
    test::RawSqlite raw(path);
    raw.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    raw.exec(QStringLiteral("PRAGMA synchronous = %1").arg(QLatin1String(synchronous)));
    raw.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS notes (q TEXT PRIMARY KEY, note TEXT, t INTEGER)"));
    return medianUs(runs, [&raw](int i) {
        // Literal SQL is fine here: the values are our own loop counters, never user input.
        raw.exec(QStringLiteral("INSERT INTO notes VALUES ('q%1', 'note %2', %2) ON CONFLICT (q) DO UPDATE SET "
                                "note = excluded.note, t = excluded.t")
                     .arg(i % 20)
                     .arg(i));
    });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? QByteArray(argv[1]).toInt() : 300;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ckx.sqlite"));

    QString id;
    double noteUs = 0;
    double gradeUs = 0;
    {
        ExamStore store;
        if (auto r = store.open(path); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
            return 1;
        }
        ExamAttempt a;
        a.labId = QStringLiteral("bench-lab");
        id = store.createAttempt(a)->id;
        noteUs = medianUs(runs, [&](int i) {
            (void)store.setNote(id, QStringLiteral("q%1").arg(i % 20), QStringLiteral("note %1").arg(i));
        });
        QList<CheckResult> results;
        for (int i = 0; i < 60; ++i) {
            CheckResult r;
            r.questionId = QStringLiteral("q%1").arg(i / 3);
            r.checkId = QStringLiteral("c%1").arg(i);
            r.output = QStringLiteral("deployment.apps/web created\n").repeated(20);
            r.passed = i % 2;
            results.append(r);
        }
        gradeUs = medianUs(std::max(20, runs / 10), [&](int) { (void)store.replaceCheckResults(id, results); });
    }
    const double openUs = medianUs(std::max(20, runs / 10), [&](int) {
        ExamStore s;
        (void)s.open(path);
    });
    const double normalUs = rawUpsertUs(dir.filePath(QStringLiteral("normal.sqlite")), "NORMAL", runs);
    const double fullUs = rawUpsertUs(dir.filePath(QStringLiteral("full.sqlite")), "FULL", runs);

    std::printf("store bench, %d runs, medians (us)\n", runs);
    std::printf("  ExamStore::setNote (FULL)            %9.1f\n", noteUs);
    std::printf("  raw upsert, synchronous=NORMAL (ref) %9.1f\n", normalUs);
    std::printf("  raw upsert, synchronous=FULL         %9.1f\n", fullUs);
    std::printf("  setNote / NORMAL reference           %9.2fx\n", noteUs / normalUs);
    std::printf("  replaceCheckResults, 60 checks       %9.1f\n", gradeUs);
    std::printf("  open existing store                  %9.1f\n", openUs);
    return 0;
}
