#pragma once
// For bench/appstart only (CKX_STARTUP_PROBE=1): prints "catalog-visible" on stdout when the catalog is first
// painted, then after a quiet second "rss-kb <VmRSS>" (idle memory, no web view yet), and quits.

#include <QObject>

class QWidget;

namespace ckx {

class StartupProbe : public QObject
{
    Q_OBJECT
public:
    /// Watches `catalogView` (its first paint is "visible").
    explicit StartupProbe(QWidget *catalogView);
    static bool enabled();
    static qint64 residentKb();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_seen = false;
};

} // namespace ckx
