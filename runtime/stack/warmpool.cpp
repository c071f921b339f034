#include "runtime/stack/warmpool.h"

#include "core/datapaths.h"
#include "runtime/cluster/kindcluster.h"
#include "runtime/docker/runtimeimages.h"
#include "runtime/stack/examstack.h"
#include "runtime/stack/startcancellation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QThread>
#include <QUuid>

Q_DECLARE_LOGGING_CATEGORY(lcStack)

namespace ckx {

using namespace Qt::StringLiterals;

namespace {

const QString kMarker = u"warm.json"_s;    ///< a member waiting (or being filled)
const QString kClaimed = u"warm.claimed"_s; ///< taken by a start that has not recorded its attempt yet
const QString kRetired = u"warm.retired"_s; ///< taken by gc or drain for removal

QString memberDir(const QString &sessionId) { return sessionsDir() + u'/' + sessionId; }

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    return pid == QCoreApplication::applicationPid() || QFileInfo::exists(u"/proc/%1"_s.arg(pid));
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

bool writeJson(const QString &path, const QJsonObject &o)
{
    QSaveFile f(path); // written aside and renamed: a reader never sees half a marker
    return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(o).toJson(QJsonDocument::Compact)) >= 0 && f.commit();
}

WarmPoolMember memberFrom(const QString &sessionId, const QJsonObject &o)
{
    return WarmPoolMember{sessionId, o.value(u"lab"_s).toString(), o.value(u"state"_s).toString(),
                          qint64(o.value(u"ownerPid"_s).toDouble()), o.value(u"runtimeInfo"_s).toObject()};
}

} // namespace

WarmPool::WarmPool(DockerClient docker, QString storeTag) : m_docker(std::move(docker)), m_tag(std::move(storeTag)) {}

qint64 WarmPool::availableMemory()
{
    QFile f(u"/proc/meminfo"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("MemAvailable:"))
            return line.mid(13).trimmed().split(' ').value(0).toLongLong() * 1024;
    return -1;
}

QList<WarmPoolMember> WarmPool::members() const
{
    QList<WarmPoolMember> out;
    const QDir dir(sessionsDir());
    for (const QString &id : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const QString &marker : {kMarker, kClaimed}) {
            const QJsonObject o = readJson(dir.filePath(id + u'/' + marker));
            if (!o.isEmpty() && o.value(u"store"_s).toString() == m_tag) {
                WarmPoolMember m = memberFrom(id, o);
                if (marker == kClaimed)
                    m.state = u"claimed"_s;
                out << m;
                break;
            }
        }
    }
    return out;
}

QSet<QString> WarmPool::liveMembers() const
{
    QSet<QString> live;
    for (const WarmPoolMember &m : members())
        if (processAlive(m.ownerPid))
            live.insert(m.sessionId);
    return live;
}

bool WarmPool::retire(const QString &sessionId)
{
    const QString dir = memberDir(sessionId);
    for (const QString &marker : {kMarker, kClaimed}) {
        const QString path = dir + u'/' + marker;
        if (!QFile::exists(path) || processAlive(qint64(readJson(path).value(u"ownerPid"_s).toDouble())))
            continue;
        if (QFile::rename(path, dir + u'/' + kRetired))
            return true;
    }
    return false;
}

void WarmPool::settle(const QString &sessionId)
{
    QFile::remove(memberDir(sessionId) + u'/' + kClaimed);
}

Result<int> WarmPool::removeMember(const QString &sessionId, const QJsonObject &runtimeInfo) const
{
    auto removed = ExamStack::removeSessionResources(m_docker, sessionId, runtimeInfo.value(u"cluster"_s).toString());
    QDir(memberDir(sessionId)).removeRecursively();
    return removed;
}

int WarmPool::drain(bool allOwners)
{
    int n = 0;
    for (const WarmPoolMember &m : members()) {
        if (m.state == u"claimed" || (!allOwners && m.ownerPid != QCoreApplication::applicationPid()))
            continue;
        if (!QFile::rename(memberDir(m.sessionId) + u'/' + kMarker, memberDir(m.sessionId) + u'/' + kRetired))
            continue; // claimed meanwhile
        if (removeMember(m.sessionId, m.runtimeInfo))
            ++n;
    }
    return n;
}

int WarmPool::collectDead(QStringList *sessions)
{
    int n = 0;
    for (const WarmPoolMember &m : members()) {
        if (processAlive(m.ownerPid) || !retire(m.sessionId))
            continue;
        if (auto removed = removeMember(m.sessionId, m.runtimeInfo))
            n += *removed;
        if (sessions)
            *sessions << m.sessionId;
    }
    return n;
}

