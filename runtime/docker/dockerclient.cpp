#include "runtime/docker/dockerclient.h"

#include "runtime/docker/dockerstreamdecoder.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUrlQuery>
#include <QVersionNumber>

#include <curl/curl.h>

#include <atomic>
#include <cerrno>
#include <mutex>

Q_LOGGING_CATEGORY(lcDocker, "ckx.runtime.docker", QtWarningMsg)

namespace ckx {

using namespace Qt::StringLiterals;

struct DockerClient::Private
{
    DockerEndpoint endpoint;
    DockerVersion version;
    QString prefix; ///< "/v1.41"
    std::atomic_bool cancelled{false}; ///< shared by every copy of the client (see cancelTransfers)
};

namespace {

using CurlPtr = std::unique_ptr<CURL, decltype(&curl_easy_cleanup)>;
using SlistPtr = std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)>;

struct WriteContext
{
    QByteArray *body = nullptr;
    const std::function<bool(const char *, size_t)> *sink = nullptr;
    bool stopped = false;
};

size_t onWrite(char *ptr, size_t size, size_t n, void *userdata)
{
    auto *ctx = static_cast<WriteContext *>(userdata);
    const size_t len = size * n;
    if (ctx->sink && *ctx->sink) {
        if (!(*ctx->sink)(ptr, len)) {
            ctx->stopped = true;
            return 0; // makes curl stop with CURLE_WRITE_ERROR
        }
        return len;
    }
    ctx->body->append(ptr, qsizetype(len));
    return len;
}

QString daemonMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QString msg = doc.object().value(u"message"_s).toString();
    return msg.isEmpty() ? QString::fromUtf8(body.left(300)).trimmed() : msg;
}

QString filtersQuery(const QJsonObject &filters)
{
    if (filters.isEmpty())
        return {};
    return QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(QJsonDocument(filters).toJson(QJsonDocument::Compact))));
}

QString enc(const QString &s)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(s));
}

} // namespace

DockerClient::DockerClient(std::shared_ptr<Private> p) : d(std::move(p)) {}
DockerClient::~DockerClient() = default;

void DockerClient::cancelTransfers() const
{
    d->cancelled = true;
}
DockerClient::DockerClient(const DockerClient &) = default;
DockerClient &DockerClient::operator=(const DockerClient &) = default;

const DockerEndpoint &DockerClient::endpoint() const { return d->endpoint; }
const DockerVersion &DockerClient::version() const { return d->version; }

QJsonObject DockerClient::labelFilter(const QStringList &labels)
{
    return QJsonObject{{u"label"_s, QJsonArray::fromStringList(labels)}};
}

Result<DockerClient> DockerClient::connect()
{
    auto ep = DockerEndpoint::fromEnvironment();
    if (!ep)
        return ep.error();
    return connect(*ep);
}

Result<DockerClient> DockerClient::connect(const DockerEndpoint &endpoint)
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    auto p = std::make_shared<Private>();
    p->endpoint = endpoint;
    DockerClient c(p);
    // GET /version is unversioned: it works whatever the engine speaks.
    auto r = c.request("GET", u"/version"_s, {}, {}, {}, 5000);
    if (!r)
        return r.error();
    if (r->status != 200)
        return makeError(u"docker.version"_s, u"The Docker engine at %1 answered HTTP %2 to GET /version: %3"_s
                                                  .arg(endpoint.describe())
                                                  .arg(r->status)
                                                  .arg(daemonMessage(r->body)));
    const QJsonObject v = QJsonDocument::fromJson(r->body).object();
    DockerVersion &ver = p->version;
    ver.engineVersion = v.value(u"Version"_s).toString();
    ver.maxApiVersion = v.value(u"ApiVersion"_s).toString();
    ver.minApiVersion = v.value(u"MinAPIVersion"_s).toString();
    ver.os = v.value(u"Os"_s).toString();
    ver.arch = v.value(u"Arch"_s).toString();
    const auto engineMax = QVersionNumber::fromString(ver.maxApiVersion);
    const auto ours = QVersionNumber::fromString(QLatin1String(kMaxApiVersion));
    const auto ourMin = QVersionNumber::fromString(QLatin1String(kMinApiVersion));
    const auto chosen = engineMax.isNull() ? ourMin : std::min(engineMax, ours);
    if (chosen < ourMin)
        return makeError(u"docker.too-old"_s, u"The Docker engine at %1 is too old (Engine API %2); CKX needs API %3 "
                                                "or newer (Docker 19.03+): update Docker"_s
                                                  .arg(endpoint.describe(), ver.maxApiVersion, QLatin1String(kMinApiVersion)));
    ver.apiVersion = chosen.toString();
    p->prefix = u"/v"_s + ver.apiVersion;
    qCDebug(lcDocker) << "engine" << ver.engineVersion << "api" << ver.apiVersion << "at" << endpoint.describe();
    return c;
}

