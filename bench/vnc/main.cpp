// bench_vnc: the VNC desktop figures of docs/benchmarks.md, in one run against one Xtigervnc (XvncFixture):
//  1. connect -> first full 1280x800 frame (VncSession + VncView), median of --runs connections;
//  2. frames per second and client CPU while `xterm -e 'base64 /dev/urandom'` animates the whole screen,
//     for our client (session + view painting offscreen, 1:1) with the default and other encodings;
//  3. xtigervncviewer (under Xvfb) on the same server and animation: its CPU over the same interval length.
// CPU comes from getrusage (ours, all threads) and /proc/<pid>/stat (the viewer and its Xvfb).

#include "fixtures/xvncfixture.h"
#include "runtime/remote/vncsession.h"
#include "ui/vncview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <sys/resource.h>
#include <unistd.h>

using namespace ckx;
using ckx::test::XvncFixture;

namespace {

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

double ownCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double processCpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the ")" that closes the command name: state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

// Runs the event loop for `ms` (or until `done` says stop, checked on every frame); no busy waiting.
void runFor(int ms, QObject *frameSource = nullptr, const std::function<bool()> &done = {})
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    QMetaObject::Connection c;
    if (frameSource && done)
        c = QObject::connect(static_cast<VncSession *>(frameSource), &VncSession::frameUpdated, &loop,
                             [&] {
                                 if (done())
                                     loop.quit();
                             },
                             Qt::QueuedConnection);
    if (!(done && done()))
        loop.exec();
    QObject::disconnect(c);
}

VncSessionConfig configFor(const XvncFixture &server)
{
    VncSessionConfig config;
    config.host = server.host();
    config.port = server.port();
    config.password = server.password();
    return config;
}

// Counts the view's paints, so the table shows the painting was part of what was measured.
struct PaintCounter : QObject
{
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
    qint64 paints = 0;
};

struct Client
{
    Client(VncSessionConfig config) : session(std::move(config)), view(&session)
    {
        view.setScaleMode(VncView::ScaleMode::OneToOne);
        view.resize(1280, 800);
        view.show();
        view.viewport()->installEventFilter(&paints);
        QObject::connect(&session, &VncSession::frameUpdated, &session, [this](const QRegion &r) {
            received += r;
            ++frames;
        });
    }
    bool complete() const
    {
        return session.frameSize().isValid() && (QRegion(QRect(QPoint(), session.frameSize())) - received).isEmpty();
    }
    PaintCounter paints; // before the view, which it outlives
    VncSession session;
    VncView view;
    QRegion received;
    qint64 frames = 0;
};

struct Interval
{
    double fps;
    double cpuPercent;
    double cpuMsPerFrame;
    double paintsPerSecond;
    double serverMsPerFrame; ///< Xtigervnc's CPU for the frames it sent this client
};

