#pragma once
// What the runtime commands of ckxctl share: the local store, the Docker engine, the lab catalog and the exam
// runtime over them, opened once per command with errors a learner can act on.

#include "core/examstore.h"
#include "core/result.h"
#include "runtime/stack/examruntime.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace ckx::cli {

struct RuntimeContext
{
    std::unique_ptr<ExamStore> store;
    std::unique_ptr<ExamRuntime> runtime;

    /// Finds an attempt by id or unique id prefix.
    Result<ExamAttempt> findAttempt(const QString &idOrPrefix) const;
};

Result<std::unique_ptr<RuntimeContext>> openRuntimeContext();

/// The attempt as JSON for --json output (a documented interface: add fields, never rename or remove).
QJsonObject attemptJson(const ExamAttempt &a);
QJsonObject checkJson(const CheckResult &r);

/// Removes `flag` from `args`; returns whether it was there.
bool takeFlag(QStringList &args, const QString &flag);
/// Removes `option VALUE` from `args`; returns VALUE (empty when absent).
QString takeOption(QStringList &args, const QString &option);

} // namespace ckx::cli
