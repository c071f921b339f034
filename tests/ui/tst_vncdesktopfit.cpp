// The remote desktop fits the window: on a real Xtigervnc (XvncFixture) the view asks the server to resize the
// desktop to the view (RFB SetDesktopSize), after every size change; clicks then land on the same pixel, unscaled.
// A server that refuses keeps its size and the view scales instead.
#include "fixtures/remotesessionconfig.h"
#include "runtime/remote/vncsession.h"
#include "ui/vncview.h"

#include <QSignalSpy>
#include <QTest>

using namespace ckx;
using ckx::test::XvncFixture;

namespace {

QSize xScreenSize(const XvncFixture &server)
{
    const auto out = server.run(QStringLiteral("xdotool"), {QStringLiteral("getdisplaygeometry")});
    if (!out)
        return {};
    const QList<QByteArray> wh = out->trimmed().split(' ');
    return wh.size() == 2 ? QSize(wh.at(0).toInt(), wh.at(1).toInt()) : QSize();
}

struct Rig
{
    Rig(const XvncFixture &server, QSize viewSize) : session(ckx::test::vncConfigFor(server)), view(&session)
    {
        view.resize(viewSize);
        view.show();
        session.start();
    }
    QByteArray describe() const
    {
        return QStringLiteral("state %1, session frame %2x%3, view frame %4x%5, viewport %6x%7")
            .arg(QLatin1String(VncSession::stateName(session.state())))
            .arg(session.frameSize().width())
            .arg(session.frameSize().height())
            .arg(view.frame().width())
            .arg(view.frame().height())
            .arg(view.viewport()->width())
            .arg(view.viewport()->height())
            .toLatin1();
    }
    VncSession session;
    VncView view;
};

} // namespace

class TestVncDesktopFit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void desktopFollowsTheViewAndClicksLand();
    void refusingServerIsScaled();

private:
    XvncFixture m_server;
};

void TestVncDesktopFit::initTestCase()
{
    const auto r = m_server.start(QSize(1280, 800));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
}

void TestVncDesktopFit::desktopFollowsTheViewAndClicksLand()
{
    Rig rig(m_server, QSize(900, 600));
    const double dpr = rig.view.devicePixelRatioF();
    const QSize want = (QSizeF(rig.view.viewport()->size()) * dpr).toSize();
    // The pixels (worker) and the announced size (queued to the UI thread) arrive separately: wait for both.
    QTRY_VERIFY2_WITH_TIMEOUT(rig.session.frameSize() == want && rig.view.frame().size() == want,
                              rig.describe().constData(), 10000);
    QCOMPARE(xScreenSize(m_server), want); // the X server itself changed size, not just our picture of it

    // A window resize (several steps, as a drag does) ends in one desktop of the final size.
    QSignalSpy resized(&rig.session, &VncSession::frameResized);
    for (int w : {950, 1000, 1024})
        rig.view.resize(w, 700);
    const QSize final = (QSizeF(rig.view.viewport()->size()) * dpr).toSize();
    QTRY_VERIFY2_WITH_TIMEOUT(rig.session.frameSize() == final && rig.view.frame().size() == final,
                              rig.describe().constData(), 10000);
    QCOMPARE(xScreenSize(m_server), final);
    QCOMPARE(resized.size(), 1); // debounced: the intermediate sizes were never asked for

    // One desktop pixel per device pixel: a click near the new bottom-right corner lands exactly there.
    const auto xev = m_server.startRootEventLog();
    QVERIFY2(xev.ok(), qPrintable(xev ? QString() : xev.error().message));
    QTest::qWait(200); // xev selects its events
    const QPoint click(rig.view.viewport()->width() - 7, rig.view.viewport()->height() - 5);
    const QPoint desktop = (QPointF(click) * dpr).toPoint();
    QCOMPARE(rig.view.mapToDesktop(click), desktop);
    QTest::mouseClick(rig.view.viewport(), Qt::LeftButton, {}, click);
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += (*xev)->readAllStandardOutput()).contains("ButtonRelease"), 5000);
    const QByteArray at = QStringLiteral("root:(%1,%2)").arg(desktop.x()).arg(desktop.y()).toLatin1();
    QVERIFY2(log.contains("ButtonPress") && log.contains(at), log.constData());
}

void TestVncDesktopFit::refusingServerIsScaled()
{
    XvncFixture strict;
    strict.setExtraArguments({QStringLiteral("-AcceptSetDesktopSize=0")});
    const auto r = strict.start(QSize(1280, 800));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    Rig rig(strict, QSize(640, 400));
    QTRY_VERIFY2_WITH_TIMEOUT(!rig.view.frame().isNull() && rig.session.state() == VncSession::State::Connected,
                              rig.describe().constData(), 10000);
    QTest::qWait(1000); // the request went out and was refused
    QCOMPARE(rig.view.frame().size(), QSize(1280, 800));
    QCOMPARE(xScreenSize(strict), QSize(1280, 800));
    // Scaled to fit: the desktop's far corner is at the view's edge.
    QCOMPARE(rig.view.mapToDesktop(QPointF(rig.view.viewport()->width() - 0.5, rig.view.viewport()->height() - 0.5)),
             QPoint(1279, 799));
    QVERIFY(rig.session.state() == VncSession::State::Connected); // a refusal is not a broken connection
}

QTEST_MAIN(TestVncDesktopFit)
#include "tst_vncdesktopfit.moc"
