#pragma once
// The catalog as a table: one row per lab pack with what a learner chooses by (track, difficulty, duration,
// questions, free or locked, last score).

#include "core/labpack.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace ckx {

class CatalogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Track, Access, Difficulty, Duration, Questions, LastScore, ColumnCount };
    enum Role {
        LabIdRole = Qt::UserRole + 1,
        TrackRole,
        TypeRole,       ///< "mock" | "full"
        SearchTextRole, ///< name, description, track, concepts: what the search box matches
        LockedRole,
    };

    explicit CatalogModel(QObject *parent = nullptr);

    void setLabs(const QList<LabPack> &labs);
    /// Last score per lab id, in percent of the total.
    void setLastScores(const QHash<QString, double> &percentByLab);
    /// Whether the learner holds an access pass: full labs are locked without one.
    void setHasPass(bool hasPass);

    const LabPack *labAt(int row) const;
    int rowOf(const QString &labId) const;
    QStringList tracks() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QStringList conceptsOf(const LabPack &lab);

private:
    bool isLocked(const LabPack &lab) const { return !lab.info.isFree && !m_hasPass; }

    QList<LabPack> m_labs;
    QList<QString> m_searchText;
    QHash<QString, double> m_lastScores;
    bool m_hasPass = false;
};

} // namespace ckx
