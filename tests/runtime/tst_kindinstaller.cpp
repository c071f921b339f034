// "Get kind" against a real HTTP server on loopback (python3 -m http.server) standing in for GitHub's release
// downloads, which this machine cannot reach: the pinned release's URL for this machine, an install whose SHA-256
// matches, a file with the wrong checksum refused, and a server that is not there (offline); in both failures
// nothing is left in the data folder.

#include "core/datapaths.h"
#include "runtime/cluster/kindcluster.h"
#include "runtime/cluster/kindinstaller.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace ckx;
using namespace Qt::StringLiterals;

class TestKindInstaller : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data, m_site;
    QProcess m_server;
    QString m_base;
    QByteArray m_binary;

    KindRelease releaseWith(const QByteArray &sha) const
    {
        auto r = KindInstaller::pinned();
        return KindRelease{r->version, r->platform, r->url, sha};
    }
    QStringList dataBin() const { return QDir(m_data.path() + u"/bin"_s).entryList(QDir::Files); }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"python3"_s).isEmpty())
            QSKIP("python3 (the local HTTP server) is not installed");
        qputenv("CKX_DATA_DIR", m_data.path().toUtf8());
        // A "kind" that the install must deliver byte for byte and executable.
        m_binary = "#!/bin/sh\necho \"kind v0.26.0 go1.23.4 linux/amd64\"\n" + QByteArray(64 * 1024, '#') + "\n";
        auto pinned = KindInstaller::pinned();
        QVERIFY2(pinned, qPrintable(pinned ? QString() : pinned.error().message));
        QVERIFY(QDir().mkpath(m_site.path() + u'/' + pinned->version));
        QFile f(m_site.path() + u'/' + pinned->version + u"/kind-"_s + pinned->platform);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_binary);
        f.close();
        m_server.setProcessChannelMode(QProcess::MergedChannels);
        m_server.start(u"python3"_s, {u"-u"_s, u"-m"_s, u"http.server"_s, u"--bind"_s, u"127.0.0.1"_s, u"--directory"_s, m_site.path(), u"0"_s});
        QVERIFY(m_server.waitForStarted());
        static const QRegularExpression port(u"port (\\d+)"_s);
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += m_server.readAll(), port.match(QString::fromUtf8(out)).hasMatch()), 10000);
        m_base = u"http://127.0.0.1:%1"_s.arg(port.match(QString::fromUtf8(out)).captured(1));
        qputenv("CKX_KIND_DOWNLOAD_BASE", m_base.toUtf8());
    }

    void pinnedReleaseIsForThisMachine()
    {
        auto r = KindInstaller::pinned();
        QVERIFY(r);
        QCOMPARE(r->version, u"v0.26.0"_s);
        QCOMPARE(r->sha256.size(), 64);
        QVERIFY2(r->url.startsWith(m_base + u"/v0.26.0/kind-"_s), qPrintable(r->url));
        QCOMPARE(r->platform, u"linux-"_s + (QSysInfo::currentCpuArchitecture() == u"x86_64" ? u"amd64"_s : u"arm64"_s));
        QCOMPARE(KindInstaller::installedPath(), m_data.path() + u"/bin/kind"_s);
    }

    void wrongChecksumIsRefusedAndNothingIsInstalled()
    {
        auto r = KindInstaller::install(releaseWith(QByteArray(64, 'a')));
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"kind.checksum"_s);
        QVERIFY2(r.error().message.contains(QString::fromLatin1(QCryptographicHash::hash(m_binary, QCryptographicHash::Sha256).toHex())),
                 qPrintable(r.error().message)); // says what it got
        QVERIFY(dataBin().isEmpty());
        QVERIFY(!KindCluster::program().startsWith(m_data.path()));
    }

    void offlineSaysSoAndInstallsNothing()
    {
        QTcpServer closed; // a port nobody listens on any more
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        KindRelease r = releaseWith(QCryptographicHash::hash(m_binary, QCryptographicHash::Sha256).toHex());
        r.url = u"http://127.0.0.1:%1/v0.26.0/kind"_s.arg(port);
        auto got = KindInstaller::install(r);
        QVERIFY(!got);
        QCOMPARE(got.error().code, u"kind.download"_s);
        QVERIFY2(got.error().message.contains(r.url) && got.error().message.contains(u"online"_s), qPrintable(got.error().message));
        QVERIFY(dataBin().isEmpty());
        // A missing file on the server is an error too, not an install of its error page.
        r.url = m_base + u"/v0.26.0/kind-nowhere"_s;
        got = KindInstaller::install(r);
        QVERIFY(!got);
        QVERIFY2(got.error().message.contains(u"404"_s), qPrintable(got.error().message));
        QVERIFY(dataBin().isEmpty());
    }

    void matchingChecksumInstallsAnExecutableThatIsUsed()
    {
        qint64 seen = 0;
        auto r = KindInstaller::install(releaseWith(QCryptographicHash::hash(m_binary, QCryptographicHash::Sha256).toHex()),
                                        [&seen](qint64 now, qint64) { seen = now; });
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(*r, KindInstaller::installedPath());
        QCOMPARE(seen, qint64(m_binary.size()));
        QFile f(*r);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), m_binary);
        QVERIFY(QFileInfo(*r).isExecutable());
        QCOMPARE(dataBin(), QStringList{u"kind"_s}); // no .part left
        QCOMPARE(KindCluster::program(), *r);       // the installed kind is the one CKX runs
        QVERIFY(KindCluster::kindAvailable());
        QCOMPARE(KindInstaller::versionOf(*r), u"v0.26.0"_s);
        QVERIFY(KindInstaller::pinnedAvailable());
    }

    void cleanupTestCase()
    {
        m_server.kill();
        m_server.waitForFinished(5000);
    }
};

QTEST_GUILESS_MAIN(TestKindInstaller)
#include "tst_kindinstaller.moc"
