// Several clusters in the lab format (K8S-FORMAT.md): "clusters" in config.json and "context" per question, read
// and linted as a lab author would meet them. A pack without "clusters" keeps its single cluster "cluster1" with
// the top-level workerNodes (CK-X packs load unchanged).

#include "core/labcatalog.h"
#include "core/lablinter.h"
#include "fixtures/labpackfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ckx;
using namespace Qt::StringLiterals;
using ckx::test::LabPackFixture;

class TestLabClusters : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// A copy of the clean CKAD fixture with `config` merged into config.json and `contexts` (one per
    /// question; the fixture's one question is duplicated as needed) set in assessment.json.
    QString pack(const QJsonObject &config, const QStringList &contexts = {})
    {
        static int n = 0;
        const QString root = m_dir.path() + u"/p%1"_s.arg(++n);
        if (!LabPackFixture::copyTree(LabPackFixture::dataDir() + u"/clean"_s, root))
            return {};
        const QString asset = root + u"/fixture-ckad"_s;
        QJsonObject c = QJsonDocument::fromJson(LabPackFixture::readFile(asset + u"/config.json"_s)).object();
        for (auto it = config.begin(); it != config.end(); ++it)
            c[it.key()] = it.value();
        LabPackFixture::writeFile(asset + u"/config.json"_s, QJsonDocument(c).toJson());
        if (!contexts.isEmpty()) {
            QJsonObject a = QJsonDocument::fromJson(LabPackFixture::readFile(asset + u"/assessment.json"_s)).object();
            const QJsonObject q0 = a.value(u"questions"_s).toArray().first().toObject();
            QJsonArray qs;
            for (int i = 0; i < contexts.size(); ++i) {
                QJsonObject q = q0;
                q[u"id"_s] = QString::number(i + 1);
                if (!contexts.at(i).isEmpty())
                    q[u"context"_s] = contexts.at(i);
                qs.append(q);
            }
            a[u"questions"_s] = qs;
            LabPackFixture::writeFile(asset + u"/assessment.json"_s, QJsonDocument(a).toJson());
        }
        return root;
    }

    static QJsonArray clusters(std::initializer_list<std::tuple<const char *, const char *, int>> list)
    {
        QJsonArray a;
        for (const auto &[name, context, workers] : list)
            a.append(QJsonObject{{u"name"_s, QLatin1String(name)}, {u"context"_s, QLatin1String(context)}, {u"workerNodes"_s, workers}});
        return a;
    }

    static QStringList errorsOf(const QString &root)
    {
        QStringList out;
        for (const LabProblem &p : LabLinter().lint({root}))
            if (p.severity == LabProblem::Severity::Error)
                out << p.toString();
        return out;
    }

