#pragma once
// The learner's preferences: one Config with a key per setting and a table of defaults, so every default lives in
// one place. Stored as an INI file next to the store (<data dir>/settings.ini): readable, editable by hand, and
// available before the database is opened, which keeps the app's cold start short.

#include <QObject>
#include <QSettings>
#include <QVariant>

#include <memory>

namespace ckx {

class Config : public QObject
{
    Q_OBJECT
public:
    enum class Key {
        DockerHost,          ///< empty: DOCKER_HOST or the local socket
        SessionCpus,         ///< CPUs per exam session
        SessionMemoryMb,     ///< memory per exam session
        ImageSource,         ///< "build" (locally, from runtime/images) or "pull" (from ImageRegistry)
        ImageRegistry,       ///< registry prefix used when ImageSource is "pull"
        DefaultExamMode,     ///< "exam" or "practice"
        QuestionFontPt,      ///< question and answer text
        TerminalFontPt,      ///< terminal view
        ServerUrl,           ///< the companion server (accounts, passes)
        Theme,               ///< "light" or "dark"
        DocsAllowedUrls,     ///< URL prefixes the Docs tab may open (QStringList)
        FirstRunDone,        ///< the prerequisites page was passed once
        WindowGeometry,      ///< QMainWindow::saveGeometry
        WindowState,         ///< QMainWindow::saveState
        WorkspaceSplitter,   ///< the exam workspace's splitter sizes
        WarmPoolSize,        ///< environments prepared ahead for the likely lab (0 = off)
        RecordKeystrokes,    ///< the terminal recording also keeps what the learner typed (off: passwords)
        KeyCount
    };
    Q_ENUM(Key)

    /// `path` is the INI file; empty means defaultPath().
    explicit Config(const QString &path = {}, QObject *parent = nullptr);
    ~Config() override;

    /// <data dir>/settings.ini (CKX_DATA_DIR honoured).
    static QString defaultPath();
    /// The name of the key in the INI file, e.g. "exam/defaultMode".
    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

    QVariant get(Key key) const;
    QString getString(Key key) const { return get(key).toString(); }
    int getInt(Key key) const { return get(key).toInt(); }
    bool getBool(Key key) const { return get(key).toBool(); }
    QStringList getStringList(Key key) const;

    /// Writes through to disk at once (QSettings::sync) so a crash right after loses nothing.
    void set(Key key, const QVariant &value);
    void reset(Key key);
    QString fileName() const;

Q_SIGNALS:
    void changed(ckx::Config::Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace ckx
