// TerminalView under the offscreen platform: typing into a real shell (sshd fixture), selection, clipboard,
// key mapping, scrollback, find, zoom and the connection overlay.
#include "fixtures/remotesessionconfig.h"
#include "runtime/remote/terminalsurface.h"
#include "ui/terminalview.h"
#include "ui/terminalwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

using namespace ckx;
using ckx::test::SshdFixture;

namespace {

int screenRowOf(const TerminalSurface &s, const QString &text)
{
    for (int r = s.rows() - 1; r >= 0; --r)
        if (s.lineText(s.screenTop() + r) == text)
            return r;
    return -1;
}

// Pixels in a view row that are not the background: 0 means nothing is drawn there.
int inkInRow(TerminalView &view, int row)
{
    const QImage img = view.viewport()->grab().toImage();
    const QRect r = view.cellRect(row, 0).united(view.cellRect(row, view.surface()->columns() - 1));
    const QRgb bg = view.surface()->defaultBackground();
    int ink = 0;
    for (int y = r.top(); y <= r.bottom() && y < img.height(); ++y)
        for (int x = r.left(); x <= r.right() && x < img.width(); ++x)
            ink += (img.pixel(x, y) & 0xffffff) != (bg & 0xffffff) ? 1 : 0;
    return ink;
}

} // namespace

class TestTerminalView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void typesIntoTheViewAndSeesTheEcho();
    void copyAndPasteRoundTrip();
    void overlayFollowsTheConnection();
    void keyMapping_data();
    void keyMapping();
    void selectionModes_data();
    void selectionModes();
    void mouseGoesToProgramsThatAskForIt();
    void zoomChangesTheGrid();
    void scrollbackWithKeysAndWheel();
    void findInScrollback();

private:
    SshShellSession::Config config() const;
    SshdFixture m_sshd;
};

void TestTerminalView::initTestCase()
{
    const auto r = m_sshd.start();
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
}

SshShellSession::Config TestTerminalView::config() const
{
    SshShellSession::Config c = ckx::test::sshConfigFor(m_sshd);
    c.reconnectInitialDelayMs = 100;
    return c;
}

void TestTerminalView::typesIntoTheViewAndSeesTheEcho()
{
    TerminalWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.start(config()).ok());
    QTRY_COMPARE_WITH_TIMEOUT(w.session()->status().state, SshShellSession::State::Connected, 10000);
    QTRY_VERIFY(w.view()->overlayText().isEmpty());
    TerminalView *view = w.view();
    view->setFocus();
    QTest::keyClicks(view, QStringLiteral("echo typed-$((3*5))"));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(screenRowOf(*w.surface(), QStringLiteral("typed-15")) >= 0, 10000);
    const int row = screenRowOf(*w.surface(), QStringLiteral("typed-15"));
    const quint64 painted = view->paintCount();
    QTRY_VERIFY(view->paintCount() > painted || inkInRow(*view, row) > 0);
    QVERIFY(inkInRow(*view, row) > 0);
    QCOMPARE(inkInRow(*view, w.surface()->rows() - 1 > row + 2 ? w.surface()->rows() - 1 : row + 3), 0);
}

void TestTerminalView::copyAndPasteRoundTrip()
{
    TerminalWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.start(config()).ok());
    QTRY_COMPARE_WITH_TIMEOUT(w.session()->status().state, SshShellSession::State::Connected, 10000);
    TerminalView *view = w.view();
    view->setFocus();
    QTest::keyClicks(view, QStringLiteral("echo pod/web-7f9c"));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(screenRowOf(*w.surface(), QStringLiteral("pod/web-7f9c")) >= 0, 10000);
    const int row = screenRowOf(*w.surface(), QStringLiteral("pod/web-7f9c"));
    // Double-click selects the whole name; Ctrl+Shift+C copies it.
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->cellRect(row, 5).center());
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->cellRect(row, 5).center());
    QCOMPARE(view->selectedText(), QStringLiteral("pod/web-7f9c"));
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("pod/web-7f9c"));
    // Ctrl+Shift+V types it into the shell.
    QTest::keyClicks(view, QStringLiteral("echo pasted:"));
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(screenRowOf(*w.surface(), QStringLiteral("pasted:pod/web-7f9c")) >= 0, 10000);
}

