// The first-run Docker states, each made for real and read by the real ckxctl doctor (the same DockerAccess check
// the first-run page shows): no docker command on PATH, no daemon on the system socket, a stale socket nobody
// listens on, rootless Docker (running and stopped), a user not in the docker group, and one added to the group
// whose session predates it. The system socket is hidden in a private mount namespace (tmpfs over /run) so the
// shared dockerd keeps running for everyone else; the test user is made with useradd and removed afterwards.

#include "fixtures/ckxctlprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QString kUser = u"ckx-firstrun-test"_s;

using ckx::test::ckxctlBinDir;
using ckx::test::runProcess;

/// What a run printed; docker() is the Docker finding of `ckxctl doctor --json` (the first one).
struct Run : ckx::test::CkxctlRun
{
    Run(ckx::test::CkxctlRun r) : CkxctlRun(std::move(r)) {}
    QJsonObject docker() const { return json().value(u"findings"_s).toArray().first().toObject(); }
};

Run run(const QString &program, const QStringList &args)
{
    return runProcess(program, args);
}

// `script` runs in a new mount namespace after tmpfs hides /run (so /var/run/docker.sock is gone); $CKXCTL is set.
Run inPrivateRun(const QString &setup, const QString &command)
{
    const QString script = u"set -e; "_s + setup + u"; mount -t tmpfs ckx-test /run; "_s + command;
    return run(u"unshare"_s, {u"--mount"_s, u"--propagation"_s, u"private"_s, u"sh"_s, u"-c"_s,
                              u"CKXCTL='%1/ckxctl'; %2"_s.arg(ckxctlBinDir(), script)});
}

// A unix socket file with nobody listening: what a crashed daemon leaves behind (connect gives ECONNREFUSED).
bool makeStaleSocket(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    const QByteArray p = QFile::encodeName(path);
    qstrncpy(addr.sun_path, p.constData(), sizeof(addr.sun_path));
    const bool ok = fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)) == 0;
    if (fd >= 0)
        ::close(fd);
    return ok;
}

} // namespace

