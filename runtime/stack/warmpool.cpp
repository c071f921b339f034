#include "runtime/stack/warmpool.h"

#include "core/datapaths.h"
#include "runtime/cluster/kindcluster.h"
#include "runtime/docker/runtimeimages.h"
#include "runtime/stack/examstack.h"
#include "runtime/stack/startcancellation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
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
    WarmPoolMember m{sessionId, o.value(u"lab"_s).toString(), o.value(u"runtime"_s).toString(), o.value(u"state"_s).toString(),
                     qint64(o.value(u"ownerPid"_s).toDouble()), o.value(u"runtimeInfo"_s).toObject(),
                     o.value(u"packDigest"_s).toString(), std::nullopt};
    if (o.value(u"seedFixed"_s).toBool())
        m.fixedSeed = o.value(u"seed"_s).toString().toULongLong(); // a string: 64 bits do not fit a JSON double
    m.preparedAt = QDateTime::fromString(o.value(u"preparedAt"_s).toString(), Qt::ISODateWithMs);
    return m;
}

bool tooOld(const WarmPoolMember &m)
{
    return m.preparedAt.isValid() && m.preparedAt.secsTo(QDateTime::currentDateTimeUtc()) > WarmPool::kMaxAgeHours * 3600;
}

// The setup's outcome as the marker keeps it; output is cut (a ready member's setup succeeded: it is for people).
QJsonArray outcomesToJson(const QList<ScriptOutcome> &outcomes)
{
    QJsonArray a;
    for (const ScriptOutcome &o : outcomes)
        a.append(QJsonObject{{u"question"_s, o.questionId}, {u"script"_s, o.script}, {u"exitCode"_s, o.exitCode},
                             {u"output"_s, o.output.right(2000)}, {u"durationMs"_s, o.durationMs}});
    return a;
}

QList<ScriptOutcome> outcomesFromJson(const QJsonArray &a)
{
    QList<ScriptOutcome> out;
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        out << ScriptOutcome{o.value(u"question"_s).toString(), o.value(u"script"_s).toString(), o.value(u"exitCode"_s).toInt(-1),
                             o.value(u"output"_s).toString(), o.value(u"durationMs"_s).toInteger()};
    }
    return out;
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

Result<int> WarmPool::removeMember(const WarmPoolMember &m) const
{
    QJsonObject info = m.runtimeInfo;
    if (m.runtime == u"kind" && info.value(u"cluster"_s).toString().isEmpty())
        info[u"cluster"_s] = StackBlueprint(m.sessionId, m.labId, m_tag).clusterName();
    return removeMember(m.sessionId, info);
}

int WarmPool::drain(bool allOwners)
{
    int n = 0;
    for (const WarmPoolMember &m : members()) {
        if (m.state == u"claimed" || (!allOwners && m.ownerPid != QCoreApplication::applicationPid()))
            continue;
        if (!QFile::rename(memberDir(m.sessionId) + u'/' + kMarker, memberDir(m.sessionId) + u'/' + kRetired))
            continue; // claimed meanwhile
        if (removeMember(m))
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
        if (auto removed = removeMember(m))
            n += *removed;
        if (sessions)
            *sessions << m.sessionId;
    }
    return n;
}

QString WarmPool::packDigest(const LabPack &pack)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString &field : {pack.info.id, pack.info.runtime, pack.info.kubernetesVersion, pack.assetDir}) {
        h.addData(field.toUtf8());
        h.addData(QByteArrayView("\0", 1));
    }
    QStringList files;
    QDirIterator it(pack.assetDir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    const QDir root(pack.assetDir);
    for (const QString &path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue; // unreadable: a start could not copy it either
        h.addData(root.relativeFilePath(path).toUtf8());
        h.addData(QByteArrayView("\0", 1));
        h.addData(QByteArray::number(f.size()));
        h.addData(QByteArrayView("\0", 1));
        h.addData(&f);
    }
    return QString::fromLatin1(h.result().toHex());
}