void TestTerminalView::overlayFollowsTheConnection()
{
    TerminalWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.start(config()).ok());
    QTRY_COMPARE_WITH_TIMEOUT(w.session()->status().state, SshShellSession::State::Connected, 10000);
    QVERIFY(w.view()->overlayText().isEmpty());
    m_sshd.dropConnections();
    QTRY_VERIFY_WITH_TIMEOUT(w.view()->overlayText().contains(QStringLiteral("Reconnecting")), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(w.view()->overlayText().isEmpty(), 15000);
    // The shell exits: the overlay offers a reconnect and Enter does it.
    QTest::keyClicks(w.view(), QStringLiteral("exit"));
    QTest::keyClick(w.view(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(w.view()->overlayText().startsWith(QStringLiteral("Disconnected")), 10000);
    QTest::keyClick(w.view(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(w.session()->status().state, SshShellSession::State::Connected, 10000);
    QVERIFY(w.view()->overlayText().isEmpty());
}

void TestTerminalView::keyMapping_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("Enter") << int(Qt::Key_Return) << 0 << QByteArray("\r");
    QTest::newRow("Backspace") << int(Qt::Key_Backspace) << 0 << QByteArray("\x7f");
    QTest::newRow("Tab") << int(Qt::Key_Tab) << 0 << QByteArray("\t");
    QTest::newRow("Shift+Tab") << int(Qt::Key_Backtab) << int(Qt::ShiftModifier) << QByteArray("\x1b[Z");
    QTest::newRow("Up") << int(Qt::Key_Up) << 0 << QByteArray("\x1b[A");
    QTest::newRow("Ctrl+Left") << int(Qt::Key_Left) << int(Qt::ControlModifier) << QByteArray("\x1b[1;5D");
    QTest::newRow("Home") << int(Qt::Key_Home) << 0 << QByteArray("\x1b[H");
    QTest::newRow("End") << int(Qt::Key_End) << 0 << QByteArray("\x1b[F");
    QTest::newRow("PgUp") << int(Qt::Key_PageUp) << 0 << QByteArray("\x1b[5~");
    QTest::newRow("PgDn") << int(Qt::Key_PageDown) << 0 << QByteArray("\x1b[6~");
    QTest::newRow("F1") << int(Qt::Key_F1) << 0 << QByteArray("\x1bOP");
    QTest::newRow("F12") << int(Qt::Key_F12) << 0 << QByteArray("\x1b[24~");
    QTest::newRow("Ctrl+C") << int(Qt::Key_C) << int(Qt::ControlModifier) << QByteArray("\x03");
    QTest::newRow("Ctrl+R") << int(Qt::Key_R) << int(Qt::ControlModifier) << QByteArray("\x12");
    QTest::newRow("Alt+B") << int(Qt::Key_B) << int(Qt::AltModifier)
                           << QByteArray("\x1b"
                                         "b");
    QTest::newRow("Escape") << int(Qt::Key_Escape) << 0 << QByteArray("\x1b");
}

void TestTerminalView::keyMapping()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(QByteArray, bytes);
    TerminalSurface surface(QSize(80, 24));
    QByteArray written;
    surface.setWriter([&](const QByteArray &b) { written += b; });
    TerminalView view(&surface);
    view.resize(640, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::keyClick(&view, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QCOMPARE(written, bytes);
}

void TestTerminalView::selectionModes_data()
{
    QTest::addColumn<QString>("gesture");
    QTest::addColumn<QString>("selected");
    QTest::newRow("drag") << QStringLiteral("drag") << QStringLiteral("kubectl");
    QTest::newRow("double click") << QStringLiteral("double") << QStringLiteral("deploy/web-1");
    QTest::newRow("triple click") << QStringLiteral("triple") << QStringLiteral("kubectl get deploy/web-1 -o yaml\n");
}

void TestTerminalView::selectionModes()
{
    QFETCH(QString, gesture);
    QFETCH(QString, selected);
    TerminalSurface surface(QSize(80, 24));
    TerminalView view(&surface);
    view.resize(640, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    surface.feed("kubectl get deploy/web-1 -o yaml\r\nnext line");
    QWidget *vp = view.viewport();
    if (gesture == QLatin1String("drag")) {
        QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, view.cellRect(0, 0).center());
        QMouseEvent move(QEvent::MouseMove, view.cellRect(0, 6).center(), vp->mapToGlobal(view.cellRect(0, 6).center()),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(vp, &move);
        QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, view.cellRect(0, 6).center());
    } else {
        const QPoint at = view.cellRect(0, 16).center();
        QTest::mouseDClick(vp, Qt::LeftButton, Qt::NoModifier, at);
        QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, at);
        if (gesture == QLatin1String("triple")) {
            QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, at);
            QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, at);
        }
    }
    QCOMPARE(view.selectedText(), selected);
}

void TestTerminalView::mouseGoesToProgramsThatAskForIt()
{
    TerminalSurface surface(QSize(80, 24));
    QByteArray written;
    surface.setWriter([&](const QByteArray &b) { written += b; });
    TerminalView view(&surface);
    view.resize(640, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    surface.feed("some text\x1b[?1000h\x1b[?1006h"); // what vim with mouse=a sends (click reports, SGR encoding)
    QVERIFY(surface.mouseReporting());
    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::NoModifier, view.cellRect(2, 4).center());
    QCOMPARE(written, QByteArray("\x1b[<0;5;3M\x1b[<0;5;3m"));
    QVERIFY(!view.hasSelection());
    // Shift+drag still selects.
    written.clear();
    QTest::mousePress(view.viewport(), Qt::LeftButton, Qt::ShiftModifier, view.cellRect(0, 0).center());
    QMouseEvent move(QEvent::MouseMove, view.cellRect(0, 3).center(),
                     view.viewport()->mapToGlobal(view.cellRect(0, 3).center()), Qt::NoButton, Qt::LeftButton,
                     Qt::ShiftModifier);
    QApplication::sendEvent(view.viewport(), &move);
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, Qt::ShiftModifier, view.cellRect(0, 3).center());
    QCOMPARE(view.selectedText(), QStringLiteral("some"));
    QVERIFY(written.isEmpty());
    surface.feed("\x1b[?1000l");
    QVERIFY(!surface.mouseReporting());
}

