// VncView on a real Xtigervnc (XvncFixture): what it paints, where clicks land at non-1:1 scales, keys and
// shortcuts reaching the desktop, the overlay a learner sees while (re)connecting, clipboard and tool actions.

#include "fixtures/remotesessionconfig.h"
#include "runtime/remote/vncsession.h"
#include "ui/vncview.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QPaintEvent>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace ckx;
using ckx::test::XvncFixture;
using ckx::test::vncConfigFor;

namespace {

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Records the rectangles the viewport is asked to paint.
class PaintRecorder : public QObject
{
public:
    explicit PaintRecorder(QWidget *viewport) { viewport->installEventFilter(this); }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted += static_cast<QPaintEvent *>(event)->region();
        return false;
    }
    QRegion painted;
};

// A shown view on its own session.
struct Rig
{
    explicit Rig(const XvncFixture &server, QSize viewSize = QSize(640, 400), VncSessionConfig config = {})
        : session(config.password.isEmpty() ? vncConfigFor(server) : config), view(&session)
    {
        view.resize(viewSize);
        view.setDesktopResizing(false); // these tests are about scaling a fixed 1280x800 desktop (tst_vncdesktopfit)
        view.show();
        session.start();
    }
    // The whole first frame has arrived when the corners show the (non-black) root. Xtigervnc draws the pointer
    // into the frame for a client that did not move it, and that may cover one corner.
    bool frameComplete()
    {
        const QImage &f = view.frame();
        if (session.state() != VncSession::State::Connected || f.isNull())
            return false;
        int lit = 0;
        for (const QPoint p : {QPoint(0, 0), QPoint(f.width() - 1, 0), QPoint(0, f.height() - 1),
                               QPoint(f.width() - 1, f.height() - 1)})
            lit += QColor(f.pixel(p)) != QColor(Qt::black) ? 1 : 0;
        return lit >= 3;
    }
    QByteArray describe()
    {
        const QImage &f = view.frame();
        return QStringLiteral("state %1 (%2), frame %3x%4, corner %5")
            .arg(QLatin1String(VncSession::stateName(session.state())), session.stateMessage())
            .arg(f.width())
            .arg(f.height())
            .arg(f.isNull() ? QString() : QColor(f.pixel(f.width() - 1, f.height() - 1)).name())
            .toLatin1();
    }
    VncSession session;
    VncView view;
};

} // namespace

class TestVncView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void paintsTheDesktop_data();
    void paintsTheDesktop();
    void repaintsOnlyWhatChanged();
    void drawsTheDesktopPointerLocally();
    void clicksLandWhereIntended_data();
    void clicksLandWhereIntended();
    void keysReachTheDesktopNotShortcuts();
    void overlayFollowsConnection();
    void wrongPasswordIsShown();
    void clipboardIsShared();
    void typeClipboardAction();
    void ctrlAltDelAction();

private:
    XvncFixture m_server;
};

void TestVncView::initTestCase()
{
    const auto started = m_server.start();
    QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message));
    QVERIFY(m_server.setRootColour(QStringLiteral("#336699")).ok());
}

void TestVncView::cleanup()
{
    m_server.stopClients();
    if (!m_server.isRunning()) {
        const auto restarted = m_server.restart();
        QVERIFY2(restarted.ok(), qPrintable(restarted ? QString() : restarted.error().message));
    }
    QVERIFY(m_server.setRootColour(QStringLiteral("#336699")).ok());
}

void TestVncView::paintsTheDesktop_data()
{
    QTest::addColumn<QSize>("viewSize");
    QTest::addColumn<VncView::ScaleMode>("mode");
    QTest::addColumn<QPoint>("inside");  // a viewport point that shows the desktop
    QTest::addColumn<QPoint>("outside"); // one that shows letterboxing (or -1,-1)
    QTest::newRow("fit, half size") << QSize(640, 400) << VncView::ScaleMode::Fit << QPoint(320, 200) << QPoint(-1, -1);
    QTest::newRow("fit, letterboxed") << QSize(800, 800) << VncView::ScaleMode::Fit << QPoint(400, 400) << QPoint(400, 20);
    QTest::newRow("1:1, scrolled") << QSize(500, 300) << VncView::ScaleMode::OneToOne << QPoint(250, 150) << QPoint(-1, -1);
}