Result<DockerHttpResponse> DockerClient::request(const QByteArray &method, const QString &path, const QByteArray &body,
                                                 const QByteArray &contentType,
                                                 const std::function<bool(const char *, size_t)> &sink,
                                                 long timeoutMs) const
{
    CurlPtr curl(curl_easy_init(), &curl_easy_cleanup);
    if (!curl)
        return makeError(u"docker.curl"_s, u"could not initialise libcurl"_s);
    const bool versioned = path != u"/version" && path != u"/_ping";
    const QByteArray url = (d->endpoint.baseUrl + (versioned ? d->prefix : QString()) + path).toUtf8();
    char errbuf[CURL_ERROR_SIZE] = {0};
    CURL *h = curl.get();
    curl_easy_setopt(h, CURLOPT_URL, url.constData());
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errbuf);
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, 5000L);
    if (timeoutMs > 0)
        curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, timeoutMs);
    const QByteArray socketPath = d->endpoint.socketPath.toUtf8();
    if (!socketPath.isEmpty())
        curl_easy_setopt(h, CURLOPT_UNIX_SOCKET_PATH, socketPath.constData());
    const QByteArray ca = d->endpoint.caFile.toUtf8(), cert = d->endpoint.certFile.toUtf8(),
                     key = d->endpoint.keyFile.toUtf8();
    if (d->endpoint.tls) {
        curl_easy_setopt(h, CURLOPT_SSLCERT, cert.constData());
        curl_easy_setopt(h, CURLOPT_SSLKEY, key.constData());
        if (d->endpoint.verifyPeer) {
            curl_easy_setopt(h, CURLOPT_CAINFO, ca.constData());
        } else {
            curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 0L);
            curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 0L);
        }
    }
    curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, method.constData());
    SlistPtr headers(nullptr, &curl_slist_free_all);
    auto addHeader = [&headers](const QByteArray &line) {
        curl_slist *n = curl_slist_append(headers.get(), line.constData());
        headers.release();
        headers.reset(n);
    };
    if (method == "POST" || method == "PUT") {
        curl_easy_setopt(h, CURLOPT_POSTFIELDS, body.constData());
        curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.size()));
        addHeader("Content-Type: " + (contentType.isEmpty() ? QByteArray("application/json") : contentType));
        addHeader("Expect:"); // no 100-continue round trip for big bodies
    }
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers.get());
    DockerHttpResponse response;
    WriteContext ctx{&response.body, &sink};
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &onWrite);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &ctx);
    // curl asks about once a second even while the daemon is silent, so a cancel lands within about a second.
    curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(h, CURLOPT_XFERINFODATA, &d->cancelled);
    curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION,
                     +[](void *flag, curl_off_t, curl_off_t, curl_off_t, curl_off_t) -> int {
                         return static_cast<std::atomic_bool *>(flag)->load() ? 1 : 0;
                     });

    if (d->cancelled)
        return makeError(u"docker.cancelled"_s, u"Cancelled before %1 %2 started"_s.arg(QString::fromLatin1(method), path));
    const CURLcode rc = curl_easy_perform(h);
    long status = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    response.status = int(status);
    if (rc == CURLE_WRITE_ERROR && ctx.stopped)
        return response;
    if (rc == CURLE_ABORTED_BY_CALLBACK)
        return makeError(u"docker.cancelled"_s, u"Cancelled: %1 %2 was stopped before it finished"_s.arg(QString::fromLatin1(method), path));
    if (rc != CURLE_OK) {
        long osErrno = 0;
        curl_easy_getinfo(h, CURLINFO_OS_ERRNO, &osErrno);
        const QString where = d->endpoint.describe();
        const QString detail = QString::fromUtf8(errbuf[0] ? errbuf : curl_easy_strerror(rc));
        if (rc == CURLE_COULDNT_CONNECT && !socketPath.isEmpty() && osErrno == EACCES)
            return makeError(u"docker.permission"_s,
                             u"This user may not use Docker (%1: permission denied): add it to the docker group with "
                             "'sudo usermod -aG docker $USER', then log out and in again"_s.arg(where));
        if (rc == CURLE_COULDNT_CONNECT || rc == CURLE_COULDNT_RESOLVE_HOST) {
            if (socketPath.isEmpty())
                return makeError(u"docker.unreachable"_s,
                                 u"The Docker engine at %1 does not answer (%2): check that it runs and DOCKER_HOST is right"_s.arg(where, detail));
            // The system engine's socket: the system service is what to start. Any other socket (rootless Docker,
            // a host typed in Settings) is not started by systemctl start docker.
            const bool systemSocket = socketPath == "/var/run/docker.sock" || socketPath == "/run/docker.sock";
            return makeError(u"docker.unreachable"_s,
                             systemSocket
                                 ? u"Docker is not running (nothing answers at %1): start it with 'sudo systemctl start docker'"_s.arg(where)
                                 : u"No Docker engine answers at %1: check that the engine behind this socket runs (rootless "
                                   "Docker: 'systemctl --user start docker') and that the Docker host setting or DOCKER_HOST "
                                   "names the right socket"_s.arg(where));
        }
        if (rc == CURLE_OPERATION_TIMEDOUT)
            return makeError(u"docker.timeout"_s, u"Docker did not answer %1 %2 within %3 s (%4)"_s.arg(QString::fromLatin1(method), path)
                                                     .arg(timeoutMs / 1000).arg(where));
        if (rc == CURLE_SSL_CONNECT_ERROR || rc == CURLE_PEER_FAILED_VERIFICATION || rc == CURLE_SSL_CERTPROBLEM
            || rc == CURLE_SSL_CACERT_BADFILE)
            return makeError(u"docker.tls"_s, u"TLS with the Docker engine at %1 failed (%2): check the certificates in "
                                                "DOCKER_CERT_PATH"_s.arg(where, detail));
        return makeError(u"docker.transport"_s,
                         u"Talking to Docker at %1 failed during %2 %3: %4"_s.arg(where, QString::fromLatin1(method), path, detail));
    }
    return response;
}

