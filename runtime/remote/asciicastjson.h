#pragma once
// The two byte-level rules of writing asciicast v2 event data fast: every event's data is a JSON string of valid
// UTF-8, and terminal output may split a character across chunks.

#include <QByteArray>
#include <QByteArrayView>

namespace ckx {

/// Appends `utf8` to `out` as a quoted JSON string; invalid UTF-8 becomes U+FFFD (as a terminal would show it).
void appendAsciicastString(QByteArray &out, QByteArrayView utf8);

/// The length of the longest prefix of `bytes` that does not end inside a multi-byte UTF-8 character.
qsizetype completeUtf8Prefix(QByteArrayView bytes);

} // namespace ckx