void TestVncView::paintsTheDesktop()
{
    QFETCH(QSize, viewSize);
    QFETCH(VncView::ScaleMode, mode);
    QFETCH(QPoint, inside);
    QFETCH(QPoint, outside);
    Rig rig(m_server, viewSize);
    rig.view.setScaleMode(mode);
    QTRY_VERIFY2_WITH_TIMEOUT(rig.frameComplete(), rig.describe().constData(), 5000);
    QTRY_VERIFY(rig.view.overlayText().isEmpty());
    const QImage shown = rig.view.viewport()->grab().toImage();
    QCOMPARE(QColor(shown.pixel(inside)).name(), QStringLiteral("#336699"));
    if (outside.x() >= 0)
        QVERIFY(QColor(shown.pixel(outside)).name() != QStringLiteral("#336699"));
    if (mode == VncView::ScaleMode::OneToOne) {
        // One desktop pixel per device pixel: the content is 1280/dpr logical pixels wide.
        const int contentWidth = int(std::ceil(1280 / rig.view.devicePixelRatioF()));
        QCOMPARE(rig.view.horizontalScrollBar()->maximum(), contentWidth - rig.view.viewport()->width());
        QVERIFY(rig.view.verticalScrollBar()->maximum() > 0);
    }
}

void TestVncView::repaintsOnlyWhatChanged()
{
    Rig rig(m_server, QSize(1280, 800));
    rig.view.setScaleMode(VncView::ScaleMode::OneToOne);
    QTRY_VERIFY2_WITH_TIMEOUT(rig.frameComplete(), rig.describe().constData(), 5000);
    QTest::qWait(300);
    PaintRecorder recorder(rig.view.viewport());
    // A small window appears at (100,100) on the desktop: only around it is repainted.
    const auto xterm = m_server.startXterm(QStringLiteral("sleep 60"), QStringLiteral("20x5+100+100"));
    QVERIFY2(xterm.ok(), qPrintable(xterm ? QString() : xterm.error().message));
    QTRY_VERIFY_WITH_TIMEOUT(!recorder.painted.isEmpty(), 5000);
    QTest::qWait(300);
    const QRect box = recorder.painted.boundingRect();
    QVERIFY2(box.width() < 600 && box.height() < 400,
             qPrintable(QStringLiteral("repainted %1x%2 at %3,%4").arg(box.width()).arg(box.height()).arg(box.x()).arg(box.y())));
    QVERIFY(box.contains(rig.view.mapFromDesktop(QRect(110, 110, 1, 1)).center()));
}

void TestVncView::drawsTheDesktopPointerLocally()
{
    // The server sends its pointer shape once; the view shows it as its own cursor, so moving the mouse needs
    // no round trip to look right.
    // The bare root window has an empty pointer; an xterm has its I-beam.
    const auto xterm = m_server.startXterm(QStringLiteral("sleep 60"), QStringLiteral("40x10+0+0"));
    QVERIFY2(xterm.ok(), qPrintable(xterm ? QString() : xterm.error().message));
    Rig rig(m_server, QSize(1280, 800));
    QCOMPARE(rig.view.viewport()->cursor().shape(), Qt::BlankCursor);
    QTRY_VERIFY2_WITH_TIMEOUT(rig.frameComplete(), rig.describe().constData(), 5000);
    QTest::mouseMove(rig.view.viewport(), rig.view.mapFromDesktop(QRect(60, 60, 1, 1)).center());
    QTRY_COMPARE_WITH_TIMEOUT(rig.view.viewport()->cursor().shape(), Qt::BitmapCursor, 5000);
    const QPixmap shape = rig.view.viewport()->cursor().pixmap();
    QVERIFY(!shape.isNull() && shape.width() > 1 && shape.height() > 1);
}

void TestVncView::clicksLandWhereIntended_data()
{
    QTest::addColumn<QSize>("viewSize");
    QTest::addColumn<VncView::ScaleMode>("mode");
    QTest::addColumn<QPoint>("scroll");
    QTest::addColumn<QPoint>("click");   // viewport coordinates
    QTest::addColumn<QPoint>("desktop"); // where the server must see it
    QTest::newRow("fit 0.5") << QSize(640, 400) << VncView::ScaleMode::Fit << QPoint() << QPoint(100, 50) << QPoint(200, 100);
    QTest::newRow("fit 0.75") << QSize(960, 600) << VncView::ScaleMode::Fit << QPoint() << QPoint(300, 300) << QPoint(400, 400);
    QTest::newRow("fit letterboxed 0.625") << QSize(800, 800) << VncView::ScaleMode::Fit << QPoint() << QPoint(400, 400)
                                           << QPoint(640, 400);
    QTest::newRow("fit bottom-right") << QSize(640, 400) << VncView::ScaleMode::Fit << QPoint() << QPoint(639, 399)
                                      << QPoint(1278, 798);
    QTest::newRow("1:1 scrolled") << QSize(500, 300) << VncView::ScaleMode::OneToOne << QPoint(200, 100) << QPoint(10, 10)
                                  << QPoint(210, 110);
}