private Q_SLOTS:
    void withoutClustersTheLabHasCluster1()
    {
        const QString root = pack(QJsonObject{{u"workerNodes"_s, 2}});
        const LabCatalog catalog = LabCatalog::load({root});
        const LabPack *p = catalog.find(u"fixture-ckad"_s);
        QVERIFY(p);
        QVERIFY(!p->clustersDeclared);
        QCOMPARE(p->clusters.size(), 1);
        QCOMPARE(p->clusters.first().name, u"cluster1"_s);
        QCOMPARE(p->clusters.first().context, u"cluster1"_s);
        QCOMPARE(p->clusters.first().workerNodes, 2);
        QVERIFY2(errorsOf(root).isEmpty(), qPrintable(errorsOf(root).join(u'\n')));
    }

    void ckxClustersWithoutContextUseTheirName()
    {
        // CK-X writes "clusters": [{"name", "workerNodes"}]: the context is the name.
        const QString root = pack(QJsonObject{{u"clusters"_s, QJsonArray{QJsonObject{{u"name"_s, u"cluster1"_s}, {u"workerNodes"_s, 2}}}}},
                                  {u"cluster1"_s});
        const LabCatalog catalog = LabCatalog::load({root});
        const LabPack *p = catalog.find(u"fixture-ckad"_s);
        QVERIFY(p);
        QCOMPARE(p->clusters.size(), 1);
        QCOMPARE(p->clusters.first().context, u"cluster1"_s);
        QCOMPARE(p->clusters.first().workerNodes, 2);
        QVERIFY2(errorsOf(root).isEmpty(), qPrintable(errorsOf(root).join(u'\n')));
    }

    void declaredClustersAndContextsLoadAndLintClean()
    {
        const QString root = pack(QJsonObject{{u"clusters"_s, clusters({{"cluster1", "k8s-a", 1}, {"cluster2", "k8s-b", 0}})}},
                                  {u"k8s-a"_s, u"k8s-b"_s});
        const LabCatalog catalog = LabCatalog::load({root});
        const LabPack *p = catalog.find(u"fixture-ckad"_s);
        QVERIFY(p);
        QVERIFY(p->clustersDeclared);
        QCOMPARE(p->clusters.size(), 2);
        QCOMPARE(p->clusters.at(1).name, u"cluster2"_s);
        QCOMPARE(p->clusters.at(1).workerNodes, 0);
        QCOMPARE(p->questions.at(1).context, u"k8s-b"_s);
        QVERIFY(!p->questions.at(1).extra.contains(u"context"_s)); // a known field, not an unknown one
        QVERIFY(!p->configExtra.contains(u"clusters"_s));
        QCOMPARE(p->clusterByContext(u"k8s-b"_s)->name, u"cluster2"_s);
        QVERIFY2(errorsOf(root).isEmpty(), qPrintable(errorsOf(root).join(u'\n')));
    }

    void unknownContextIsAnErrorNamingTheQuestion()
    {
        const QString root = pack(QJsonObject{{u"clusters"_s, clusters({{"cluster1", "k8s-a", 1}, {"cluster2", "k8s-b", 0}})}},
                                  {u"k8s-a"_s, u"k8s-c"_s});
        const QStringList errors = errorsOf(root);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(u"assessment.json"_s) && errors.first().contains(u"questions[1].context"_s)
                     && errors.first().contains(u"\"k8s-c\""_s) && errors.first().contains(u"k8s-a, k8s-b"_s),
                 qPrintable(errors.first()));
        // Single-cluster packs: a context other than cluster1 is wrong too.
        const QString single = pack(QJsonObject{}, {u"prod"_s});
        QCOMPARE(errorsOf(single).size(), 1);
        QVERIFY2(errorsOf(single).first().contains(u"declares no \"clusters\""_s), qPrintable(errorsOf(single).first()));
        QVERIFY(errorsOf(pack(QJsonObject{}, {u"cluster1"_s})).isEmpty());
    }

    void severalClustersNeedAContextOnEveryQuestion()
    {
        const QString root = pack(QJsonObject{{u"clusters"_s, clusters({{"cluster1", "k8s-a", 1}, {"cluster2", "k8s-b", 0}})}},
                                  {u"k8s-a"_s, QString()});
        const QStringList errors = errorsOf(root);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(u"questions[1]"_s) && errors.first().contains(u"2 clusters"_s), qPrintable(errors.first()));
    }

    void imagesWithoutABuildFolderAreToBePulled()
    {
        // K8S-FORMAT.md "images": no "build" means pulled when online; a Kubernetes lab may declare them too.
        // (nginx:1.27 is the image the fixture's solution runs: the linter requires it declared.)
        const QString root = pack(QJsonObject{{u"images"_s, QJsonArray{QJsonObject{{u"name"_s, u"nginx:1.27"_s}}}}});
        const LabCatalog catalog = LabCatalog::load({root});
        const LabPack *p = catalog.find(u"fixture-ckad"_s);
        QVERIFY2(p, catalog.problems().isEmpty() ? "" : qPrintable(catalog.problems().first().toString()));
        QCOMPARE(p->images.size(), 1);
        QCOMPARE(p->images.first().name, u"nginx:1.27"_s);
        QVERIFY(p->images.first().buildContext.isEmpty());
        QStringList warnings;
        for (const LabProblem &w : LabLinter().lint({root}))
            warnings << w.toString();
        QVERIFY2(errorsOf(root).isEmpty(), qPrintable(errorsOf(root).join(u'\n')));
        QVERIFY2(!warnings.join(u'\n').contains(u"images"_s), qPrintable(warnings.join(u'\n')));
    }

    void badClusterDeclarationsAreNamed_data()
    {
        QTest::addColumn<QJsonArray>("declared");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("what");
        QTest::newRow("uppercase name") << clusters({{"Cluster1", "a", 1}}) << u"clusters[0].name"_s << u"lowercase"_s;
        QTest::newRow("duplicate name") << clusters({{"c1", "a", 1}, {"c1", "b", 1}}) << u"clusters[1].name"_s << u"duplicate"_s;
        QTest::newRow("duplicate context") << clusters({{"c1", "a", 1}, {"c2", "a", 1}}) << u"clusters[1].context"_s << u"duplicate"_s;
        QTest::newRow("negative workers") << clusters({{"c1", "a", -1}}) << u"clusters[0].workerNodes"_s << u">= 0"_s;
        QTest::newRow("empty context") << QJsonArray{QJsonObject{{u"name"_s, u"c1"_s}, {u"context"_s, u""_s}}}
                                       << u"clusters[0].context"_s << u"empty"_s;
        QTest::newRow("empty") << QJsonArray{} << u"clusters"_s << u"at least one"_s;
    }
    void badClusterDeclarationsAreNamed()
    {
        QFETCH(QJsonArray, declared);
        QFETCH(QString, where);
        QFETCH(QString, what);
        const QString root = pack(QJsonObject{{u"clusters"_s, declared}});
        const LabCatalog catalog = LabCatalog::load({root});
        QStringList problems;
        for (const LabProblem &p : catalog.problems())
            problems << p.toString();
        const QString all = problems.join(u'\n');
        QVERIFY2(all.contains(u"config.json"_s) && all.contains(where) && all.contains(what), qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TestLabClusters)
#include "tst_labclusters.moc"