void TestTerminalView::zoomChangesTheGrid()
{
    TerminalSurface surface(QSize(80, 24));
    TerminalView view(&surface);
    view.resize(800, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const int cols = surface.columns();
    const qreal size = view.fontPointSize();
    QTest::keyClick(&view, Qt::Key_Equal, Qt::ControlModifier);
    QTest::keyClick(&view, Qt::Key_Equal, Qt::ControlModifier);
    QVERIFY(view.fontPointSize() > size);
    QVERIFY(surface.columns() < cols);
    QTest::keyClick(&view, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(&view, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(view.fontPointSize(), size);
    QCOMPARE(surface.columns(), cols);
}

void TestTerminalView::scrollbackWithKeysAndWheel()
{
    TerminalSurface surface(QSize(80, 24));
    QByteArray written;
    surface.setWriter([&](const QByteArray &b) { written += b; });
    TerminalView view(&surface);
    view.resize(640, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (int i = 0; i < 300; ++i)
        surface.feed("history " + QByteArray::number(i) + "\r\n");
    QCOMPARE(view.scrollOffset(), 0);
    QTest::keyClick(&view, Qt::Key_PageUp, Qt::ShiftModifier);
    QCOMPARE(view.scrollOffset(), surface.rows() - 1);
    QVERIFY(written.isEmpty()); // scrolling is the view's, not the shell's
    QWheelEvent wheel(QPointF(50, 50), view.mapToGlobal(QPointF(50, 50)), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view.viewport(), &wheel);
    QCOMPARE(view.scrollOffset(), surface.rows() - 1 + 3);
    // New output does not move what the reader is looking at.
    const int before = view.scrollOffset();
    surface.feed("more\r\n");
    QCOMPARE(view.scrollOffset(), before + 1);
    QTest::keyClick(&view, Qt::Key_X);
    QCOMPARE(view.scrollOffset(), 0);
    QCOMPARE(written, QByteArray("x"));
}

void TestTerminalView::findInScrollback()
{
    TerminalSurface surface(QSize(80, 24));
    TerminalView view(&surface);
    view.resize(640, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (int i = 0; i < 500; ++i)
        surface.feed("event " + QByteArray::number(i) + (i == 120 ? " CrashLoopBackOff" : "") + "\r\n");
    QTest::keyClick(&view, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!view.findChildren<QWidget *>().isEmpty());
    QVERIFY(view.findNext(QStringLiteral("crashloop")));
    QCOMPARE(view.selectedText(), QStringLiteral("CrashLoop"));
    QVERIFY(view.scrollOffset() > 0);
    QVERIFY(!view.findNext(QStringLiteral("crashloop"))); // only one
}

QTEST_MAIN(TestTerminalView)
#include "tst_terminalview.moc"