void TestVncView::clicksLandWhereIntended()
{
    QFETCH(QSize, viewSize);
    QFETCH(VncView::ScaleMode, mode);
    QFETCH(QPoint, scroll);
    QFETCH(QPoint, click);
    QFETCH(QPoint, desktop);
    const auto xev = m_server.startRootEventLog();
    QVERIFY2(xev.ok(), qPrintable(xev ? QString() : xev.error().message));
    Rig rig(m_server, viewSize);
    rig.view.setScaleMode(mode);
    QTRY_VERIFY2_WITH_TIMEOUT(rig.frameComplete(), rig.describe().constData(), 5000);
    rig.view.horizontalScrollBar()->setValue(scroll.x());
    rig.view.verticalScrollBar()->setValue(scroll.y());
    const double dpr = rig.view.devicePixelRatioF();
    if (mode == VncView::ScaleMode::OneToOne && dpr != 1.0) {
        // Run with QT_SCALE_FACTOR=2 (ctest tst_ui_vncview_dpr2): a logical pixel covers dpr desktop pixels.
        desktop = QPoint(int((rig.view.horizontalScrollBar()->value() + click.x()) * dpr),
                         int((rig.view.verticalScrollBar()->value() + click.y()) * dpr));
    }
    QCOMPARE(rig.view.mapToDesktop(click), desktop);

    QTest::mouseClick(rig.view.viewport(), Qt::LeftButton, {}, click);
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += (*xev)->readAllStandardOutput()).contains("ButtonRelease"), 5000);
    const QByteArray at = QStringLiteral("root:(%1,%2)").arg(desktop.x()).arg(desktop.y()).toLatin1();
    QVERIFY2(log.contains("ButtonPress") && log.contains(at), log.constData());
    QCOMPARE(m_server.pointerLocation().valueOr(QPoint(-1, -1)), desktop);
}

