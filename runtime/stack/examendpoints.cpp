#include "runtime/stack/examendpoints.h"

namespace ckx {

using namespace Qt::StringLiterals;

namespace {

Error fieldError(const QString &field, const QString &expected)
{
    return makeError(u"exam.endpoints"_s, u"the exam's environment record is damaged: %1 is missing or is not %2"_s
                                              .arg(field, expected));
}

Result<void> readObject(const QJsonObject &o, const QString &key, QJsonObject &out)
{
    const QJsonValue v = o.value(key);
    if (!v.isObject())
        return fieldError(key, u"an object"_s);
    out = v.toObject();
    return {};
}

Result<void> readString(const QJsonObject &o, const QString &prefix, const QString &key, QString &out)
{
    const QJsonValue v = o.value(key);
    if (!v.isString() || v.toString().isEmpty())
        return fieldError(prefix + u'.' + key, u"a non-empty string"_s);
    out = v.toString();
    return {};
}

Result<void> readPort(const QJsonObject &o, const QString &prefix, const QString &key, quint16 &out)
{
    const QJsonValue v = o.value(key);
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 1 || d > 65535 || d != double(int(d)))
        return fieldError(prefix + u'.' + key, u"a port number (1-65535)"_s);
    out = quint16(d);
    return {};
}

} // namespace

bool ExamEndpoints::isRecorded(const QJsonObject &runtimeInfo)
{
    return runtimeInfo.contains(u"ssh"_s) || runtimeInfo.contains(u"vnc"_s);
}

Result<ExamEndpoints> ExamEndpoints::fromRuntimeInfo(const QJsonObject &info)
{
    ExamEndpoints e;
    QJsonObject ssh, vnc;
    const QString s = u"ssh"_s, v = u"vnc"_s;
    CKX_TRY(readObject(info, s, ssh));
    CKX_TRY(readObject(info, v, vnc));
    CKX_TRY(readString(ssh, s, u"host"_s, e.ssh.host));
    CKX_TRY(readPort(ssh, s, u"port"_s, e.ssh.port));
    CKX_TRY(readString(ssh, s, u"user"_s, e.ssh.user));
    CKX_TRY(readString(ssh, s, u"keyFile"_s, e.ssh.identityFile));
    CKX_TRY(readString(ssh, s, u"hostKeyFingerprint"_s, e.ssh.pinnedHostKey));
    CKX_TRY(readString(vnc, v, u"host"_s, e.vnc.host));
    CKX_TRY(readPort(vnc, v, u"port"_s, e.vnc.port));
    CKX_TRY(readString(vnc, v, u"passwordFile"_s, e.vncPasswordFile));
    return e;
}

void ExamEndpoints::writeTo(QJsonObject &info) const
{
    info[u"ssh"_s] = QJsonObject{{u"host"_s, ssh.host}, {u"port"_s, int(ssh.port)}, {u"user"_s, ssh.user},
                                 {u"keyFile"_s, ssh.identityFile}, {u"hostKeyFingerprint"_s, ssh.pinnedHostKey}};
    info[u"vnc"_s] = QJsonObject{{u"host"_s, vnc.host}, {u"port"_s, int(vnc.port)}, {u"passwordFile"_s, vncPasswordFile}};
}

Result<VncSessionConfig> ExamEndpoints::vncConfig() const
{
    auto password = VncSession::readPasswordFile(vncPasswordFile);
    if (!password)
        return password.error();
    VncSessionConfig c = vnc;
    c.password = *password;
    return c;
}

} // namespace ckx
