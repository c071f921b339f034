// bench_appstart: cold start of `ckx` to a painted catalog, and its idle RSS before any web view, as medians of
// several runs. Reference in the same invocation: this program's own minimal Qt Widgets window (a QMainWindow
// with a filled table), started the same way, so the ratio says what CKX adds over "just Qt".
#include "ui/startupprobe.h"

#include <QApplication>
#include <QFile>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QProcess>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include "ckxpaths.h"

namespace {

struct Run
{
    double startMs = -1;
    qint64 rssKb = -1;
};

Run runOnce(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    Run r;
    QByteArray out;
    while (p.state() != QProcess::NotRunning || p.bytesAvailable()) {
        p.waitForReadyRead(100);
        out += p.readAllStandardOutput();
        if (r.startMs < 0 && out.contains("catalog-visible"))
            r.startMs = double(t.nsecsElapsed()) / 1e6;
        if (t.elapsed() > 30'000) {
            p.kill();
            break;
        }
    }
    p.waitForFinished(5000);
    const int at = int(out.indexOf("rss-kb "));
    if (at >= 0)
        r.rssKb = out.mid(at + 7).split('\n').value(0).trimmed().toLongLong();
    return r;
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

int referenceChild(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow w;
    auto *table = new QTableWidget(20, 7, &w);
    for (int r = 0; r < 20; ++r)
        for (int c = 0; c < 7; ++c)
            table->setItem(r, c, new QTableWidgetItem(QStringLiteral("cell %1.%2").arg(r).arg(c)));
    w.setCentralWidget(table);
    new ckx::StartupProbe(table->viewport());
    w.resize(1280, 800);
    w.show();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--reference-child") == 0)
        return referenceChild(argc, argv);
    QCoreApplication app(argc, argv);
    const int runs = qEnvironmentVariableIsSet("CKX_BENCH_RUNS") ? qEnvironmentVariableIntValue("CKX_BENCH_RUNS") : 7;
    const QString ckx = QStringLiteral(CKX_BIN_DIR "/ckx");
    QTemporaryDir data;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CKX_STARTUP_PROBE"), QStringLiteral("1"));
    env.insert(QStringLiteral("CKX_DATA_DIR"), data.path());
    env.insert(QStringLiteral("CKX_LABS_DIRS"), QStringLiteral(CKX_SOURCE_DIR "/resources/labs"));
    // A returning learner: the first-run page is done, so the catalog is the first page.
    {
        QFile ini(data.path() + QStringLiteral("/settings.ini"));
        if (ini.open(QIODevice::WriteOnly))
            ini.write("[app]\nfirstRunDone=true\n");
    }
    QList<double> ckxMs, refMs, ckxRss, refRss;
    runOnce(ckx, {}, env); // warm the page cache once: "cold" here means a new process, not an empty disk cache
    for (int i = 0; i < runs; ++i) {
        const Run a = runOnce(ckx, {}, env);
        const Run b = runOnce(QCoreApplication::applicationFilePath(), {QStringLiteral("--reference-child")}, env);
        if (a.startMs < 0 || b.startMs < 0) {
            std::fprintf(stderr, "run %d: no catalog-visible line (ckx %.0f ms, reference %.0f ms)\n", i, a.startMs,
                         b.startMs);
            return 1;
        }
        ckxMs << a.startMs;
        refMs << b.startMs;
        ckxRss << double(a.rssKb) / 1024.0;
        refRss << double(b.rssKb) / 1024.0;
    }
    const double start = median(ckxMs), ref = median(refMs), rss = median(ckxRss), rrss = median(refRss);
    std::printf("runs: %d\n", runs);
    std::printf("ckx start to painted catalog: median %.0f ms (min %.0f, max %.0f)  target <= 500 ms\n", start,
                *std::min_element(ckxMs.begin(), ckxMs.end()), *std::max_element(ckxMs.begin(), ckxMs.end()));
    std::printf("reference Qt window:          median %.0f ms  ratio ckx/reference %.2f\n", ref, start / ref);
    std::printf("ckx idle RSS (1 s after the catalog, no web view): median %.1f MB  target <= 150 MB\n", rss);
    std::printf("reference Qt window idle RSS:                      median %.1f MB\n", rrss);
    const bool ok = start <= 500 && rss <= 150;
    std::printf("%s\n", ok ? "targets met" : "TARGET MISSED");
    return ok ? 0 : 1;
}
