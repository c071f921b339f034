#include "ui/catalogmodel.h"
#include "ui/theme.h"

#include <QBrush>
#include <QColor>
#include <QSet>

namespace ckx {

CatalogModel::CatalogModel(QObject *parent) : QAbstractTableModel(parent) {}

QStringList CatalogModel::conceptsOf(const LabPack &lab)
{
    QStringList out;
    QSet<QString> seen;
    for (const auto &q : lab.questions)
        for (const auto &c : q.concepts)
            if (!seen.contains(c.toLower())) {
                seen.insert(c.toLower());
                out << c;
            }
    return out;
}

void CatalogModel::setLabs(const QList<LabPack> &labs)
{
    beginResetModel();
    m_labs = labs;
    m_searchText.clear();
    for (const auto &lab : m_labs) {
        m_searchText << QStringList{lab.info.name, lab.info.id, lab.info.description, lab.info.track,
                                    lab.info.category, lab.info.difficulty, conceptsOf(lab).join(QLatin1Char(' '))}
                            .join(QLatin1Char(' '));
    }
    endResetModel();
}

void CatalogModel::setLastScores(const QHash<QString, double> &percentByLab)
{
    m_lastScores = percentByLab;
    if (!m_labs.isEmpty())
        Q_EMIT dataChanged(index(0, LastScore), index(rowCount() - 1, LastScore));
}

void CatalogModel::setHasPass(bool hasPass)
{
    m_hasPass = hasPass;
    if (!m_labs.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const LabPack *CatalogModel::labAt(int row) const
{
    return row >= 0 && row < m_labs.size() ? &m_labs[row] : nullptr;
}

int CatalogModel::rowOf(const QString &labId) const
{
    for (int i = 0; i < m_labs.size(); ++i)
        if (m_labs[i].info.id == labId)
            return i;
    return -1;
}

QStringList CatalogModel::tracks() const
{
    QStringList out;
    for (const auto &lab : m_labs)
        if (!lab.info.track.isEmpty() && !out.contains(lab.info.track))
            out << lab.info.track;
    out.sort(Qt::CaseInsensitive);
    return out;
}

int CatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_labs.size());
}

int CatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogModel::data(const QModelIndex &index, int role) const
{
    const LabPack *lab = labAt(index.row());
    if (!lab)
        return {};
    const LabInfo &info = lab->info;
    switch (role) {
    case LabIdRole:
        return info.id;
    case TrackRole:
        return info.track;
    case TypeRole:
        return info.type;
    case SearchTextRole:
        return m_searchText.value(index.row());
    case LockedRole:
        return isLocked(*lab);
    case Qt::ToolTipRole:
        return info.description;
    case Qt::TextAlignmentRole:
        if (index.column() == Duration || index.column() == Questions || index.column() == LastScore)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Access)
            return QBrush(Theme::color(isLocked(*lab) ? Theme::Tone::Warning : Theme::Tone::Good));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Name:
        return info.name;
    case Track:
        return info.track;
    case Access:
        if (isLocked(*lab))
            return tr("Locked");
        return info.isFree ? tr("Free") : tr("Pass");
    case Difficulty:
        return info.difficulty;
    case Duration:
        return tr("%1 min").arg(info.examDurationMinutes);
    case Questions:
        return int(lab->questions.size());
    case LastScore: {
        const auto it = m_lastScores.constFind(info.id);
        return it == m_lastScores.cend() ? QStringLiteral("–") : QStringLiteral("%1%").arg(qRound(*it));
    }
    default:
        return {};
    }
}

QVariant CatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Lab");
    case Track: return tr("Track");
    case Access: return tr("Access");
    case Difficulty: return tr("Difficulty");
    case Duration: return tr("Duration");
    case Questions: return tr("Questions");
    case LastScore: return tr("Last score");
    default: return {};
    }
}

} // namespace ckx
