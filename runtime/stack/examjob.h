#pragma once
// One exam lifecycle operation (start, grade, stop, resume) for the UI: runs on a worker thread with its own store
// connection, Docker client and catalog, and reports back with signals delivered on the application's main thread
// (create jobs there). The UI thread never blocks on Docker.
// The job may be deleted while it runs: the work finishes (the store stays consistent) and nothing is emitted.

#include "runtime/stack/examruntime.h"

#include <QObject>
#include <QString>

#include <functional>

namespace ckx {

class ExamJob : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Start, Grade, Stop, Resume };
    Q_ENUM(Kind)

    static ExamJob *start(const QString &labId, const StartOptions &options, QObject *parent = nullptr);
    static ExamJob *grade(const QString &attemptId, QObject *parent = nullptr);
    static ExamJob *stop(const QString &attemptId, QObject *parent = nullptr);
    /// Start-up recovery: resumedAttempts() lists what can be reattached.
    static ExamJob *resume(QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    /// Launches the work on a worker thread. Call once.
    void run();

    // Valid after finished():
    QString attemptId() const { return m_attemptId; }
    QStringList resumedAttempts() const { return m_resumed; }

Q_SIGNALS:
    void progress(const QString &stage, int percent);
    /// `ok` false: `error` says what went wrong, for a person.
    void finished(bool ok, const QString &error);

private:
    ExamJob(Kind kind, QString subject, QObject *parent);

    Kind m_kind;
    QString m_subject; ///< lab id (Start) or attempt id
    StartOptions m_options;
    QString m_attemptId;
    QStringList m_resumed;
    bool m_started = false;
};

} // namespace ckx