void TestVncView::keysReachTheDesktopNotShortcuts()
{
    const QString out = m_server.tempPath(QStringLiteral("view-keys.txt"));
    const QString done = m_server.tempPath(QStringLiteral("view-keys-done.txt"));
    const auto xterm = m_server.startXterm(QStringLiteral("stty -echo; cat > '%1'; echo eof > '%2'").arg(out, done));
    QVERIFY2(xterm.ok(), qPrintable(xterm ? QString() : xterm.error().message));
    Rig rig(m_server);
    // The app has shortcuts of its own; while the desktop has focus they must not fire.
    QAction appShortcut(QStringLiteral("app action"));
    appShortcut.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    appShortcut.setShortcutContext(Qt::ApplicationShortcut);
    rig.view.addAction(&appShortcut);
    QSignalSpy triggered(&appShortcut, &QAction::triggered);
    QTRY_VERIFY2_WITH_TIMEOUT(rig.frameComplete(), rig.describe().constData(), 5000);
    rig.view.activateWindow();
    rig.view.setFocus();
    QTRY_VERIFY(rig.view.hasFocus());

    QTest::keyClicks(&rig.view, QStringLiteral("kubectl get pods -A"));
    QTest::keyClick(&rig.view, Qt::Key_Tab);
    // What a German or French layout produces: the key code Qt reports plus the character as text.
    for (const QChar c : QStringLiteral("Ünïcode")) {
        const auto key = Qt::Key(c.toUpper().unicode());
        QTest::sendKeyEvent(QTest::Press, &rig.view, key, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, &rig.view, key, QString(c), Qt::NoModifier);
    }
    QTest::keyClick(&rig.view, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(readFile(out), QStringLiteral("kubectl get pods -A\tÜnïcode\n"), 5000);
    // Ctrl+D ends `cat` on the desktop instead of triggering the app's Ctrl+D.
    QTest::keyClick(&rig.view, Qt::Key_D, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(readFile(done), QStringLiteral("eof\n"), 5000);
    QCOMPARE(triggered.size(), 0);
}

void TestVncView::overlayFollowsConnection()
{
    Rig rig(m_server);
    QVERIFY2(rig.view.overlayText().contains(QStringLiteral("Connecting")), qPrintable(rig.view.overlayText()));
    QTRY_VERIFY2_WITH_TIMEOUT(rig.frameComplete(), rig.describe().constData(), 5000);
    QVERIFY(rig.view.overlayText().isEmpty());

    m_server.stop(); // the desktop goes away
    QTRY_VERIFY_WITH_TIMEOUT(rig.view.overlayText().contains(QStringLiteral("Retrying")), 5000);
    QVERIFY2(rig.view.overlayText().contains(rig.session.endpoint()), qPrintable(rig.view.overlayText()));
    const QImage dimmed = rig.view.viewport()->grab().toImage();
    QVERIFY(QColor(dimmed.pixel(5, 5)).name() != QStringLiteral("#336699")); // the overlay is visible

    const auto restarted = m_server.restart();
    QVERIFY2(restarted.ok(), qPrintable(restarted ? QString() : restarted.error().message));
    QTRY_VERIFY_WITH_TIMEOUT(rig.view.overlayText().isEmpty(), 10000);
}

void TestVncView::wrongPasswordIsShown()
{
    VncSessionConfig config = vncConfigFor(m_server);
    config.password = "wrong-one";
    Rig rig(m_server, QSize(640, 400), config);
    QTRY_VERIFY_WITH_TIMEOUT(rig.view.overlayText().contains(QStringLiteral("refused the password")), 5000);
}

void TestVncView::clipboardIsShared()
{
    Rig rig(m_server);
    QTRY_VERIFY2_WITH_TIMEOUT(rig.frameComplete(), rig.describe().constData(), 5000);
    QGuiApplication::clipboard()->setText(QStringLiteral("copied here"));
    QTRY_COMPARE_WITH_TIMEOUT(m_server.clipboardText().valueOr(QString()), QStringLiteral("copied here"), 5000);
    QVERIFY(m_server.setClipboardText(QStringLiteral("copied on the desktop")).ok());
    QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->text(), QStringLiteral("copied on the desktop"), 5000);
}

void TestVncView::typeClipboardAction()
{
    const QString out = m_server.tempPath(QStringLiteral("typed-clipboard.txt"));
    const auto xterm = m_server.startXterm(QStringLiteral("stty -echo; cat > '%1'").arg(out));
    QVERIFY2(xterm.ok(), qPrintable(xterm ? QString() : xterm.error().message));
    Rig rig(m_server);
    rig.view.setClipboardSharing(false);
    QTRY_VERIFY2_WITH_TIMEOUT(rig.frameComplete(), rig.describe().constData(), 5000);
    QGuiApplication::clipboard()->setText(QStringLiteral("helm list --all-namespaces\r\n"));
    QAction *type = nullptr;
    for (QAction *action : rig.view.desktopActions())
        if (action->text().contains(QStringLiteral("Type clipboard")))
            type = action;
    QVERIFY(type && type->isEnabled());
    type->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(readFile(out), QStringLiteral("helm list --all-namespaces\n"), 5000);
}

void TestVncView::ctrlAltDelAction()
{
    // No window manager and the pointer on the root window: key events go to the root, where xev listens.
    const auto xev = m_server.startRootEventLog(QStringLiteral("keyboard"));
    QVERIFY2(xev.ok(), qPrintable(xev ? QString() : xev.error().message));
    Rig rig(m_server);
    QTRY_VERIFY2_WITH_TIMEOUT(rig.frameComplete(), rig.describe().constData(), 5000);
    QAction *cad = rig.view.desktopActions().value(0);
    QVERIFY(cad->text().contains(QStringLiteral("Ctrl+Alt+Del")));
    cad->trigger();
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += (*xev)->readAllStandardOutput()).count("KeyRelease") >= 3, 5000);
    // Delete went down while Control (0x4) and Mod1/Alt (0x8) were held.
    const qsizetype del = log.indexOf("(keysym 0xffff, Delete)");
    QVERIFY2(del > 0, log.constData());
    const qsizetype pressStart = log.lastIndexOf("KeyPress", del);
    QVERIFY2(log.mid(pressStart, del - pressStart).contains("state 0xc"), log.constData());
}

QTEST_MAIN(TestVncView)
#include "tst_vncview.moc"