std::optional<QJsonObject> WarmPool::claim(const QString &labId)
{
    for (const WarmPoolMember &m : members()) {
        if (m.labId != labId || m.state != u"ready")
            continue;
        const QString dir = memberDir(m.sessionId);
        if (!QFile::rename(dir + u'/' + kMarker, dir + u'/' + kClaimed))
            continue; // another start or gc took it first
        QJsonObject info = m.runtimeInfo;
        info[u"ownerPid"_s] = QCoreApplication::applicationPid();
        QJsonObject claimed{{u"lab"_s, labId}, {u"store"_s, m_tag}, {u"state"_s, u"claimed"_s},
                            {u"ownerPid"_s, QCoreApplication::applicationPid()}, {u"runtimeInfo"_s, info}};
        (void)writeJson(dir + u'/' + kClaimed, claimed);
        auto stack = ExamStack::attach(m_docker, info);
        if (!stack || !stack->isAlive()) {
            qCInfo(lcStack).noquote() << "warm pool:" << m.sessionId.left(8) << "is no longer running; removed";
            (void)removeMember(m.sessionId, info); // labelled: what a failed removal leaves is the next gc's
            continue;
        }
        qCInfo(lcStack).noquote() << "warm pool:" << m.sessionId.left(8) << "claimed for" << labId;
        return info;
    }
    return std::nullopt;
}

Result<QString> WarmPool::fill(const LabPack &pack, const WarmPoolPolicy &policy, const std::shared_ptr<StartCancellation> &cancel)
{
    if (policy.size <= 0)
        return makeError(u"pool.off"_s, u"the warm start pool is switched off in Settings"_s);
    const qint64 self = QCoreApplication::applicationPid();
    int waiting = 0;
    QString first;
    for (const WarmPoolMember &m : members()) {
        if (m.state == u"claimed")
            continue;
        if (m.labId != pack.info.id) {
            // The likely lab changed: what this process (or a dead one) prepared for another lab goes.
            if (m.ownerPid == self || !processAlive(m.ownerPid))
                if (QFile::rename(memberDir(m.sessionId) + u'/' + kMarker, memberDir(m.sessionId) + u'/' + kRetired))
                    (void)removeMember(m.sessionId, m.runtimeInfo); // what stays is labelled: the next gc takes it
            continue;
        }
        if (m.state == u"ready" || processAlive(m.ownerPid)) {
            ++waiting;
            if (first.isEmpty())
                first = m.sessionId;
        }
    }
    if (waiting >= policy.size)
        return first;

    const qint64 available = availableMemory();
    if (available >= 0 && available < policy.minAvailableBytes)
        return makeError(u"pool.memory"_s, u"no environment prepared ahead: %1 MiB of memory available, the warm pool "
                                           "waits for %2 MiB"_s.arg(available >> 20).arg(policy.minAvailableBytes >> 20));

    if (pack.info.runtime == u"kind" && !KindCluster::kindAvailable())
        return makeError(u"pool.kind-missing"_s, u"no environment prepared ahead for %1: kind is not installed"_s.arg(pack.info.id));
    RuntimeImages images(m_docker);
    if (auto r = images.ensure(RuntimeImages::names()); !r)
        return r.error();
    if (auto r = images.ensureLabImages(pack); !r)
        return r.error();

    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString dir = memberDir(id);
    const QJsonObject marker{{u"lab"_s, pack.info.id}, {u"store"_s, m_tag}, {u"state"_s, u"filling"_s}, {u"ownerPid"_s, self}};
    // The marker exists before anything on the engine does: gc spares a member being filled by a live process.
    if (!QDir().mkpath(dir) || !writeJson(dir + u'/' + kMarker, marker))
        return makeError(u"pool.marker"_s, u"cannot write the warm pool's marker in %1"_s.arg(dir));
    StackBlueprint bp(id, pack.info.id, m_tag);
    bp.setWarm(true);
    // A cancellable fill provisions through a client of its own (cancelling cuts it off for good); m_docker
    // stays usable for the clean-up.
    DockerClient work = m_docker;
    if (cancel) {
        auto own = DockerClient::connect(m_docker.endpoint());
        if (!own)
            return own.error();
        work = *own;
        cancel->watch(work);
    }
    ExamStack stack(work, bp, dir);
    stack.setCancellation(cancel);
    if (auto r = stack.provision(pack); !r) {
        // A create the engine accepted before the cut-off still lands: sweep a few times.
        for (int sweep = 0; sweep < (cancel && cancel->isCancelled() ? 4 : 1); ++sweep) {
            if (sweep > 0)
                QThread::msleep(400);
            // Best effort: the resources are labelled, so whatever a sweep misses goes with the next gc.
            (void)ExamStack::removeSessionResources(m_docker, id, stack.runtimeInfo().value(u"cluster"_s).toString());
        }
        QDir(dir).removeRecursively();
        return r.error();
    }
    QJsonObject ready = marker;
    ready[u"state"_s] = u"ready"_s;
    ready[u"runtimeInfo"_s] = stack.runtimeInfo();
    if (!writeJson(dir + u'/' + kMarker, ready)) {
        (void)removeMember(id, stack.runtimeInfo()); // labelled: a failed removal is the next gc's
        return makeError(u"pool.marker"_s, u"cannot write the warm pool's marker in %1"_s.arg(dir));
    }
    qCInfo(lcStack).noquote() << "warm pool:" << id.left(8) << "ready for" << pack.info.id;
    return id;
}

} // namespace ckx
