#include "core/config.h"

#include "core/datapaths.h"

#include <array>

namespace ckx {

namespace {

struct Entry
{
    Config::Key key;
    const char *name;
    QVariant defaultValue;
};

const std::array<Entry, int(Config::Key::KeyCount)> &table()
{
    // The defaults a learner gets on a fresh install, in the enum's order (checked below).
    static const std::array<Entry, int(Config::Key::KeyCount)> entries{{
        {Config::Key::DockerHost, "docker/host", QString()},
        {Config::Key::SessionCpus, "session/cpus", 2},
        {Config::Key::SessionMemoryMb, "session/memoryMb", 4096},
        {Config::Key::ImageSource, "images/source", QStringLiteral("build")},
        {Config::Key::ImageRegistry, "images/registry", QStringLiteral("ghcr.io/ckx-desktop")},
        {Config::Key::DefaultExamMode, "exam/defaultMode", QStringLiteral("exam")},
        {Config::Key::QuestionFontPt, "ui/questionFontPt", 11},
        {Config::Key::TerminalFontPt, "ui/terminalFontPt", 11},
        {Config::Key::ServerUrl, "server/url", QString()}, // empty: the app runs its own local ckx-server
        {Config::Key::Theme, "ui/theme", QStringLiteral("light")},
        {Config::Key::DocsAllowedUrls, "docs/allowedUrls",
         QStringList{QStringLiteral("https://kubernetes.io/docs/"), QStringLiteral("https://kubernetes.io/blog/"),
                     QStringLiteral("https://helm.sh/docs/"), QStringLiteral("https://docs.docker.com/")}},
        {Config::Key::FirstRunDone, "app/firstRunDone", false},
        {Config::Key::WindowGeometry, "window/geometry", QByteArray()},
        {Config::Key::WindowState, "window/state", QByteArray()},
        {Config::Key::WorkspaceSplitter, "window/workspaceSplitter", QByteArray()},
        {Config::Key::WarmPoolSize, "session/warmPoolSize", 1},
        {Config::Key::RecordKeystrokes, "exam/recordKeystrokes", false},
    }};
    return entries;
}

const Entry &entry(Config::Key key)
{
    const auto &e = table()[size_t(key)];
    Q_ASSERT(e.key == key);
    return e;
}

} // namespace

Config::Config(const QString &path, QObject *parent)
    : QObject(parent),
      m_settings(std::make_unique<QSettings>(path.isEmpty() ? defaultPath() : path, QSettings::IniFormat))
{
}

Config::~Config() = default;

QString Config::defaultPath()
{
    return dataDir() + QStringLiteral("/settings.ini");
}

QString Config::keyName(Key key)
{
    return QString::fromLatin1(entry(key).name);
}

QVariant Config::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

QVariant Config::get(Key key) const
{
    const Entry &e = entry(key);
    const QVariant v = m_settings->value(QString::fromLatin1(e.name), e.defaultValue);
    // A hand-edited value of the wrong type falls back to the default instead of surprising the UI.
    if (e.defaultValue.isValid() && !v.canConvert(e.defaultValue.metaType()))
        return e.defaultValue;
    return v;
}

QStringList Config::getStringList(Key key) const
{
    const QVariant v = get(key);
    if (v.typeId() == QMetaType::QString)
        return v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    return v.toStringList();
}

void Config::set(Key key, const QVariant &value)
{
    if (get(key) == value && m_settings->contains(keyName(key)))
        return;
    m_settings->setValue(keyName(key), value);
    m_settings->sync();
    Q_EMIT changed(key);
}

void Config::reset(Key key)
{
    m_settings->remove(keyName(key));
    m_settings->sync();
    Q_EMIT changed(key);
}

QString Config::fileName() const
{
    return m_settings->fileName();
}

} // namespace ckx
