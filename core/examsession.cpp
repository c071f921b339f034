#include "core/examsession.h"

#include <QStringList>

#include <array>
#include <utility>

namespace ckx {

namespace {

constexpr std::array<std::pair<ExamState, const char16_t *>, 6> StateNames{{
    {ExamState::Provisioning, u"provisioning"},
    {ExamState::Ready, u"ready"},
    {ExamState::Grading, u"grading"},
    {ExamState::Graded, u"graded"},
    {ExamState::Terminated, u"terminated"},
    {ExamState::Failed, u"failed"},
}};

// The transition table: for each state, the states it may move to. Abandoning (→ Terminated) is allowed from
// every state but Terminated itself; Failed is reachable while the environment is being used.
QList<ExamState> successors(ExamState from)
{
    switch (from) {
    case ExamState::Provisioning:
        return {ExamState::Ready, ExamState::Failed, ExamState::Terminated};
    case ExamState::Ready:
        return {ExamState::Grading, ExamState::Failed, ExamState::Terminated};
    case ExamState::Grading:
        return {ExamState::Graded, ExamState::Failed, ExamState::Terminated};
    case ExamState::Graded:
        return {ExamState::Terminated};
    case ExamState::Failed:
        return {ExamState::Terminated};
    case ExamState::Terminated:
        return {};
    }
    return {};
}

} // namespace

QString examStateToString(ExamState state)
{
    for (const auto &[s, name] : StateNames) {
        if (s == state)
            return QString::fromUtf16(name);
    }
    return QStringLiteral("unknown");
}

Result<ExamState> examStateFromString(const QString &text)
{
    QStringList known;
    for (const auto &[s, name] : StateNames) {
        const QString n = QString::fromUtf16(name);
        if (n == text)
            return s;
        known << n;
    }
    return makeError(
        QStringLiteral("exam.state"),
        QStringLiteral("unknown exam state \"%1\"; expected one of %2").arg(text, known.join(QStringLiteral(", "))));
}

bool isActive(ExamState state)
{
    return state == ExamState::Provisioning || state == ExamState::Ready || state == ExamState::Grading;
}

bool mayHoldResources(ExamState state)
{
    return state != ExamState::Terminated;
}

bool isLegalTransition(ExamState from, ExamState to)
{
    return successors(from).contains(to);
}

Result<void> checkTransition(ExamState from, ExamState to)
{
    if (isLegalTransition(from, to))
        return {};
    QStringList allowed;
    for (ExamState s : successors(from))
        allowed << examStateToString(s);
    const QString options = allowed.isEmpty() ? QStringLiteral("it is final")
                                              : QStringLiteral("it may only become %1").arg(allowed.join(u", "));
    return makeError(QStringLiteral("exam.transition"),
                     QStringLiteral("an exam attempt cannot go from %1 to %2: %3")
                         .arg(examStateToString(from), examStateToString(to), options));
}

} // namespace ckx
