#pragma once
// The schema of ExamStore's database and the migrations that build it (documented in examstoremigrations.cpp).

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

namespace ckx::storeschema {

/// The version this build writes (PRAGMA user_version after the last migration).
int latestVersion();

/// The file's current version (PRAGMA user_version; 0 for a new file).
Result<int> currentVersion(const QSqlDatabase &db);

/// Applies every migration after the file's version, each in its own transaction together with the new
/// user_version, so an interrupted upgrade leaves the file at the last completed version. Returns the new version.
/// A file newer than latestVersion() is refused ("store.too-new") and left untouched.
Result<int> migrate(const QSqlDatabase &db);

} // namespace ckx::storeschema
