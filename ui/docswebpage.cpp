#include "ui/docswebpage.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDocs, "ckx.ui.docs")

namespace ckx {

DocsWebPage::DocsWebPage(QWebEngineProfile *profile, QObject *parent) : QWebEnginePage(profile, parent) {}

void DocsWebPage::setAllowedPrefixes(const QStringList &prefixes)
{
    m_prefixes = prefixes;
}

bool DocsWebPage::isAllowed(const QUrl &url, const QStringList &prefixes)
{
    if (!url.isValid() || url.userInfo().size() > 0)
        return false;
    if (url.scheme() == QLatin1String("about") || url.scheme() == QLatin1String("data"))
        return url.toString() == QLatin1String("about:blank");
    for (const QString &p : prefixes) {
        const QUrl prefix(p.trimmed());
        if (!prefix.isValid() || prefix.host().isEmpty())
            continue;
        if (url.scheme().compare(prefix.scheme(), Qt::CaseInsensitive) != 0)
            continue;
        if (url.host().compare(prefix.host(), Qt::CaseInsensitive) != 0)
            continue;
        if (url.port(-1) != prefix.port(-1))
            continue;
        // Compare normalised paths so "/docs/../admin" cannot climb out, and "/docs" allows "/docs" but not
        // "/docsearch".
        QString base = prefix.adjusted(QUrl::NormalizePathSegments).path();
        const QString path = url.adjusted(QUrl::NormalizePathSegments).path();
        if (base.isEmpty() || base == QLatin1String("/"))
            return true;
        if (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        if (path == base || path.startsWith(base + QLatin1Char('/')))
            return true;
    }
    return false;
}

bool DocsWebPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    Q_UNUSED(type);
    // Embedded frames (videos, widgets in a docs page) are part of an allowed page; the address bar is what counts.
    if (!isMainFrame || isAllowed(url, m_prefixes))
        return true;
    qCInfo(lcDocs) << "refused navigation to" << url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    Q_EMIT navigationRefused(url);
    return false;
}

QWebEnginePage *DocsWebPage::createWindow(WebWindowType type)
{
    Q_UNUSED(type);
    return this;
}

} // namespace ckx