class TestCkxctlFirstRun : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    bool m_userMade = false;

    void removeUser() { run(u"userdel"_s, {u"-f"_s, kUser}); }

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("needs root: mount namespaces and a test user (CI and this machine run tests as root)");
        for (const char *tool : {"unshare", "useradd", "runuser", "setpriv"})
            if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
                QSKIP(qPrintable(u"%1 is not installed (util-linux / passwd)"_s.arg(QLatin1String(tool))));
        if (!QFile::exists(u"/var/run/docker.sock"_s))
            QSKIP("dockerd is not running (scripts/services.sh starts it)");
        QVERIFY(m_dir.isValid());
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                                | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
        removeUser(); // a run that crashed may have left it
        const Run add = run(u"useradd"_s, {u"--system"_s, u"--no-create-home"_s, u"--home-dir"_s, m_dir.path(),
                                           u"--shell"_s, u"/usr/sbin/nologin"_s, kUser});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        m_userMade = true;
    }

    void cleanupTestCase()
    {
        if (m_userMade)
            removeUser();
    }

    void notInstalledSaysAptInstall()
    {
        const Run r = inPrivateRun(u"true"_s, u"env PATH=/var/empty \"$CKXCTL\" doctor --json"_s);
        QCOMPARE(r.exitCode, 1);
        const QJsonObject f = r.docker();
        QCOMPARE(f.value(u"level"_s).toString(), u"error"_s);
        QVERIFY2(f.value(u"what"_s).toString().startsWith(u"Docker is not installed"_s), qPrintable(r.out + r.err));
        QCOMPARE(f.value(u"fix"_s).toString(), u"sudo apt install docker.io"_s);
    }

    void stoppedDaemonSaysSystemctlStart_data()
    {
        QTest::addColumn<bool>("staleSocket");
        QTest::newRow("no socket") << false;
        QTest::newRow("socket nobody listens on") << true;
    }
    void stoppedDaemonSaysSystemctlStart()
    {
        QFETCH(bool, staleSocket);
        const QString stale = m_dir.filePath(u"stale.sock"_s);
        QFile::remove(stale);
        QVERIFY(makeStaleSocket(stale));
        // The docker CLI stays on PATH: Docker is installed, only its daemon is not there.
        const QString placeStale = u"touch /run/docker.sock && mount --bind %1 /run/docker.sock && "_s.arg(stale);
        const Run r = inPrivateRun(u"true"_s, (staleSocket ? placeStale : QString()) + u"\"$CKXCTL\" doctor --json"_s);
        QCOMPARE(r.exitCode, 1);
        const QJsonObject f = r.docker();
        QVERIFY2(f.value(u"what"_s).toString().startsWith(u"Docker is installed but not running"_s), qPrintable(r.out + r.err));
        QCOMPARE(f.value(u"fix"_s).toString(), u"sudo systemctl start docker"_s);
    }

    void rootlessDockerIsFound()
    {
        // Rootless Docker listens in $XDG_RUNTIME_DIR; here the shared engine's socket is bound there.
        const QString xdg = m_dir.filePath(u"xdg"_s);
        QVERIFY(QDir().mkpath(xdg));
        const Run r = inPrivateRun(u"touch %1/docker.sock && mount --bind /run/docker.sock %1/docker.sock"_s.arg(xdg),
                                   u"XDG_RUNTIME_DIR=%1 \"$CKXCTL\" doctor --json"_s.arg(xdg));
        const QJsonObject f = r.docker();
        QCOMPARE(f.value(u"level"_s).toString(), u"ok"_s);
        QVERIFY2(f.value(u"what"_s).toString().contains(u"unix://"_s + xdg + u"/docker.sock"_s), qPrintable(r.out + r.err));
    }

    void rootlessStoppedSaysUserSystemctl()
    {
        const QString xdg = m_dir.filePath(u"xdg-stopped"_s);
        QVERIFY(QDir().mkpath(xdg));
        QFile::remove(xdg + u"/docker.sock"_s);
        QVERIFY(makeStaleSocket(xdg + u"/docker.sock"_s));
        const Run r = inPrivateRun(u"true"_s, u"XDG_RUNTIME_DIR=%1 \"$CKXCTL\" doctor --json"_s.arg(xdg));
        QCOMPARE(r.exitCode, 1);
        const QJsonObject f = r.docker();
        QVERIFY2(f.value(u"what"_s).toString().startsWith(u"Rootless Docker is not running"_s), qPrintable(r.out + r.err));
        QCOMPARE(f.value(u"fix"_s).toString(), u"systemctl --user start docker"_s);
    }

    void userNotInGroupSaysUsermod()
    {
        const Run r = run(u"runuser"_s, {u"-u"_s, kUser, u"--"_s, u"env"_s, u"HOME="_s + m_dir.path(),
                                         ckxctlBinDir() + u"/ckxctl"_s, u"doctor"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject f = r.docker();
        QVERIFY2(f.value(u"what"_s).toString().startsWith(u"Docker runs, but your user may not use it"_s),
                 qPrintable(r.out + r.err));
        QCOMPARE(f.value(u"fix"_s).toString(), u"sudo usermod -aG docker $USER, then log out and log in again"_s);
    }

    void addedToGroupNeedsNewLoginThenWorks()
    {
        const Run add = run(u"usermod"_s, {u"-aG"_s, u"docker"_s, kUser});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        // A session from before the usermod: the process has no supplementary groups.
        const Run old = run(u"setpriv"_s, {u"--reuid="_s + kUser, u"--regid="_s + kUser, u"--clear-groups"_s, u"env"_s,
                                           u"HOME="_s + m_dir.path(), ckxctlBinDir() + u"/ckxctl"_s, u"doctor"_s, u"--json"_s});
        QCOMPARE(old.exitCode, 1);
        QVERIFY2(old.docker().value(u"what"_s).toString().startsWith(u"You were added to the docker group"_s),
                 qPrintable(old.out + old.err));
        QCOMPARE(old.docker().value(u"fix"_s).toString(), u"Log out and log in again (or restart the computer)"_s);
        // A new login (runuser initialises the groups from /etc/group): the engine answers.
        const Run fresh = run(u"runuser"_s, {u"-u"_s, kUser, u"--"_s, u"env"_s, u"HOME="_s + m_dir.path(),
                                             ckxctlBinDir() + u"/ckxctl"_s, u"doctor"_s, u"--json"_s});
        QCOMPARE(fresh.docker().value(u"level"_s).toString(), u"ok"_s);
        QVERIFY2(fresh.docker().value(u"what"_s).toString().startsWith(u"Docker engine"_s), qPrintable(fresh.out + fresh.err));
    }
};

QTEST_GUILESS_MAIN(TestCkxctlFirstRun)
#include "tst_ckxctl_firstrun.moc"
