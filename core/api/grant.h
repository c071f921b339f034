#pragma once
// Exam grants: the server's Ed25519-signed permission to run one full lab for one exam session.
//
// Wire format (one string): "ckxg1." + base64url(payload) + "." + base64url(signature), where payload is the
// canonical JSON {examSession, expiresAt, issuedAt, lab, user} (keys sorted, compact, times in Unix seconds) and
// the signature is Ed25519 (libsodium crypto_sign_detached) over the payload bytes exactly as transmitted.
// The desktop verifies with the public key from GET /api/v1/keys and enforces expiresAt itself.

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace ckx {

struct ExamGrant
{
    QString userId;
    QString examSessionId;
    QString labId;
    qint64 issuedAt = 0;  ///< Unix seconds
    qint64 expiresAt = 0; ///< Unix seconds
    QString token;        ///< the wire string it was read from (verify, decodeUnverified); not part of the payload

    /// The canonical JSON bytes that get signed.
    QByteArray canonicalPayload() const;

    /// Signs with a 64-byte libsodium Ed25519 secret key; returns the wire string.
    static Result<QString> sign(const ExamGrant &grant, const QByteArray &secretKey);

    /// Checks the signature against a 32-byte Ed25519 public key, the payload's shape, and that the grant has not
    /// expired at `nowSecs` (a clock skew of `leewaySecs` is allowed). A tampered grant fails here.
    static Result<ExamGrant> verify(const QString &token, const QByteArray &publicKey, qint64 nowSecs,
                                    qint64 leewaySecs = 60);

    /// Decodes the payload without checking the signature (for display only, never for access decisions).
    static Result<ExamGrant> decodeUnverified(const QString &token);
};

} // namespace ckx
