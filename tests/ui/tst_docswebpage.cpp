// The Docs tab opens only the documentation the exam allows. Decided by the real QWebEnginePage subclass; the
// live navigation rows load from a local HTTP server (no internet here) to show a refused link stays refused.
#include "ui/docswebpage.h"
#include "ui/docswidget.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebEngineProfile>
#include <QWebEngineView>

using namespace ckx;

class TestDocsWebPage : public QObject
{
    Q_OBJECT

    const QStringList m_defaults{QStringLiteral("https://kubernetes.io/docs/"), QStringLiteral("https://kubernetes.io/blog/"),
                                 QStringLiteral("https://helm.sh/docs/"), QStringLiteral("https://docs.docker.com/")};

private Q_SLOTS:
    void isAllowed_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("k8s docs") << "https://kubernetes.io/docs/concepts/workloads/pods/" << true;
        QTest::newRow("k8s docs root without slash") << "https://kubernetes.io/docs" << true;
        QTest::newRow("k8s docs with fragment") << "https://kubernetes.io/docs/reference/kubectl/#syntax" << true;
        QTest::newRow("k8s blog") << "https://kubernetes.io/blog/2024/01/01/post/" << true;
        QTest::newRow("helm docs") << "https://helm.sh/docs/intro/quickstart/" << true;
        QTest::newRow("docker docs") << "https://docs.docker.com/engine/reference/run/" << true;
        QTest::newRow("host case") << "https://Kubernetes.IO/docs/home/" << true;
        QTest::newRow("k8s home page") << "https://kubernetes.io/" << false;
        QTest::newRow("k8s community") << "https://kubernetes.io/community/" << false;
        QTest::newRow("prefix trick") << "https://kubernetes.io/docsearch/" << false;
        QTest::newRow("dot-dot escape") << "https://kubernetes.io/docs/../training/" << false;
        QTest::newRow("look-alike host") << "https://kubernetes.io.evil.example/docs/" << false;
        QTest::newRow("subdomain") << "https://discuss.kubernetes.io/docs/" << false;
        QTest::newRow("plain http") << "http://kubernetes.io/docs/" << false;
        QTest::newRow("other port") << "https://kubernetes.io:8443/docs/" << false;
        QTest::newRow("user info") << "https://user@kubernetes.io/docs/" << false;
        QTest::newRow("search engine") << "https://www.google.com/search?q=kubectl" << false;
        QTest::newRow("stack overflow") << "https://stackoverflow.com/questions/1" << false;
        QTest::newRow("file") << "file:///etc/passwd" << false;
        QTest::newRow("javascript") << "javascript:alert(1)" << false;
        QTest::newRow("blank") << "about:blank" << true;
    }
    void isAllowed()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(DocsWebPage::isAllowed(QUrl(url), m_defaults), allowed);
    }

    void pageRefusesNavigation_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("mainFrame");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("allowed link") << "https://kubernetes.io/docs/tasks/" << true << true;
        QTest::newRow("refused link") << "https://github.com/kubernetes" << true << false;
        QTest::newRow("embedded frame of an allowed page") << "https://www.youtube.com/embed/x" << false << true;
    }
    void pageRefusesNavigation()
    {
        QFETCH(QString, url);
        QFETCH(bool, mainFrame);
        QFETCH(bool, accepted);
        QWebEngineProfile profile;
        DocsWebPage page(&profile);
        page.setAllowedPrefixes(m_defaults);
        QSignalSpy refused(&page, &DocsWebPage::navigationRefused);
        QCOMPARE(page.acceptNavigationRequest(QUrl(url), QWebEnginePage::NavigationTypeLinkClicked, mainFrame),
                 accepted);
        QCOMPARE(refused.count(), accepted ? 0 : 1);
    }

    void configurableList()
    {
        QVERIFY(!DocsWebPage::isAllowed(QUrl(QStringLiteral("https://kind.sigs.k8s.io/docs/user/")), m_defaults));
        QVERIFY(DocsWebPage::isAllowed(QUrl(QStringLiteral("https://kind.sigs.k8s.io/docs/user/")),
                                       m_defaults + QStringList{QStringLiteral("https://kind.sigs.k8s.io/docs/")}));
    }

    void liveLinkToAForbiddenSiteIsNotFollowed()
    {
        // A local "docs" site whose page links elsewhere: following the link is refused, the page stays.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const int port = server.serverPort();
        connect(&server, &QTcpServer::newConnection, this, [&server, port] {
            QTcpSocket *s = server.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [s, port] {
                s->readAll();
                const QByteArray body = "<html><body><a id=out href=\"http://127.0.0.1:" + QByteArray::number(port)
                    + "/forbidden/\">out</a><p>docs page</p></body></html>";
                s->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\nContent-Length: "
                         + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                s->disconnectFromHost();
            });
        });
        const QString docs = QStringLiteral("http://127.0.0.1:%1/docs/").arg(port);
        DocsWidget widget;
        widget.setAllowedPrefixes({docs});
        widget.resize(800, 600);
        widget.show();
        QVERIFY(widget.hasView());
        QSignalSpy loaded(widget.view(), &QWebEngineView::loadFinished);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 30'000);
        QCOMPARE(widget.view()->url(), QUrl(docs));
        QSignalSpy refused(&widget, &DocsWidget::refused);
        widget.page()->runJavaScript(QStringLiteral("document.getElementById('out').click()"));
        QTRY_VERIFY_WITH_TIMEOUT(refused.count() == 1, 20'000);
        QCOMPARE(refused.at(0).at(0).toUrl().path(), QStringLiteral("/forbidden/"));
        QTest::qWait(300);
        QCOMPARE(widget.view()->url(), QUrl(docs));
    }

    void webEngineIsNotCreatedUntilShown()
    {
        DocsWidget widget;
        widget.setAllowedPrefixes(m_defaults);
        QVERIFY(!widget.hasView());
    }
};

QTEST_MAIN(TestDocsWebPage)
#include "tst_docswebpage.moc"
