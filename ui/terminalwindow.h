#pragma once
// TerminalWindow: one SSH terminal joined end to end (SshShellSession -> TerminalSurface -> TerminalView), with the
// connection state shown over the terminal. Used by `ckx --terminal` and by the exam page.

#include "core/result.h"
#include "runtime/remote/sshshellsession.h"

#include <QWidget>

namespace ckx {

class TerminalRecorder;
class TerminalSurface;
class TerminalView;

class TerminalWindow : public QWidget
{
    Q_OBJECT
public:
    explicit TerminalWindow(QWidget *parent = nullptr);
    ~TerminalWindow() override;

    /// `target` is user@host:port; `hostKey` is a "SHA256:..." fingerprint, an OpenSSH public key line or a file
    /// holding one (empty: trust the first key seen, for development only).
    static Result<SshShellSession::Config> configFromArguments(const QString &target, const QString &identityFile,
                                                               const QString &hostKey);

    Result<void> start(const SshShellSession::Config &config);
    /// Records this terminal from now on (call before start() to have the first byte) into `path`; keystrokes only
    /// with `keystrokes`. A recording that cannot be written never stops the terminal.
    Result<void> startRecording(const QString &path, bool keystrokes, const QString &title);

    SshShellSession *session() const { return m_session; }
    TerminalSurface *surface() const { return m_surface; }
    TerminalView *view() const { return m_view; }
    TerminalRecorder *recorder() const { return m_recorder; }

private:
    void showStatus(const SshShellSession::Status &status);

    TerminalSurface *m_surface;
    SshShellSession *m_session;
    TerminalView *m_view;
    TerminalRecorder *m_recorder;
    QString m_target;
};

} // namespace ckx
