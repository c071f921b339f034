#pragma once
// The Docs tab: a small browser limited to the allowed documentation. The web engine is heavy (a renderer
// process, ~100 MB), so nothing of it is created until the tab is first shown.

#include <QStringList>
#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;
class QWebEngineProfile;
class QWebEngineView;

namespace ckx {

class DocsWebPage;

class DocsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit DocsWidget(QWidget *parent = nullptr);
    ~DocsWidget() override;

    void setAllowedPrefixes(const QStringList &prefixes);
    /// Opens `url` (created on demand); a URL outside the allowed docs is refused with a message.
    void open(const QUrl &url);
    bool hasView() const { return m_view != nullptr; }
    DocsWebPage *page() const { return m_page; }
    QWebEngineView *view() const { return m_view; }

Q_SIGNALS:
    void refused(const QUrl &url);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void ensureView();

    QStringList m_prefixes;
    QToolButton *m_back;
    QToolButton *m_forward;
    QToolButton *m_home;
    QLineEdit *m_address;
    QLabel *m_message;
    QWebEngineProfile *m_profile = nullptr;
    DocsWebPage *m_page = nullptr;
    QWebEngineView *m_view = nullptr;
};

} // namespace ckx
