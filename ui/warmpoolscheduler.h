#pragma once
// Keeps the warm start pool (runtime/stack/warmpool.h) filled for the lab the learner is most likely to start:
// asked after the app starts and after an exam ends (the last used lab) and when a lab stays selected in the
// catalog. One fill at a time on a thread of its own; a Start cancels a fill in progress so it never competes with
// the learner's own start. Quitting removes what this process prepared (a crash leaves it to the next gc).

#include "core/labcatalog.h"

#include <QObject>
#include <QString>

#include <memory>
#include <mutex>

class QThread;

namespace ckx {

class StartCancellation;

class WarmPoolScheduler : public QObject
{
    Q_OBJECT
public:
    WarmPoolScheduler(LabCatalog catalog, QString dockerHost, QObject *parent = nullptr);
    ~WarmPoolScheduler() override;

    /// Environments to keep prepared (Settings; 0 = off, which also removes what waits).
    void setSize(int size);
    void setDockerHost(const QString &host) { m_dockerHost = host; }
    void setCatalog(LabCatalog catalog) { m_catalog = std::move(catalog); }

public Q_SLOTS:
    /// Prepares an environment for `labId` (the latest request wins; a no-op when one waits already).
    void prepare(const QString &labId);
    /// A start is about to run: a fill in progress is cancelled and nothing new begins until prepare().
    void pause();

Q_SIGNALS:
    void prepared(const QString &labId, const QString &sessionId);
    /// Nothing was prepared for `labId`: `reason` says why (switched off, too little memory, an error).
    void skipped(const QString &labId, const QString &reason);

private:
    void launch();
    void drain();

    LabCatalog m_catalog;
    QString m_dockerHost;
    int m_size = 1;
    QString m_pending;               ///< the lab to prepare once the running fill is done
    QThread *m_running = nullptr;
    std::shared_ptr<StartCancellation> m_cancel; ///< of the running fill
};

} // namespace ckx