int freeXDisplay()
{
    for (int n = 90; n < 140; ++n)
        if (!QFileInfo::exists(QStringLiteral("/tmp/.X%1-lock").arg(n)) && !QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(n)))
            return n;
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("connections for the first-frame median"),
                                        QStringLiteral("n"), QStringLiteral("9"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("length of one measured interval"),
                                           QStringLiteral("s"), QStringLiteral("4"));
    const QCommandLineOption intervalsOption(QStringLiteral("intervals"), QStringLiteral("measured intervals per client"),
                                             QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("run only our encodings whose name contains this (profiling)"),
                                        QStringLiteral("text"));
    const QCommandLineOption noViewerOption(QStringLiteral("no-viewer"), QStringLiteral("skip xtigervncviewer"));
    const QCommandLineOption serverLogOption(QStringLiteral("server-log"),
                                             QStringLiteral("write Xtigervnc's log (encodings used per client) here"),
                                             QStringLiteral("file"));
    parser.addOptions({runsOption, secondsOption, intervalsOption, onlyOption, noViewerOption, serverLogOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int seconds = std::max(1, parser.value(secondsOption).toInt());
    const int intervals = std::max(1, parser.value(intervalsOption).toInt());

    XvncFixture server;
    if (const auto started = server.start(); !started) {
        std::fprintf(stderr, "bench_vnc: %s\n", qPrintable(started.error().message));
        return 1;
    }
    (void)server.setRootColour(QStringLiteral("#336699"));

    // 1. Connect -> first full frame.
    std::vector<double> firstFrameMs;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        Client client(configFor(server));
        timer.start();
        client.session.start();
        runFor(5000, &client.session, [&] { return client.complete(); });
        if (!client.complete()) {
            std::fprintf(stderr, "bench_vnc: no full frame within 5 s (%s)\n", qPrintable(client.session.stateMessage()));
            return 1;
        }
        firstFrameMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        client.session.stop();
    }

    // 2. Full-screen animation; the default font (6x13) needs 213x62 cells for 1280x800.
    QString error;
    if (!server.startClient(QStringLiteral("xterm"), {QStringLiteral("-geometry"), QStringLiteral("214x62+0+0"),
                                                      QStringLiteral("-e"), QStringLiteral("base64 /dev/urandom")},
                            &error)) {
        std::fprintf(stderr, "bench_vnc: %s\n", qPrintable(error));
        return 1;
    }
    QThread::msleep(1000);

    struct Variant
    {
        const char *name;
        QString encodings;
        int compress;
        int quality;
    };
    // The default is first: the ratio at the end is the default's.
    const Variant variants[] = {
        {"ckx default on loopback: tight lossless, zlib 0", QStringLiteral("tight zrle copyrect hextile raw"),
         VncSessionConfig::kAutomaticCompress, -1},
        {"ckx tight lossless, zlib 1 (the default for remote hosts)", QStringLiteral("tight zrle copyrect hextile raw"), 1, -1},
        {"ckx tight lossless, zlib 2 (the server compares frames)", QStringLiteral("tight zrle copyrect hextile raw"), 2, -1},
        {"ckx tight + JPEG quality 6", QStringLiteral("tight zrle copyrect hextile raw"), 1, 6},
        {"ckx zrle", QStringLiteral("zrle copyrect raw"), 1, -1},
        {"ckx raw", QStringLiteral("raw"), 0, -1},
    };
    std::printf("\n| client | encoding | fps received (median of %d x %d s) | server-sent updates/s | CPU %% of one core "
                "| CPU ms per frame | view paints/s | Xtigervnc CPU ms per frame |\n"
                "| --- | --- | --- | --- | --- | --- | --- | --- |\n",
                intervals, seconds);
    double ourDefaultMsPerFrame = 0;
    for (const Variant &variant : variants) {
        if (parser.isSet(onlyOption) && !QString::fromLatin1(variant.name).contains(parser.value(onlyOption)))
            continue;
        VncSessionConfig config = configFor(server);
        config.encodings = variant.encodings;
        config.compressLevel = variant.compress;
        config.jpegQuality = variant.quality;
        Client client(config);
        QElapsedTimer connection;
        connection.start();
        client.session.start();
        runFor(5000, &client.session, [&] { return client.complete(); });
        runFor(1000); // past the first frames and the encoder's warm-up
        std::vector<Interval> samples;
        for (int i = 0; i < intervals; ++i) {
            const qint64 frames0 = client.frames;
            const qint64 paints0 = client.paints.paints;
            const double server0 = processCpuSeconds(server.serverPid());
            const double cpu0 = ownCpuSeconds();
            QElapsedTimer wall;
            wall.start();
            runFor(seconds * 1000);
            const double elapsed = double(wall.nsecsElapsed()) / 1e9;
            const double cpu = ownCpuSeconds() - cpu0;
            const double frames = double(client.frames - frames0);
            samples.push_back({frames / elapsed, 100.0 * cpu / elapsed, frames > 0 ? 1000.0 * cpu / frames : 0,
                               double(client.paints.paints - paints0) / elapsed,
                               frames > 0 ? 1000.0 * (processCpuSeconds(server.serverPid()) - server0) / frames : 0});
        }
        auto pick = [&](double Interval::*field) {
            std::vector<double> v;
            for (const Interval &s : samples)
                v.push_back(s.*field);
            return median(v);
        };
        client.session.stop();
        const double connected = double(connection.nsecsElapsed()) / 1e9;
        runFor(300); // Xtigervnc logs the connection's statistics when it closes
        const qint64 sent = server.lastClientUpdateCount();
        std::printf("| ckx (VncSession + VncView) | %s | %.1f | %.1f | %.1f | %.2f | %.1f | %.2f |\n", variant.name,
                    pick(&Interval::fps), sent > 0 ? double(sent) / connected : 0.0, pick(&Interval::cpuPercent),
                    pick(&Interval::cpuMsPerFrame), pick(&Interval::paintsPerSecond),
                    pick(&Interval::serverMsPerFrame));
        if (&variant == &variants[0])
            ourDefaultMsPerFrame = pick(&Interval::cpuMsPerFrame);
    }

    // 3. xtigervncviewer on the same server and animation, drawing into an Xvfb.
    auto writeServerLog = [&] {
        if (QFile log(parser.value(serverLogOption)); parser.isSet(serverLogOption) && log.open(QIODevice::WriteOnly))
            log.write(server.serverLog());
    };
    if (parser.isSet(noViewerOption)) {
        writeServerLog();
        std::printf("\nconnect -> first full frame: median %.1f ms\n", median(firstFrameMs));
        return 0;
    }
    const int xvfbDisplay = freeXDisplay();
    QProcess xvfb;
    xvfb.start(QStringLiteral("Xvfb"), {QStringLiteral(":%1").arg(xvfbDisplay), QStringLiteral("-screen"), QStringLiteral("0"),
                                        QStringLiteral("1400x900x24"), QStringLiteral("-nolisten"), QStringLiteral("tcp")});
    for (int i = 0; i < 100 && !QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(xvfbDisplay)); ++i)
        QThread::msleep(30);
    QProcess viewer;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), QStringLiteral(":%1").arg(xvfbDisplay));
    viewer.setProcessEnvironment(env);
    viewer.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer viewerConnection;
    viewerConnection.start();
    viewer.start(QStringLiteral("xtigervncviewer"), {QStringLiteral("-passwd"), server.obfuscatedPasswordFile(),
                                                     QStringLiteral("%1::%2").arg(server.host()).arg(server.port())});
    if (!viewer.waitForStarted(5000)) {
        std::printf("| xtigervncviewer 1.12 | (did not start: %s) | | | | | | |\n", qPrintable(viewer.errorString()));
    } else {
        QThread::msleep(3000); // connect, first frame, its throughput-based encoding choice
        std::vector<double> viewerCpu, xvfbCpu, serverCpu;
        for (int i = 0; i < intervals; ++i) {
            const double v0 = processCpuSeconds(viewer.processId());
            const double x0 = processCpuSeconds(xvfb.processId());
            const double s0 = processCpuSeconds(server.serverPid());
            QElapsedTimer wall;
            wall.start();
            QThread::msleep(ulong(seconds) * 1000);
            const double elapsed = double(wall.nsecsElapsed()) / 1e9;
            viewerCpu.push_back(100.0 * (processCpuSeconds(viewer.processId()) - v0) / elapsed);
            xvfbCpu.push_back(100.0 * (processCpuSeconds(xvfb.processId()) - x0) / elapsed);
            serverCpu.push_back(100.0 * (processCpuSeconds(server.serverPid()) - s0) / elapsed);
        }
        const bool alive = viewer.state() == QProcess::Running;
        viewer.terminate();
        viewer.waitForFinished(3000);
        const double connected = double(viewerConnection.nsecsElapsed()) / 1e9;
        runFor(300);
        const qint64 sent = server.lastClientUpdateCount();
        // It cannot report what it received, so its frames are what the server sent it (prorated per second).
        const double sentPerSecond = sent > 0 ? double(sent) / connected : 0.0;
        const double viewerMs = sentPerSecond > 0 ? 10.0 * median(viewerCpu) / sentPerSecond : 0.0;
        const double withXvfbMs = sentPerSecond > 0 ? 10.0 * (median(viewerCpu) + median(xvfbCpu)) / sentPerSecond : 0.0;
        std::printf("| xtigervncviewer 1.12 | its automatic choice (Tight; JPEG when throughput is low) | (not "
                    "countable) | %.1f | %.1f (+ %.1f in its Xvfb) | ~%.2f (~%.2f with its Xvfb) | – | ~%.2f |\n",
                    sentPerSecond, median(viewerCpu), median(xvfbCpu), viewerMs, withXvfbMs,
                    sentPerSecond > 0 ? 10.0 * median(serverCpu) / sentPerSecond : 0.0);
        if (!alive)
            std::printf("(xtigervncviewer exited early: %s)\n", viewer.readAll().right(400).constData());
        std::printf("\nCPU per frame, ckx default / xtigervncviewer: %.2f alone, %.2f counting its Xvfb (our painting "
                    "is in-process; below 1: ckx uses less)\n",
                    viewerMs > 0 ? ourDefaultMsPerFrame / viewerMs : 0.0,
                    withXvfbMs > 0 ? ourDefaultMsPerFrame / withXvfbMs : 0.0);
    }
    xvfb.terminate();
    xvfb.waitForFinished(3000);
    writeServerLog();

    std::printf("\nconnect -> first full 1280x800 frame over %d connections: median %.1f ms (min %.1f, max %.1f); "
                "target <= 300 ms\n",
                runs, median(firstFrameMs), *std::min_element(firstFrameMs.begin(), firstFrameMs.end()),
                *std::max_element(firstFrameMs.begin(), firstFrameMs.end()));
    return 0;
}