namespace {

// Turns an HTTP failure into words. `what` says what was being done ("starting container ckx-ssh-...").
Error httpError(int status, const QByteArray &body, const QString &what)
{
    const QString msg = daemonMessage(body);
    if (msg.contains(u"port is already allocated") || msg.contains(u"address already in use"))
        return makeError(u"docker.port-in-use"_s, u"%1 failed: a port it needs is already in use (%2)"_s.arg(what, msg));
    if (status == 404 && (msg.contains(u"No such image") || msg.contains(u"pull access denied")))
        return makeError(u"docker.image-missing"_s,
                         u"%1 failed: an image is missing (%2); build the CKX images with 'ckxctl images build'"_s.arg(what, msg));
    if (status == 404)
        return makeError(u"docker.not-found"_s, u"%1 failed: %2"_s.arg(what, msg));
    if (status == 409)
        return makeError(u"docker.conflict"_s, u"%1 failed: %2"_s.arg(what, msg));
    return makeError(u"docker.api"_s, u"%1 failed (Docker answered HTTP %2): %3"_s.arg(what).arg(status).arg(msg));
}

} // namespace

// The simple verbs: one call, JSON or nothing back.
#define CKX_EXPECT(resp, okStatuses, what)                                                                             \
    if (!(resp))                                                                                                        \
        return (resp).error();                                                                                          \
    if (!QList<int> okStatuses.contains((resp)->status))                                                               \
        return httpError((resp)->status, (resp)->body, what);

