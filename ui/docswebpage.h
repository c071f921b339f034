#pragma once
// The Docs tab's web page: like the real exam, it opens only the documentation the exam allows
// (kubernetes.io/docs, kubernetes.io/blog, helm.sh/docs, docs.docker.com by default; Settings can change the
// list). Every main-frame navigation elsewhere is refused and reported.

#include <QStringList>
#include <QUrl>
#include <QWebEnginePage>

namespace ckx {

class DocsWebPage : public QWebEnginePage
{
    Q_OBJECT
public:
    explicit DocsWebPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    /// URL prefixes ("https://kubernetes.io/docs/"); a URL is allowed when its scheme and host match a prefix
    /// exactly and its path lies under the prefix's path.
    void setAllowedPrefixes(const QStringList &prefixes);
    QStringList allowedPrefixes() const { return m_prefixes; }

    static bool isAllowed(const QUrl &url, const QStringList &prefixes);

    /// Public so tests can ask the page itself what it decides.
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;

Q_SIGNALS:
    void navigationRefused(const QUrl &url);

protected:
    /// Links that open a new window (target=_blank) navigate this page instead, through the same filter.
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    QStringList m_prefixes;
};

} // namespace ckx
