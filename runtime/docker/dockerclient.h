#pragma once
// A client of the Docker Engine API over libcurl: a unix socket or tcp (+TLS client certificates), API version
// negotiated with the engine. Calls are synchronous and thread-safe (each request has its own connection), so
// provisioning runs them from worker threads in parallel; streaming calls report through callbacks that the
// *Job classes turn into Qt signals. Errors are written for a learner ("Docker is not running: start it with ...").

#include "core/result.h"
#include "runtime/docker/dockerendpoint.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace ckx {

struct DockerVersion
{
    QString engineVersion; ///< "20.10.24"
    QString maxApiVersion; ///< what the engine supports at most
    QString minApiVersion;
    QString apiVersion;    ///< what this client speaks with it: min(engine max, client max)
    QString os, arch;
};

/// One progress report of a build or pull: a build step line, or a pull layer's bytes.
struct DockerProgress
{
    QString image;    ///< the image being built or pulled
    QString id;       ///< layer id (pull) or empty
    QString status;   ///< "Downloading", "Step 3/9 : RUN ...", ...
    qint64 current = 0;
    qint64 total = 0;
};
using DockerProgressFn = std::function<void(const DockerProgress &)>;

struct DockerHttpResponse
{
    int status = 0;
    QByteArray body;
};

struct ExecOptions
{
    QString user;          ///< "" = the image's user (root in ours)
    QStringList env;       ///< "KEY=value"
    QString workingDir;
    qint64 outputLimit = 64 * 1024; ///< bytes of stdout+stderr kept; the rest is read and dropped
    int timeoutMs = 0;     ///< 0: no client-side limit (wrap the command in `timeout` for a clean kill)
};

struct ExecResult
{
    int exitCode = -1;
    QByteArray output;     ///< stdout and stderr interleaved as they arrived, at most outputLimit bytes
    QByteArray stdoutData; ///< stdout alone (also capped)
    bool truncated = false;
    qint64 durationMs = 0;
};

class DockerClient
{
public:
    static constexpr const char *kMaxApiVersion = "1.43";
    static constexpr const char *kMinApiVersion = "1.40";

    /// Connects to the engine named by the environment and negotiates the API version.
    static Result<DockerClient> connect();
    static Result<DockerClient> connect(const DockerEndpoint &endpoint);

    const DockerEndpoint &endpoint() const;
    const DockerVersion &version() const;

    // Raw access (path without the /vX.Y prefix, e.g. "/containers/json"). `sink` receives the body as it streams
    // and may return false to stop; then the response body stays empty.
    Result<DockerHttpResponse> request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                                       const QByteArray &contentType = {},
                                       const std::function<bool(const char *, size_t)> &sink = {},
                                       long timeoutMs = 120000) const;

    // Containers
    Result<QString> createContainer(const QString &name, const QJsonObject &spec) const;
    Result<void> startContainer(const QString &id) const;
    Result<void> stopContainer(const QString &id, int graceSeconds = 2) const;
    Result<void> killContainer(const QString &id) const;
    Result<void> removeContainer(const QString &id, bool force = true) const;
    Result<QJsonObject> inspectContainer(const QString &id) const;
    Result<QJsonArray> listContainers(const QJsonObject &filters = {}, bool all = true) const;
    Result<QByteArray> logs(const QString &id, int tail = 200) const;
    /// Copies a tar archive into the container below `path` (works on created, not yet started, containers too).
    Result<void> putArchive(const QString &id, const QString &path, const QByteArray &tar) const;
    /// Fetches `path` from the container as a tar archive.
    Result<QByteArray> getArchive(const QString &id, const QString &path) const;

    // Exec: runs `cmd` in a running container and waits for it.
    Result<ExecResult> exec(const QString &container, const QStringList &cmd, const ExecOptions &options = {}) const;

    // Networks and volumes
    Result<QString> createNetwork(const QString &name, const QJsonObject &labels) const;
    Result<void> removeNetwork(const QString &idOrName) const;
    Result<QJsonArray> listNetworks(const QJsonObject &filters = {}) const;
    Result<QJsonObject> inspectNetwork(const QString &idOrName) const;
    Result<void> createVolume(const QString &name, const QJsonObject &labels) const;
    Result<void> removeVolume(const QString &name) const;
    Result<QJsonArray> listVolumes(const QJsonObject &filters = {}) const;

    // Images
    /// Error code "docker.image-missing" when the engine does not have `ref`.
    Result<QJsonObject> inspectImage(const QString &ref) const;
    Result<QJsonArray> listImages(const QJsonObject &filters = {}) const;
    /// Builds from an in-memory tar context; returns the image id.
    Result<QString> buildImage(const QByteArray &contextTar, const QString &tag, const QMap<QString, QString> &buildArgs,
                               const QMap<QString, QString> &labels, const DockerProgressFn &progress = {}) const;
    Result<void> pullImage(const QString &ref, const DockerProgressFn &progress = {}) const;
    Result<void> tagImage(const QString &source, const QString &target) const;
    Result<void> removeImage(const QString &ref, bool force = false) const;
    /// `docker save` of several images into one tar.
    Result<QByteArray> saveImages(const QStringList &refs) const;
    Result<void> loadImages(const QByteArray &tar) const;

    /// Past events between two UNIX times (both required, so the call returns), matching `filters`.
    Result<QJsonArray> events(const QJsonObject &filters, qint64 since, qint64 until) const;

    /// Stops this client's transfers in progress (a build, a pull) and refuses new ones, for a Cancel button.
    /// Copies share the flag. The engine cancels a build whose client goes away; `forcerm` removes its container.
    /// Thread-safe; call it from any thread.
    void cancelTransfers() const;

    ~DockerClient();
    DockerClient(const DockerClient &);
    DockerClient &operator=(const DockerClient &);

    /// Label filter helper: {"label": ["k=v", ...]}.
    static QJsonObject labelFilter(const QStringList &labels);

private:
    struct Private;
    explicit DockerClient(std::shared_ptr<Private> d);
    std::shared_ptr<Private> d;
};

} // namespace ckx
