// bench_terminal: the SSH terminal against xterm, in one run on one sshd (tests/fixtures/sshdfixture).
//  (a) cat of a 100 MiB text file: ours = SshShellSession -> TerminalSurface -> TerminalView until the paint that
//      shows the end marker; reference = `xterm -e ssh ... cat FILE` over the same sshd, minus an xterm+ssh run of
//      `true` (start-up and login), so both sides measure the same thing: bytes through to the screen.
//  (b) keystroke-to-echo latency: key event into the view -> SSH -> remote `cat` (raw tty) -> back -> painted.
//  (c) RSS of the process with the view open and a full 10,000-line scrollback.
//  (d) (a) again with the terminal recording on (TerminalRecorder, as in an exam), interleaved with (a) in the
//      same run; the cap is raised above the file size so the whole cat is recorded.
// Needs an X server (bench/terminal.sh runs it under Xvfb) and xterm + ssh for the reference.
#include "fixtures/remotesessionconfig.h"
#include "runtime/remote/sshshellsession.h"
#include "runtime/remote/terminalrecorder.h"
#include "runtime/remote/terminalsurface.h"
#include "ui/terminalview.h"
#include "ui/terminalwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QKeyEvent>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>

using namespace ckx;

namespace {

qint64 rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t idx = std::min(v.size() - 1, size_t(std::ceil(p / 100.0 * double(v.size()))) - 1);
    return v[idx];
}

bool screenHasLine(const TerminalSurface &s, const QString &text)
{
    for (int r = 0; r < s.rows(); ++r)
        if (s.lineText(s.screenTop() + r) == text)
            return true;
    return false;
}

// Runs the event loop until `done` is set by a callback or the timeout passes; returns whether it was set.
bool runUntil(bool &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done)
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    if (!done)
        loop.exec();
    return done;
}

bool connectWindow(TerminalWindow &w, const SshShellSession::Config &config)
{
    w.show();
    if (!w.start(config).ok())
        return false;
    bool connected = false;
    QObject::connect(w.session(), &SshShellSession::statusChanged, &w, [&](const SshShellSession::Status &s) {
        if (s.state == SshShellSession::State::Connected)
            connected = true;
    });
    if (!runUntil(connected, 15000))
        return false;
    bool settled = false;
    QTimer::singleShot(400, &w, [&] { settled = true; }); // let the prompt arrive
    return runUntil(settled, 1000);
}

// (a) ours: seconds from writing the command to the paint that shows the end marker.
// With `recordTo`, the window records its terminal there, as the exam page does (keystrokes off).
double oursCat(const SshShellSession::Config &config, const QString &file, qint64 *rssBefore, qint64 *rssAfter,
               QSize *grid, const QString &recordTo = QString(), qint64 *recorded = nullptr)
{
    TerminalWindow w;
    if (!recordTo.isEmpty()) {
        QFile::remove(recordTo);
        TerminalRecorder::Options o;
        o.maxBytes = qint64(1) << 40;
        if (auto r = w.recorder()->open(recordTo, w.surface()->size(), o); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
            return -1;
        }
    }
    if (!connectWindow(w, config))
        return -1;
    *rssBefore = rssKiB();
    *grid = w.surface()->size();
    const QString marker = QStringLiteral("END_OF_BENCH_CAT");
    bool done = false;
    QElapsedTimer t;
    QObject::connect(w.view(), &TerminalView::painted, &w, [&] {
        if (!done && t.isValid() && screenHasLine(*w.surface(), marker)) {
            done = true;
        }
    });
    // The typed command shows END_OF_""BENCH_CAT, so only the output line matches the marker.
    const QByteArray cmd = "cat '" + file.toUtf8() + "'; echo END_OF_\"\"BENCH_CAT\r";
    t.start();
    w.session()->write(cmd);
    if (!runUntil(done, 300000))
        return -1;
    const double secs = double(t.nsecsElapsed()) / 1e9;
    *rssAfter = rssKiB();
    if (recorded) {
        *recorded = w.recorder()->bytesWritten();
        w.recorder()->close();
        QFile::remove(recordTo);
    }
    if (w.surface()->scrollbackLines() < w.surface()->scrollbackLimit())
        std::fprintf(stderr, "warning: scrollback not full (%d lines)\n", w.surface()->scrollbackLines());
    return secs;
}

