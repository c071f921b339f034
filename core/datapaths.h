#pragma once
// Where CKX keeps the learner's data: the SQLite store, user-installed lab packs, per-session files (keys, logs).

#include <QString>

namespace ckx {

/// The root of everything CKX writes for the learner. CKX_DATA_DIR overrides it (tests, portable installs);
/// otherwise the platform's application data folder (QStandardPaths::AppDataLocation, e.g.
/// ~/.local/share/ckx/ckx on Linux). Created on demand (mode 0700, it holds session keys); returns the path even
/// when creation fails, so the caller's own open/write reports the error with the path in it.
QString dataDir();

/// dataDir() + "/labs": lab packs the learner added (one labs.json root). Created on demand.
QString labsUserDir();

/// dataDir() + "/sessions": one folder per exam session (SSH keys, VNC password file, logs). Created on demand.
QString sessionsDir();

/// dataDir() + "/recordings/<attemptId>.cast": the attempt's terminal recording (asciicast v2). It outlives the
/// session folder (removed when the environment stops) so the Results page can replay it; removed with the attempt.
QString recordingPath(const QString &attemptId);

/// dataDir() + "/ckx.sqlite": the local store (ExamStore).
QString storePath();

} // namespace ckx
