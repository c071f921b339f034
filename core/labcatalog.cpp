#include "core/labcatalog.h"

#include "core/datapaths.h"
#include "core/labpackreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include "ckxpaths.h"

namespace ckx {

// Quiet unless asked for (QT_LOGGING_RULES="ckx.core.labs.info=true"): ckxctl output must stay parseable.
Q_LOGGING_CATEGORY(lcLabs, "ckx.core.labs", QtWarningMsg)

QString LabProblem::toString() const
{
    QString s;
    if (!file.isEmpty()) {
        s += file;
        if (line > 0) {
            s += u':' + QString::number(line);
            if (column > 0)
                s += u':' + QString::number(column);
        }
        s += QStringLiteral(": ");
    }
    if (!jsonPath.isEmpty())
        s += jsonPath + QStringLiteral(": ");
    if (severity == Severity::Warning)
        s += QStringLiteral("warning: ");
    return s + message;
}

QStringList LabCatalog::defaultRoots()
{
    const QString env = qEnvironmentVariable("CKX_LABS_DIRS");
    if (!env.isEmpty())
        return env.split(u':', Qt::SkipEmptyParts);
    QStringList roots;
    // Installed layout first (bin/../share/ckx/labs), then the source tree for runs from a build folder.
    const QStringList bundled = {
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/ckx/labs"),
        QStringLiteral(CKX_SOURCE_DIR "/resources/labs"),
    };
    for (const QString &dir : bundled) {
        if (QFileInfo(dir + QStringLiteral("/labs.json")).isFile()) {
            roots.append(QDir::cleanPath(dir));
            break;
        }
    }
    roots.append(labsUserDir());
    return roots;
}

LabCatalog LabCatalog::load(const QStringList &roots)
{
    LabCatalog catalog;
    QHash<QString, QString> seen; // lab id -> labs.json that provided it
    for (const QString &rootArg : roots) {
        const QString root = QDir::cleanPath(QDir(rootArg).absolutePath());
        QStringList labRoots;
        if (QFileInfo(root).isDir()) {
            // A data folder may hold several packs side by side, each in its own folder with a labs.json.
            labRoots = LabPackReader::findRoots(root);
        } else {
            LabProblem p;
            p.file = root;
            p.message = QStringLiteral("lab folder does not exist; expected a folder holding labs.json");
            catalog.m_problems.append(p);
        }
        for (const QString &labRoot : labRoots) {
            const QList<LabPack> packs = readLabRoot(labRoot, catalog.m_problems);
            for (const LabPack &pack : packs) {
                const auto it = seen.constFind(pack.info.id);
                if (it != seen.constEnd()) {
                    LabProblem p;
                    p.file = pack.rootDir + QStringLiteral("/labs.json");
                    p.message = QStringLiteral("lab id \"%1\" is already provided by %2; this one is ignored "
                                               "(expected every lab id once across all lab folders)")
                                    .arg(pack.info.id, it.value());
                    catalog.m_problems.append(p);
                    continue;
                }
                seen.insert(pack.info.id, pack.rootDir + QStringLiteral("/labs.json"));
                catalog.m_labs.append(pack);
            }
        }
    }
    qCInfo(lcLabs) << "catalog:" << catalog.m_labs.size() << "labs," << catalog.m_problems.size() << "problems from"
                   << roots;
    return catalog;
}

const LabPack *LabCatalog::find(const QString &id) const
{
    for (const auto &pack : m_labs)
        if (pack.info.id == id)
            return &pack;
    return nullptr;
}

QList<LabPack> readLabRoot(const QString &rootDir, QList<LabProblem> &problems)
{
    QList<LabPack> packs;
    const LabPackReader::Root root = LabPackReader::readRoot(rootDir, problems);
    for (const auto &src : root.sources)
        if (src.loaded)
            packs.append(src.pack);
    return packs;
}

} // namespace ckx