double xtermRun(const ckx::test::SshdFixture &sshd, QSize grid, const QString &remoteCommand)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("xterm"),
            {QStringLiteral("-geometry"), QStringLiteral("%1x%2").arg(grid.width()).arg(grid.height()),
             QStringLiteral("-e"), QStringLiteral("ssh"), QStringLiteral("-i"), sshd.clientKeyPath(),
             QStringLiteral("-p"), QString::number(sshd.port()), QStringLiteral("-o"),
             QStringLiteral("StrictHostKeyChecking=no"), QStringLiteral("-o"),
             QStringLiteral("UserKnownHostsFile=/dev/null"), QStringLiteral("-o"), QStringLiteral("LogLevel=ERROR"),
             QStringLiteral("-t"), sshd.user() + QStringLiteral("@") + sshd.host(), remoteCommand});
    if (!p.waitForStarted(10000) || !p.waitForFinished(600000) || p.exitCode() != 0)
        return -1;
    return double(t.nsecsElapsed()) / 1e9;
}

// (b) latency of N keystrokes into a remote `cat` on a raw tty (it echoes each byte as it reads it).
std::vector<double> keystrokeLatencies(const SshShellSession::Config &config, int count, std::vector<double> *arrivals)
{
    std::vector<double> ms;
    TerminalWindow w;
    if (!connectWindow(w, config))
        return ms;
    w.session()->write("stty raw -echo; cat\r");
    bool ready = false;
    QTimer::singleShot(500, &w, [&] { ready = true; });
    runUntil(ready, 2000);
    TerminalView *view = w.view();
    view->setFocus();

    bool done = false;
    bool waiting = false;
    bool arrived = false;
    QPoint startCursor;
    QElapsedTimer t;
    int sent = 0;
    std::function<void()> sendNext = [&] {
        if (sent == count) {
            done = true;
            return;
        }
        // Every 40th key is Enter (cat echoes CR: back to column 0), so the cursor always moves, never wraps.
        const bool enter = sent % 40 == 39;
        const int key = enter ? int(Qt::Key_Return) : int(Qt::Key_A) + sent % 26;
        const QString text = enter ? QStringLiteral("\r") : QString(QLatin1Char(char('a' + sent % 26)));
        startCursor = w.surface()->cursor();
        waiting = true;
        arrived = false;
        t.start();
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
        QApplication::sendEvent(view, &press);
        ++sent;
    };
    QObject::connect(w.session(), &SshShellSession::output, &w, [&] {
        if (waiting && !arrived) {
            arrived = true;
            arrivals->push_back(double(t.nsecsElapsed()) / 1e6);
        }
    });
    QObject::connect(view, &TerminalView::painted, &w, [&] {
        if (!waiting || w.surface()->cursor() == startCursor)
            return;
        waiting = false;
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        // 20 ms between keys: 50 keys/s, faster than anyone types, slower than key auto-repeat bursts.
        QTimer::singleShot(20, view, sendNext);
    });
    sendNext();
    runUntil(done, 120000);
    return ms;
}