std::optional<WarmClaim> WarmPool::claim(const LabPack &pack, std::optional<quint64> parameterSeed)
{
    QString digest; // hashed only when a member for the lab waits
    for (const WarmPoolMember &m : members()) {
        // A start with a fixed seed takes only a member drawn from it; a start without one, only a random draw.
        if (m.labId != pack.info.id || m.state != u"ready" || m.fixedSeed != parameterSeed || tooOld(m))
            continue;
        if (digest.isEmpty())
            digest = packDigest(pack);
        if (m.packDigest != digest) {
            // Its setup ran from other scripts or questions; the next fill (or gc, once its owner is gone) removes it.
            qCInfo(lcStack).noquote() << "warm pool:" << m.sessionId.left(8) << "was prepared from another version of"
                                      << pack.info.id << "; not used";
            continue;
        }
        const QString dir = memberDir(m.sessionId);
        if (!QFile::rename(dir + u'/' + kMarker, dir + u'/' + kClaimed))
            continue; // another start or gc took it first
        QJsonObject claimed = readJson(dir + u'/' + kClaimed);
        QJsonObject info = claimed.value(u"runtimeInfo"_s).toObject();
        info[u"ownerPid"_s] = QCoreApplication::applicationPid();
        claimed[u"state"_s] = u"claimed"_s;
        claimed[u"ownerPid"_s] = QCoreApplication::applicationPid();
        claimed[u"runtimeInfo"_s] = info;
        (void)writeJson(dir + u'/' + kClaimed, claimed);
        auto stack = ExamStack::attach(m_docker, info);
        if (!stack || !stack->isAlive()) {
            qCInfo(lcStack).noquote() << "warm pool:" << m.sessionId.left(8) << "is no longer running; removed";
            (void)removeMember(m.sessionId, info); // labelled: what a failed removal leaves is the next gc's
            continue;
        }
        qCInfo(lcStack).noquote() << "warm pool:" << m.sessionId.left(8) << "claimed for" << pack.info.id;
        WarmClaim c;
        c.runtimeInfo = info;
        c.parameters = labparameters::fromJson(claimed.value(u"parameters"_s).toObject());
        c.setup = outcomesFromJson(claimed.value(u"setup"_s).toArray());
        c.setupMs = claimed.value(u"setupMs"_s).toInteger();
        c.preparedAt = m.preparedAt;
        return c;
    }
    return std::nullopt;
}