Result<QString> DockerClient::createContainer(const QString &name, const QJsonObject &spec) const
{
    auto r = request("POST", u"/containers/create?name="_s + enc(name), QJsonDocument(spec).toJson(QJsonDocument::Compact));
    CKX_EXPECT(r, ({201}), u"Creating container %1"_s.arg(name));
    return QJsonDocument::fromJson(r->body).object().value(u"Id"_s).toString();
}

Result<void> DockerClient::startContainer(const QString &id) const
{
    auto r = request("POST", u"/containers/%1/start"_s.arg(enc(id)));
    CKX_EXPECT(r, ({204, 304}), u"Starting container %1"_s.arg(id));
    return {};
}

Result<void> DockerClient::stopContainer(const QString &id, int graceSeconds) const
{
    auto r = request("POST", u"/containers/%1/stop?t=%2"_s.arg(enc(id)).arg(graceSeconds), {}, {}, {}, (graceSeconds + 30) * 1000L);
    CKX_EXPECT(r, ({204, 304}), u"Stopping container %1"_s.arg(id));
    return {};
}

Result<void> DockerClient::killContainer(const QString &id) const
{
    auto r = request("POST", u"/containers/%1/kill"_s.arg(enc(id)));
    CKX_EXPECT(r, ({204, 409}), u"Killing container %1"_s.arg(id));
    return {};
}

Result<void> DockerClient::removeContainer(const QString &id, bool force) const
{
    auto r = request("DELETE", u"/containers/%1?v=1&force=%2"_s.arg(enc(id), force ? u"1"_s : u"0"_s));
    CKX_EXPECT(r, ({204, 404}), u"Removing container %1"_s.arg(id));
    return {};
}

Result<QJsonObject> DockerClient::inspectContainer(const QString &id) const
{
    auto r = request("GET", u"/containers/%1/json"_s.arg(enc(id)));
    CKX_EXPECT(r, ({200}), u"Inspecting container %1"_s.arg(id));
    return QJsonDocument::fromJson(r->body).object();
}

Result<QJsonArray> DockerClient::listContainers(const QJsonObject &filters, bool all) const
{
    auto r = request("GET", u"/containers/json?all=%1&filters=%2"_s.arg(all ? 1 : 0).arg(filtersQuery(filters)));
    CKX_EXPECT(r, ({200}), u"Listing containers"_s);
    return QJsonDocument::fromJson(r->body).array();
}

Result<QByteArray> DockerClient::logs(const QString &id, int tail) const
{
    auto r = request("GET", u"/containers/%1/logs?stdout=1&stderr=1&tail=%2"_s.arg(enc(id)).arg(tail));
    CKX_EXPECT(r, ({200}), u"Reading the log of container %1"_s.arg(id));
    QByteArray out;
    DockerStreamDecoder dec(DockerStreamDecoder::Mode::Multiplexed);
    dec.onFrame = [&out](int, QByteArrayView data) { out.append(data.data(), data.size()); };
    dec.feed(r->body);
    return out;
}

Result<void> DockerClient::putArchive(const QString &id, const QString &path, const QByteArray &tar) const
{
    auto r = request("PUT", u"/containers/%1/archive?path=%2"_s.arg(enc(id), enc(path)), tar, "application/x-tar");
    CKX_EXPECT(r, ({200}), u"Copying files into container %1 at %2"_s.arg(id, path));
    return {};
}

Result<QByteArray> DockerClient::getArchive(const QString &id, const QString &path) const
{
    auto r = request("GET", u"/containers/%1/archive?path=%2"_s.arg(enc(id), enc(path)));
    CKX_EXPECT(r, ({200}), u"Copying %1 out of container %2"_s.arg(path, id));
    return r->body;
}

