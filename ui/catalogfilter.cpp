#include "ui/catalogfilter.h"

#include "ui/catalogmodel.h"

namespace ckx {

CatalogFilter::CatalogFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void CatalogFilter::setTrack(const QString &track)
{
    m_track = track;
    invalidateFilter();
}

void CatalogFilter::setType(const QString &type)
{
    m_type = type;
    invalidateFilter();
}

void CatalogFilter::setSearchText(const QString &text)
{
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool CatalogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_track.isEmpty()
        && idx.data(CatalogModel::TrackRole).toString().compare(m_track, Qt::CaseInsensitive) != 0)
        return false;
    if (!m_type.isEmpty() && idx.data(CatalogModel::TypeRole).toString().compare(m_type, Qt::CaseInsensitive) != 0)
        return false;
    const QString haystack = idx.data(CatalogModel::SearchTextRole).toString();
    for (const auto &w : m_words)
        if (!haystack.contains(w, Qt::CaseInsensitive))
            return false;
    return true;
}

} // namespace ckx
