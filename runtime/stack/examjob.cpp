#include "runtime/stack/examjob.h"

#include "core/examstore.h"
#include "core/labcatalog.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace ckx {

using namespace Qt::StringLiterals;

ExamJob::ExamJob(Kind kind, QString subject, QObject *parent) : QObject(parent), m_kind(kind), m_subject(std::move(subject)) {}

ExamJob *ExamJob::start(const QString &labId, const StartOptions &options, QObject *parent)
{
    auto *j = new ExamJob(Kind::Start, labId, parent);
    j->m_options = options;
    return j;
}

ExamJob *ExamJob::grade(const QString &attemptId, QObject *parent) { return new ExamJob(Kind::Grade, attemptId, parent); }
ExamJob *ExamJob::stop(const QString &attemptId, QObject *parent) { return new ExamJob(Kind::Stop, attemptId, parent); }
ExamJob *ExamJob::resume(QObject *parent) { return new ExamJob(Kind::Resume, {}, parent); }

void ExamJob::run()
{
    if (m_started)
        return;
    m_started = true;
    QPointer<ExamJob> self(this);
    const Kind kind = m_kind;
    const QString subject = m_subject;
    const StartOptions options = m_options;
    // Everything the worker touches is its own; results come back by value, delivered on the job's thread.
    (void)QtConcurrent::run([self, kind, subject, options] {
        auto deliver = [self](std::function<void(ExamJob *)> fn) {
            QMetaObject::invokeMethod(
                QCoreApplication::instance(), [self, fn] {
                    if (self)
                        fn(self.data());
                },
                Qt::QueuedConnection);
        };
        auto fail = [&deliver](const QString &message) {
            deliver([message](ExamJob *j) { Q_EMIT j->finished(false, message); });
        };
        ExamStore store;
        if (auto r = store.openDefault(); !r)
            return fail(r.error().message);
        auto docker = DockerClient::connect();
        if (!docker)
            return fail(docker.error().message);
        ExamRuntime runtime(store, *docker, LabCatalog::load(LabCatalog::defaultRoots()));
        switch (kind) {
        case Kind::Start: {
            auto r = runtime.start(subject, options, [&deliver](const QString &stage, int pct) {
                deliver([stage, pct](ExamJob *j) { Q_EMIT j->progress(stage, pct); });
            });
            if (!r)
                return fail(r.error().message);
            const QString id = r->attempt.id;
            return deliver([id](ExamJob *j) {
                j->m_attemptId = id;
                Q_EMIT j->finished(true, {});
            });
        }
        case Kind::Grade: {
            auto r = runtime.grade(subject, true);
            if (!r)
                return fail(r.error().message);
            break;
        }
        case Kind::Stop: {
            auto r = runtime.stop(subject);
            if (!r)
                return fail(r.error().message);
            break;
        }
        case Kind::Resume: {
            auto r = runtime.resume();
            if (!r)
                return fail(r.error().message);
            QStringList ids;
            for (const ExamAttempt &a : *r)
                ids << a.id;
            return deliver([ids](ExamJob *j) {
                j->m_resumed = ids;
                Q_EMIT j->finished(true, {});
            });
        }
        }
        deliver([subject](ExamJob *j) {
            j->m_attemptId = subject;
            Q_EMIT j->finished(true, {});
        });
    });
}

} // namespace ckx
