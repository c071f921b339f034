#pragma once
// VncWindow: a window with just a desktop view and its tool bar; `ckx --vnc host:port --password-file F`.

#include "runtime/remote/vncsession.h"

#include <QMainWindow>

class QLabel;

namespace ckx {

class VncView;

class VncWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit VncWindow(VncSessionConfig config, QWidget *parent = nullptr);
    ~VncWindow() override;

    VncSession *session() const { return m_session; }
    VncView *view() const { return m_view; }

    /// Parses "host:port" and reads the password file; errors name the argument or file at fault.
    static Result<VncSessionConfig> configFromArguments(const QString &endpoint, const QString &passwordFile);
    /// The developer entry point: opens the window and runs the event loop; prints errors to stderr.
    static int runStandalone(const QString &endpoint, const QString &passwordFile);

private:
    VncSession *m_session = nullptr;
    VncView *m_view = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace ckx