Result<ExecResult> DockerClient::exec(const QString &container, const QStringList &cmd, const ExecOptions &o) const
{
    QElapsedTimer t;
    t.start();
    QJsonObject spec{{u"AttachStdout"_s, true}, {u"AttachStderr"_s, true}, {u"Tty"_s, false},
                     {u"Cmd"_s, QJsonArray::fromStringList(cmd)}};
    if (!o.user.isEmpty())
        spec[u"User"_s] = o.user;
    if (!o.env.isEmpty())
        spec[u"Env"_s] = QJsonArray::fromStringList(o.env);
    if (!o.workingDir.isEmpty())
        spec[u"WorkingDir"_s] = o.workingDir;
    const QString what = u"Running '%1' in container %2"_s.arg(cmd.value(0), container);
    auto created = request("POST", u"/containers/%1/exec"_s.arg(enc(container)), QJsonDocument(spec).toJson(QJsonDocument::Compact));
    CKX_EXPECT(created, ({201}), what);
    const QString execId = QJsonDocument::fromJson(created->body).object().value(u"Id"_s).toString();

    ExecResult result;
    DockerStreamDecoder dec(DockerStreamDecoder::Mode::Multiplexed);
    dec.onFrame = [&](int stream, QByteArrayView data) {
        const qsizetype room = o.outputLimit - result.output.size();
        if (room < data.size())
            result.truncated = true;
        if (room > 0)
            result.output.append(data.data(), std::min<qsizetype>(room, data.size()));
        if (stream == 1 && result.stdoutData.size() < o.outputLimit)
            result.stdoutData.append(data.data(), std::min<qsizetype>(o.outputLimit - result.stdoutData.size(), data.size()));
    };
    const std::function<bool(const char *, size_t)> sink = [&dec](const char *p, size_t n) {
        dec.feed(QByteArrayView(p, qsizetype(n)));
        return true;
    };
    auto started = request("POST", u"/exec/%1/start"_s.arg(execId), R"({"Detach":false,"Tty":false})", {}, sink,
                           o.timeoutMs > 0 ? o.timeoutMs : 0);
    if (!started)
        return started.error();
    if (started->status != 200 && started->status != 101)
        return httpError(started->status, started->body, what);
    auto inspected = request("GET", u"/exec/%1/json"_s.arg(execId));
    CKX_EXPECT(inspected, ({200}), what);
    const QJsonObject info = QJsonDocument::fromJson(inspected->body).object();
    result.exitCode = info.value(u"ExitCode"_s).toInt(-1);
    result.durationMs = t.elapsed();
    return result;
}

Result<QString> DockerClient::createNetwork(const QString &name, const QJsonObject &labels) const
{
    const QJsonObject spec{{u"Name"_s, name}, {u"Driver"_s, u"bridge"_s}, {u"CheckDuplicate"_s, true}, {u"Labels"_s, labels}};
    auto r = request("POST", u"/networks/create"_s, QJsonDocument(spec).toJson(QJsonDocument::Compact));
    CKX_EXPECT(r, ({201}), u"Creating network %1"_s.arg(name));
    return QJsonDocument::fromJson(r->body).object().value(u"Id"_s).toString();
}

Result<void> DockerClient::removeNetwork(const QString &idOrName) const
{
    auto r = request("DELETE", u"/networks/%1"_s.arg(enc(idOrName)));
    CKX_EXPECT(r, ({204, 404}), u"Removing network %1"_s.arg(idOrName));
    return {};
}

Result<QJsonArray> DockerClient::listNetworks(const QJsonObject &filters) const
{
    auto r = request("GET", u"/networks?filters=%1"_s.arg(filtersQuery(filters)));
    CKX_EXPECT(r, ({200}), u"Listing networks"_s);
    return QJsonDocument::fromJson(r->body).array();
}

Result<QJsonObject> DockerClient::inspectNetwork(const QString &idOrName) const
{
    auto r = request("GET", u"/networks/%1"_s.arg(enc(idOrName)));
    CKX_EXPECT(r, ({200}), u"Inspecting network %1"_s.arg(idOrName));
    return QJsonDocument::fromJson(r->body).object();
}