Result<QString> WarmPool::fill(const LabPack &pack, const WarmPoolPolicy &policy, const std::shared_ptr<StartCancellation> &cancel,
                               std::optional<quint64> parameterSeed)
{
    if (policy.size <= 0)
        return makeError(u"pool.off"_s, u"the warm start pool is switched off in Settings"_s);
    const qint64 self = QCoreApplication::applicationPid();
    const QString digest = packDigest(pack);
    int waiting = 0;
    QString first;
    for (const WarmPoolMember &m : members()) {
        if (m.state == u"claimed")
            continue;
        if (m.labId != pack.info.id || m.packDigest != digest || m.fixedSeed != parameterSeed || tooOld(m)) {
            // The likely lab changed, or its pack did, or the next start wants another draw, or the member waited too
            // long: what this process (or a dead one) prepared goes.
            if (m.ownerPid == self || !processAlive(m.ownerPid))
                if (QFile::rename(memberDir(m.sessionId) + u'/' + kMarker, memberDir(m.sessionId) + u'/' + kRetired))
                    (void)removeMember(m); // what stays is labelled: the next gc takes it
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
    // Drawn now, stored with the member and adopted by the attempt that claims it: the setup and the questions
    // the learner reads see the same values.
    const quint64 seed = parameterSeed.value_or(labparameters::randomSeed());
    const ParameterValues parameters = labparameters::draw(pack.parameters, seed);
    const QJsonObject marker{{u"lab"_s, pack.info.id}, {u"runtime"_s, pack.info.runtime}, {u"store"_s, m_tag},
                             {u"state"_s, u"filling"_s}, {u"ownerPid"_s, self},
                             {u"packDigest"_s, digest}, {u"parameters"_s, labparameters::toJson(parameters)},
                             {u"seed"_s, QString::number(seed)}, {u"seedFixed"_s, parameterSeed.has_value()}};
    // The marker exists before anything on the engine does: gc spares a member being filled by a live process.
    if (!QDir().mkpath(dir) || !writeJson(dir + u'/' + kMarker, marker))
        return makeError(u"pool.marker"_s, u"cannot write the warm pool's marker in %1"_s.arg(dir));
    if (auto r = prepare(id, pack, marker, parameters, cancel); !r)
        return r.error();
    return id;
}

Result<void> WarmPool::prepare(const QString &id, const LabPack &pack, QJsonObject marker, const ParameterValues &parameters,
                               const std::shared_ptr<StartCancellation> &cancel)
{
    const QString dir = memberDir(id);
    StackBlueprint bp(id, pack.info.id, m_tag);
    bp.setWarm(true);
    // A cancellable fill provisions through a client of its own (cancelling cuts it off for good); m_docker
    // stays usable for the clean-up.
    DockerClient work = m_docker;
    if (cancel) {
        auto own = DockerClient::connect(m_docker.endpoint());
        if (!own) {
            QDir(dir).removeRecursively();
            return own.error();
        }
        work = *own;
        cancel->watch(work);
    }
    const auto cancelled = [&cancel] { return cancel && cancel->isCancelled(); };
    ExamStack stack(work, bp, dir);
    stack.setCancellation(cancel);
    const auto discard = [&](const Error &e) -> Result<void> {
        // A create the engine accepted before the cut-off still lands: sweep a few times.
        for (int sweep = 0; sweep < (cancelled() ? 4 : 1); ++sweep) {
            if (sweep > 0)
                QThread::msleep(400);
            // Best effort: the resources are labelled, so whatever a sweep misses goes with the next gc.
            (void)ExamStack::removeSessionResources(m_docker, id, stack.runtimeInfo().value(u"cluster"_s).toString());
        }
        QDir(dir).removeRecursively();
        return e;
    };
    if (auto r = stack.provision(pack); !r)
        return discard(r.error());

    // The lab's setup runs here, not at Start: a start then only claims the member.
    QElapsedTimer setupTime;
    setupTime.start();
    LabScriptRunner runner(stack, pack);
    runner.setParameters(parameters);
    const QList<ScriptOutcome> setup = runner.runSetup();
    const qint64 setupMs = setupTime.elapsed();
    if (cancelled())
        return discard(Error{u"exam.cancelled"_s, u"Preparing an environment ahead was cancelled"_s});
    QStringList failures;
    for (const ScriptOutcome &o : setup)
        if (!o.ok())
            failures << u"%1 exited with %2: %3"_s.arg(o.script).arg(o.exitCode).arg(o.output.trimmed().right(400));
    if (!failures.isEmpty())
        return discard(makeError(u"pool.setup"_s, u"no environment prepared ahead for %1: a setup script of the lab failed: %2"_s
                                                      .arg(pack.info.id, failures.join(u"; "_s))));

    marker[u"state"_s] = u"ready"_s;
    marker[u"runtimeInfo"_s] = stack.runtimeInfo();
    marker[u"setup"_s] = outcomesToJson(setup);
    marker[u"setupMs"_s] = setupMs;
    marker[u"preparedAt"_s] = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (!writeJson(dir + u'/' + kMarker, marker)) {
        (void)removeMember(id, stack.runtimeInfo()); // labelled: a failed removal is the next gc's
        return makeError(u"pool.marker"_s, u"cannot write the warm pool's marker in %1"_s.arg(dir));
    }
    qCInfo(lcStack).noquote() << "warm pool:" << id.left(8) << "ready for" << pack.info.id << "(setup" << setupMs << "ms)";
    return {};
}

} // namespace ckx
