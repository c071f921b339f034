#pragma once
// What the catalog shows: a track, a type (mock/full) and free text; every word typed must match somewhere in
// the lab's name, description, track or concepts.

#include <QSortFilterProxyModel>

namespace ckx {

class CatalogFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CatalogFilter(QObject *parent = nullptr);

    void setTrack(const QString &track); ///< empty: every track
    void setType(const QString &type);   ///< "mock" | "full" | empty
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_track;
    QString m_type;
    QStringList m_words;
};

} // namespace ckx
