#pragma once
// The moments of an exam the replay can jump to, written into the terminal recording as marker events:
// "Question N" when a question is opened, "Check: Question N" when a practice check runs.

namespace ckx {

struct LabPack;
class TerminalRecorder;
class WorkspacePage;

/// Marks the question open now and, from then on, every question opened and every check run in `workspace`.
/// The connections end with the recorder.
void markExamMoments(TerminalRecorder *recorder, WorkspacePage *workspace, const LabPack *lab);

} // namespace ckx