Result<void> DockerClient::createVolume(const QString &name, const QJsonObject &labels) const
{
    const QJsonObject spec{{u"Name"_s, name}, {u"Labels"_s, labels}};
    auto r = request("POST", u"/volumes/create"_s, QJsonDocument(spec).toJson(QJsonDocument::Compact));
    CKX_EXPECT(r, ({201}), u"Creating volume %1"_s.arg(name));
    return {};
}

Result<void> DockerClient::removeVolume(const QString &name) const
{
    auto r = request("DELETE", u"/volumes/%1?force=1"_s.arg(enc(name)));
    CKX_EXPECT(r, ({204, 404}), u"Removing volume %1"_s.arg(name));
    return {};
}

Result<QJsonArray> DockerClient::listVolumes(const QJsonObject &filters) const
{
    auto r = request("GET", u"/volumes?filters=%1"_s.arg(filtersQuery(filters)));
    CKX_EXPECT(r, ({200}), u"Listing volumes"_s);
    return QJsonDocument::fromJson(r->body).object().value(u"Volumes"_s).toArray();
}

Result<QJsonObject> DockerClient::inspectImage(const QString &ref) const
{
    auto r = request("GET", u"/images/%1/json"_s.arg(enc(ref)));
    if (r && r->status == 404)
        return makeError(u"docker.image-missing"_s, u"The image %1 is not on this Docker engine"_s.arg(ref));
    CKX_EXPECT(r, ({200}), u"Inspecting image %1"_s.arg(ref));
    return QJsonDocument::fromJson(r->body).object();
}

Result<QJsonArray> DockerClient::listImages(const QJsonObject &filters) const
{
    auto r = request("GET", u"/images/json?filters=%1"_s.arg(filtersQuery(filters)));
    CKX_EXPECT(r, ({200}), u"Listing images"_s);
    return QJsonDocument::fromJson(r->body).array();
}

