#include "server-sync/migrations.h"

namespace ckx::server {

namespace {

Migration both(int version, const char *name, const QStringList &statements)
{
    return Migration{version, QString::fromLatin1(name), statements, statements};
}

QList<Migration> build()
{
    QList<Migration> list;
    list << both(1, "accounts",
                 {QStringLiteral("CREATE TABLE users (id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE, "
                                 "display_name TEXT NOT NULL DEFAULT '', password_hash TEXT NOT NULL, "
                                 "created_at BIGINT NOT NULL)"),
                  // Refresh tokens are stored as SHA-256 of the opaque value; a family is one login's chain of
                  // rotations, revoked as a whole when a rotated token is presented again.
                  QStringLiteral("CREATE TABLE refresh_tokens (id TEXT PRIMARY KEY, user_id TEXT NOT NULL "
                                 "REFERENCES users(id), family_id TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE, "
                                 "created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, rotated_at BIGINT, "
                                 "revoked_at BIGINT)"),
                  QStringLiteral("CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id)"),
                  QStringLiteral("CREATE TABLE login_failures (scope TEXT NOT NULL, subject TEXT NOT NULL, "
                                 "at BIGINT NOT NULL)"),
                  QStringLiteral("CREATE INDEX login_failures_subject ON login_failures (scope, subject, at)")});
    list << both(2, "passes",
                 {QStringLiteral("CREATE TABLE pass_types (id TEXT PRIMARY KEY, name TEXT NOT NULL, "
                                 "duration_seconds BIGINT NOT NULL, price_cents INTEGER NOT NULL, "
                                 "currency TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1)"),
                  QStringLiteral("CREATE TABLE checkout_sessions (id TEXT PRIMARY KEY, user_id TEXT NOT NULL "
                                 "REFERENCES users(id), pass_type_id TEXT NOT NULL, url TEXT NOT NULL, "
                                 "idempotency_key TEXT NOT NULL, created_at BIGINT NOT NULL)"),
                  // checkout_session_id UNIQUE: one checkout session can only ever grant one pass, whichever path
                  // (webhook, redirect verify) and however many deliveries get there.
                  QStringLiteral("CREATE TABLE passes (id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES "
                                 "users(id), pass_type_id TEXT NOT NULL, duration_seconds BIGINT NOT NULL, "
                                 "status TEXT NOT NULL, purchased_at BIGINT NOT NULL, activated_at BIGINT, "
                                 "expires_at BIGINT, checkout_session_id TEXT UNIQUE, source TEXT NOT NULL)"),
                  QStringLiteral("CREATE INDEX passes_user ON passes (user_id, status)"),
                  QStringLiteral("CREATE TABLE stripe_events (id TEXT PRIMARY KEY, type TEXT NOT NULL, "
                                 "created_at BIGINT NOT NULL, received_at BIGINT NOT NULL)")});
    list << both(3, "exam_sessions_and_results",
                 {QStringLiteral("CREATE TABLE exam_sessions (id TEXT PRIMARY KEY, user_id TEXT NOT NULL "
                                 "REFERENCES users(id), lab_id TEXT NOT NULL, status TEXT NOT NULL, "
                                 "active INTEGER NOT NULL, started_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, "
                                 "ended_at BIGINT)"),
                  // The rule "one active exam per user" lives here, so it holds under any concurrency.
                  QStringLiteral("CREATE UNIQUE INDEX exam_sessions_one_active ON exam_sessions (user_id) "
                                 "WHERE active = 1"),
                  QStringLiteral("CREATE TABLE results (user_id TEXT NOT NULL REFERENCES users(id), "
                                 "attempt_id TEXT NOT NULL, lab_id TEXT NOT NULL, exam_session_id TEXT, "
                                 "score DOUBLE PRECISION NOT NULL, max_score DOUBLE PRECISION NOT NULL, "
                                 "passed INTEGER NOT NULL, started_at BIGINT NOT NULL, finished_at BIGINT NOT NULL, "
                                 "checks TEXT NOT NULL, updated_at BIGINT NOT NULL, PRIMARY KEY (user_id, attempt_id))"),
                  QStringLiteral("CREATE INDEX results_user_finished ON results (user_id, finished_at)")});
    list << both(4, "internal_hmac_nonces",
                 {QStringLiteral("CREATE TABLE hmac_nonces (key_id TEXT NOT NULL, nonce TEXT NOT NULL, "
                                 "seen_at BIGINT NOT NULL, PRIMARY KEY (key_id, nonce))"),
                  QStringLiteral("CREATE INDEX hmac_nonces_seen ON hmac_nonces (seen_at)")});
    // access/status runs on every app start and check: answer it from the index alone, without a sort.
    list << both(5, "passes_status_index",
                 {QStringLiteral("CREATE INDEX passes_user_status_expiry ON passes (user_id, status, expires_at)"),
                  QStringLiteral("DROP INDEX passes_user")});
    // The price a checkout was started at: a paid session is fulfilled only if Stripe's amount_total and currency
    // match it (NULL for sessions started before this migration: they are checked against the pass type's price).
    list << both(6, "checkout_session_price",
                 {QStringLiteral("ALTER TABLE checkout_sessions ADD COLUMN amount_cents BIGINT"),
                  QStringLiteral("ALTER TABLE checkout_sessions ADD COLUMN currency TEXT")});
    // Every instance reloads the recently revoked logins every two seconds (revokedsessions.h): an index on the few
    // revoked rows, not a scan of every refresh token.
    list << both(7, "refresh_tokens_revoked_index",
                 {QStringLiteral("CREATE INDEX refresh_tokens_revoked ON refresh_tokens (revoked_at) WHERE revoked_at IS NOT NULL")});
    return list;
}

} // namespace

const QList<Migration> &Migrations::all()
{
    static const QList<Migration> list = build();
    return list;
}

} // namespace ckx::server
