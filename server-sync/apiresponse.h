#pragma once
// One HTTP answer: status, headers and body. Controllers build these with the helpers, which wrap JSON in the
// API envelope (core/api/envelope.h).

#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>

namespace ckx::server {

struct ApiResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiResponse ok(const QJsonValue &data, int status = 200);
    static ApiResponse error(int status, const QString &code, const QString &message,
                             const QJsonObject &details = {});
    /// An Error from a Result: 400 unless the caller says otherwise.
    static ApiResponse fromError(const Error &e, int status = 400);
    static ApiResponse raw(int status, QByteArray contentType, QByteArray body);
    ApiResponse &withHeader(const QByteArray &name, const QByteArray &value);
};

} // namespace ckx::server