namespace {

QString mapToJson(const QMap<QString, QString> &m)
{
    QJsonObject o;
    for (auto it = m.begin(); it != m.end(); ++it)
        o[it.key()] = it.value();
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

Result<QString> DockerClient::buildImage(const QByteArray &contextTar, const QString &tag,
                                         const QMap<QString, QString> &buildArgs, const QMap<QString, QString> &labels,
                                         const DockerProgressFn &progress) const
{
    const QString path = u"/build?t=%1&rm=1&forcerm=1&buildargs=%2&labels=%3"_s.arg(
        enc(tag), enc(mapToJson(buildArgs)), enc(mapToJson(labels)));
    QString imageId, error, lastLines;
    DockerStreamDecoder dec(DockerStreamDecoder::Mode::JsonLines);
    dec.onMessage = [&](const QJsonObject &m) {
        if (m.contains(u"error"_s)) {
            error = m.value(u"error"_s).toString();
            return;
        }
        const QString id = m.value(u"aux"_s).toObject().value(u"ID"_s).toString();
        if (!id.isEmpty())
            imageId = id;
        const QString line = m.value(u"stream"_s).toString().trimmed();
        if (!line.isEmpty()) {
            lastLines = QString(lastLines + u'\n' + line).right(2000);
            if (progress)
                progress(DockerProgress{tag, {}, line, 0, 0});
        }
    };
    const std::function<bool(const char *, size_t)> sink = [&dec](const char *p, size_t n) {
        dec.feed(QByteArrayView(p, qsizetype(n)));
        return true;
    };
    auto r = request("POST", path, contextTar, "application/x-tar", sink, 0);
    if (!r)
        return r.error();
    if (r->status != 200)
        return httpError(r->status, r->body, u"Building image %1"_s.arg(tag));
    if (!error.isEmpty())
        return makeError(u"docker.build"_s, u"Building image %1 failed: %2\nLast build output:%3"_s.arg(tag, error, lastLines));
    if (imageId.isEmpty()) {
        auto img = inspectImage(tag);
        if (!img)
            return img.error();
        imageId = img->value(u"Id"_s).toString();
    }
    return imageId;
}

Result<void> DockerClient::pullImage(const QString &ref, const DockerProgressFn &progress) const
{
    QString image = ref, tag = u"latest"_s;
    const qsizetype colon = ref.lastIndexOf(u':');
    if (colon > ref.lastIndexOf(u'/')) {
        image = ref.left(colon);
        tag = ref.mid(colon + 1);
    }
    QString error;
    DockerStreamDecoder dec(DockerStreamDecoder::Mode::JsonLines);
    dec.onMessage = [&](const QJsonObject &m) {
        if (m.contains(u"error"_s)) {
            error = m.value(u"error"_s).toString();
            return;
        }
        if (progress) {
            const QJsonObject pd = m.value(u"progressDetail"_s).toObject();
            progress(DockerProgress{ref, m.value(u"id"_s).toString(), m.value(u"status"_s).toString(),
                                    qint64(pd.value(u"current"_s).toDouble()), qint64(pd.value(u"total"_s).toDouble())});
        }
    };
    const std::function<bool(const char *, size_t)> sink = [&dec](const char *p, size_t n) {
        dec.feed(QByteArrayView(p, qsizetype(n)));
        return true;
    };
    auto r = request("POST", u"/images/create?fromImage=%1&tag=%2"_s.arg(enc(image), enc(tag)), {}, {}, sink, 0);
    if (!r)
        return r.error();
    if (r->status != 200)
        return httpError(r->status, r->body, u"Pulling image %1"_s.arg(ref));
    if (!error.isEmpty())
        return makeError(u"docker.pull"_s, u"Pulling image %1 failed: %2 (is a registry reachable from this machine?)"_s.arg(ref, error));
    return {};
}

Result<void> DockerClient::tagImage(const QString &source, const QString &target) const
{
    const qsizetype colon = target.lastIndexOf(u':');
    const bool hasTag = colon > target.lastIndexOf(u'/');
    const QString repo = hasTag ? target.left(colon) : target;
    const QString tag = hasTag ? target.mid(colon + 1) : u"latest"_s;
    auto r = request("POST", u"/images/%1/tag?repo=%2&tag=%3"_s.arg(enc(source), enc(repo), enc(tag)));
    CKX_EXPECT(r, ({201}), u"Tagging image %1 as %2"_s.arg(source, target));
    return {};
}

Result<void> DockerClient::removeImage(const QString &ref, bool force) const
{
    auto r = request("DELETE", u"/images/%1?force=%2"_s.arg(enc(ref), force ? u"1"_s : u"0"_s));
    CKX_EXPECT(r, ({200, 404}), u"Removing image %1"_s.arg(ref));
    return {};
}

Result<QByteArray> DockerClient::saveImages(const QStringList &refs) const
{
    QStringList q;
    for (const QString &r : refs)
        q << u"names="_s + enc(r);
    auto r = request("GET", u"/images/get?"_s + q.join(u'&'), {}, {}, {}, 0);
    CKX_EXPECT(r, ({200}), u"Exporting images %1"_s.arg(refs.join(u", "_s)));
    return r->body;
}

Result<void> DockerClient::loadImages(const QByteArray &tar) const
{
    auto r = request("POST", u"/images/load?quiet=1"_s, tar, "application/x-tar", {}, 0);
    CKX_EXPECT(r, ({200}), u"Loading images"_s);
    if (r->body.contains("\"error\""))
        return makeError(u"docker.load"_s, u"Loading images failed: %1"_s.arg(QString::fromUtf8(r->body.left(500))));
    return {};
}

Result<QJsonArray> DockerClient::events(const QJsonObject &filters, qint64 since, qint64 until) const
{
    auto r = request("GET", u"/events?since=%1&until=%2&filters=%3"_s.arg(since).arg(until).arg(filtersQuery(filters)),
                     {}, {}, {}, 30000);
    CKX_EXPECT(r, ({200}), u"Reading Docker events"_s);
    QJsonArray out;
    DockerStreamDecoder dec(DockerStreamDecoder::Mode::JsonLines);
    dec.onMessage = [&out](const QJsonObject &m) { out.append(m); };
    dec.feed(QByteArray(r->body + '\n'));
    return out;
}

#undef CKX_EXPECT

} // namespace ckx