bool writeTestFile(const QString &path, qint64 bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray block;
    qint64 written = 0;
    for (qint64 i = 0; written < bytes; ++i) {
        block += QByteArray::number(i).rightJustified(8, '0') +
                 " the quick brown fox jumps over the lazy dog 0123456789 abcdefghijklmnop\n";
        if (block.size() > (1 << 20)) {
            written += f.write(block);
            block.clear();
        }
    }
    f.write(block);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("cat runs per side"), QStringLiteral("n"),
                                     QStringLiteral("3"));
    const QCommandLineOption mibOpt(QStringLiteral("mib"), QStringLiteral("file size in MiB"), QStringLiteral("n"),
                                    QStringLiteral("100"));
    const QCommandLineOption keysOpt(QStringLiteral("keys"), QStringLiteral("keystrokes"), QStringLiteral("n"),
                                     QStringLiteral("1000"));
    const QCommandLineOption xtermRunsOpt(QStringLiteral("xterm-runs"),
                                          QStringLiteral("xterm cat runs (each ~20 s per 100 MiB on an idle machine)"),
                                          QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption surfaceOnlyOpt(
        QStringLiteral("surface-only"), QStringLiteral("diagnostic: feed the file straight into a TerminalSurface"));
    const QCommandLineOption noXtermOpt(QStringLiteral("no-xterm"), QStringLiteral("skip the xterm reference"));
    const QCommandLineOption noRecordingOpt(QStringLiteral("no-recording"),
                                            QStringLiteral("skip the runs with the terminal recording on"));
    const QCommandLineOption catOnlyOpt(QStringLiteral("cat-only"), QStringLiteral("skip the keystroke latency"));
    parser.addOptions({runsOpt, mibOpt, keysOpt, noXtermOpt, surfaceOnlyOpt, xtermRunsOpt, noRecordingOpt, catOnlyOpt});
    parser.addHelpOption();
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOpt).toInt());
    const qint64 mib = std::max(1, parser.value(mibOpt).toInt());
    const int keys = std::max(1, parser.value(keysOpt).toInt());
    const int xtermRuns = std::max(1, parser.value(xtermRunsOpt).toInt());

    const qint64 rssStart = rssKiB();
    ckx::test::SshdFixture sshd;
    if (auto r = sshd.start(); !r) {
        std::fprintf(stderr, "sshd: %s\n", qPrintable(r.error().message));
        return 1;
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("cat-100mib.txt"));
    if (!writeTestFile(file, mib << 20)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
        return 1;
    }
    const double megabytes = double(QFile(file).size()) / 1e6;
    if (parser.isSet(surfaceOnlyOpt)) {
        // Diagnostic without SSH or painting: the surface alone, then surface + recorder (the UI thread's share
        // of recording), alternating, --runs times each.
        std::vector<double> plain, recording;
        for (int i = 0; i < runs; ++i) {
            for (const bool record : {false, true}) {
                QFile f(file);
                if (!f.open(QIODevice::ReadOnly))
                    return 1;
                TerminalSurface surface(QSize(100, 32));
                TerminalRecorder recorder;
                TerminalRecorder::Options o;
                o.maxBytes = qint64(1) << 40;
                if (record && !recorder.open(dir.filePath(QStringLiteral("surface.cast")), surface.size(), o))
                    return 1;
                QElapsedTimer t;
                t.start();
                while (!f.atEnd()) {
                    const QByteArray chunk = f.read(32 * 1024).replace("\n", "\r\n");
                    surface.feed(chunk);
                    recorder.recordOutput(chunk);
                }
                (record ? recording : plain).push_back(double(t.nsecsElapsed()) / 1e9);
                std::printf("surface%s run %d: %.1f MB/s\n", record ? " + recorder" : "", i + 1,
                            megabytes / (record ? recording : plain).back());
            }
        }
        std::printf("| surface only, median of %d | %.1f MB/s |\n| surface + recorder, median of %d | %.1f MB/s |\n"
                    "| ratio (time) recorder on / off | %.2fx |\n",
                    runs, megabytes / median(plain), runs, megabytes / median(recording),
                    median(recording) / median(plain));
        return 0;
    }

    const SshShellSession::Config config = ckx::test::sshConfigFor(sshd);

    // (a) ours and xterm interleaved (ours, xterm, ours, ...) so a change in machine load hits both sides.
    std::vector<double> ours;
    std::vector<double> oursRecording;
    qint64 recordedBytes = 0;
    const bool withRecording = !parser.isSet(noRecordingOpt);
    std::vector<double> xterm;
    double xtermStartup = 0;
    qint64 rssFull = 0;
    qint64 rssOpen = 0;
    qint64 rssFirstOpen = 0;
    QSize grid(80, 24);
    const bool withXterm = !parser.isSet(noXtermOpt);
    for (int i = 0; i < std::max(runs, withXterm ? xtermRuns : 0); ++i) {
        if (i < runs) {
            const double s = oursCat(config, file, &rssOpen, &rssFull, &grid);
            if (i == 0)
                rssFirstOpen = rssOpen;
            if (s < 0) {
                std::fprintf(stderr, "our cat run %d failed\n", i + 1);
                return 1;
            }
            ours.push_back(s);
            std::printf("ours  run %d: %.2f s (%.1f MB/s)\n", i + 1, s, megabytes / s);
            std::fflush(stdout);
            if (withRecording) {
                qint64 rssA = 0, rssB = 0;
                const double r = oursCat(config, file, &rssA, &rssB, &grid, dir.filePath(QStringLiteral("bench.cast")),
                                         &recordedBytes);
                if (r < 0) {
                    std::fprintf(stderr, "our recording cat run %d failed\n", i + 1);
                    return 1;
                }
                oursRecording.push_back(r);
                std::printf("ours recording run %d: %.2f s (%.1f MB/s), %.1f MB recorded\n", i + 1, r, megabytes / r,
                            double(recordedBytes) / 1e6);
                std::fflush(stdout);
            }
        }
        if (withXterm && i < xtermRuns) {
            if (i == 0) {
                std::vector<double> startups;
                for (int k = 0; k < 2; ++k)
                    startups.push_back(xtermRun(sshd, grid, QStringLiteral("true")));
                xtermStartup = median(startups);
            }
            const double s = xtermRun(sshd, grid, QStringLiteral("cat '%1'").arg(file));
            if (s < 0 || xtermStartup < 0) {
                std::fprintf(stderr, "xterm run failed (is xterm installed and DISPLAY set?)\n");
                return 1;
            }
            xterm.push_back(s - xtermStartup);
            std::printf("xterm run %d: %.2f s raw, %.2f s net (%.1f MB/s)\n", i + 1, s, s - xtermStartup,
                        megabytes / (s - xtermStartup));
            std::fflush(stdout);
        }
    }
    // (c) memory was read at the end of the last of our runs: one window open, scrollback full.
    // (b) latency
    std::vector<double> arrivals;
    const std::vector<double> lat =
        parser.isSet(catOnlyOpt) ? std::vector<double>{} : keystrokeLatencies(config, keys, &arrivals);
    if (!parser.isSet(catOnlyOpt) && int(lat.size()) < keys) {
        std::fprintf(stderr, "latency run got %zu of %d echoes\n", lat.size(), keys);
        return 1;
    }

    const double oursMed = median(ours);
    std::printf("\n| measure | value |\n| --- | --- |\n");
    std::printf("| file | %.1f MB (%lld MiB), grid %dx%d |\n", megabytes, (long long)mib, grid.width(), grid.height());
    std::printf("| (a) ours: cat to painted end marker, median of %d | %.2f s = %.1f MB/s |\n", runs, oursMed,
                megabytes / oursMed);
    if (!oursRecording.empty()) {
        const double recMed = median(oursRecording);
        std::printf(
            "| (d) ours with the terminal recording on (%.1f MB of asciicast), median of %d, same run | %.2f s = "
            "%.1f MB/s |\n",
            double(recordedBytes) / 1e6, runs, recMed, megabytes / recMed);
        std::printf("| (d) ratio recording on / off (target <= 1.10) | %.2fx |\n", recMed / oursMed);
    }
    if (!xterm.empty()) {
        const double xMed = median(xterm);
        std::printf("| (a) xterm -e ssh ... cat, median of %d (minus %.2f s start-up+login) | %.2f s = %.1f MB/s |\n",
                    xtermRuns, xtermStartup, xMed, megabytes / xMed);
        std::printf("| (a) ratio xterm/ours (target >= 3) | %.1fx |\n", xMed / oursMed);
    }
    if (!lat.empty()) {
        std::printf(
            "| (b) keystroke -> echo painted, %zu keys: median / p99 / max (target p99 <= 10 ms) | %.2f / %.2f / "
            "%.2f ms |\n",
            lat.size(), median(lat), percentile(lat, 99), *std::max_element(lat.begin(), lat.end()));
        std::printf("| (b) of which: keystroke -> echo bytes reach the UI thread, median / p99 | %.2f / %.2f ms |\n",
                    median(arrivals), percentile(arrivals, 99));
    }
    std::printf("| (c) RSS: process start (Qt loaded) / view open, empty / after the cat, 10,000-line scrollback full "
                "| %.1f / %.1f / %.1f MiB |\n",
                rssStart / 1024.0, rssFirstOpen / 1024.0, rssFull / 1024.0);
    QFile load(QStringLiteral("/proc/loadavg"));
    if (load.open(QIODevice::ReadOnly))
        std::printf("| machine load average (1/5/15 min) during the run | %s |\n",
                    load.readAll().split(' ').mid(0, 3).join(" / ").constData());
    return 0;
}
