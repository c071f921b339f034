// The script reader behind the linter's image, node, context and table-read rules: each row is a script line as
// lab authors write it, and what the linter must (or must not) see in it. Equivalent correct forms are rows too,
// so a rule that would nag a correct lab fails here.

#include "core/labscriptscan.h"

#include <QTest>

using namespace ckx;

namespace {

QStringList texts(const QList<LabScriptScan::Use> &uses)
{
    QStringList out;
    for (const auto &u : uses)
        out.append(u.text);
    return out;
}

QStringList field(const LabScriptScan &scan, const QString &name)
{
    if (name == u"tableReads")
        return texts(scan.tableReads);
    if (name == u"imagesUsed")
        return texts(scan.imagesUsed);
    if (name == u"nodeAliases")
        return texts(scan.nodeAliases);
    if (name == u"contexts")
        return texts(scan.contexts);
    if (name == u"noContext")
        return texts(scan.noContext);
    if (name == u"packFiles")
        return texts(scan.packFiles);
    QStringList built(scan.imagesBuilt.begin(), scan.imagesBuilt.end());
    built.sort();
    return built;
}

} // namespace

class TestLabScriptScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void finds_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QStringList>("expected");
        const QString table = QStringLiteral("tableReads");
        const QString images = QStringLiteral("imagesUsed");
        const QStringList none;

        // table reads: human output filtered as text is flagged, machine formats and plain existence are not
        QTest::newRow("get | grep") << QByteArray("kubectl get pods -n a | grep Running\n") << table
                                    << QStringList{QStringLiteral("kubectl get")};
        QTest::newRow("grep <<< $(get)") << QByteArray("grep -q Running <<<\"$(kubectl get pod x)\"\n") << table
                                         << QStringList{QStringLiteral("kubectl get")};
        QTest::newRow("-o wide | awk") << QByteArray("kubectl get nodes -o wide | awk '{print $6}'\n") << table
                                       << QStringList{QStringLiteral("kubectl get")};
        QTest::newRow("describe | grep") << QByteArray("kubectl describe pod x | grep -i image\n") << table
                                         << QStringList{QStringLiteral("kubectl describe")};
        QTest::newRow("helm list | grep")
            << QByteArray("helm list -n web | grep deployed\n") << table << QStringList{QStringLiteral("helm list")};
        QTest::newRow("-o jsonpath | grep")
            << QByteArray("kubectl get pods -o jsonpath='{range .items[*]}{.metadata.name} {end}' | grep -c web\n")
            << table << none;
        QTest::newRow("-ojson") << QByteArray("kubectl get pods -ojson | grep -q phase\n") << table << none;
        QTest::newRow("--output=name") << QByteArray("kubectl get pods --output=name | wc -l\n") << table << none;
        QTest::newRow("get without filter")
            << QByteArray("kubectl get ns a >/dev/null 2>&1 || exit 1\n") << table << none;
        QTest::newRow("logs | grep") << QByteArray("kubectl logs job/x | grep -q done\n") << table << none;
        QTest::newRow("helm list -o json") << QByteArray("helm list -n web -o json | grep -q web\n") << table << none;
        QTest::newRow("comment") << QByteArray("# kubectl get pods | grep x\n") << table << none;
        QTest::newRow("continued line") << QByteArray("kubectl get pods \\\n  -n a | grep x\n") << table
                                        << QStringList{QStringLiteral("kubectl get")};

        // images: flags, manifests in heredocs, docker run with its flags; variables are not followed
        QTest::newRow("--image=") << QByteArray("kubectl run web --image=nginx:1.27 -n a\n") << images
                                  << QStringList{QStringLiteral("nginx:1.27")};
        QTest::newRow("--image value") << QByteArray("kubectl create deployment web --image nginx:1.27\n") << images
                                       << QStringList{QStringLiteral("nginx:1.27")};
        QTest::newRow("set image") << QByteArray("kubectl set image deploy/web web=nginx:1.28 side=busybox:1.36\n")
                                   << images
                                   << QStringList{QStringLiteral("nginx:1.28"), QStringLiteral("busybox:1.36")};
        QTest::newRow("heredoc manifest") << QByteArray("kubectl apply -f - <<'YAML'\nspec:\n  containers:\n"
                                                        "    - name: a\n      image: \"busybox:1.36\"\n"
                                                        "  # image: not-this\nYAML\n")
                                          << images << QStringList{QStringLiteral("busybox:1.36")};
        QTest::newRow("docker run flags")
            << QByteArray("docker run -d --name web -p 8080:80 -e A=b --restart=always -it ckx-lab/web:1 sleep 1\n")
            << images << QStringList{QStringLiteral("ckx-lab/web:1")};
        QTest::newRow("docker container create") << QByteArray("docker container create --rm alpine:3\n") << images
                                                 << QStringList{QStringLiteral("alpine:3")};
        QTest::newRow("variable") << QByteArray("kubectl run web --image=\"$IMAGE\"\n") << images << none;
        QTest::newRow("templated manifest")
            << QByteArray("cat <<EOF\n  image: {{ .Values.image }}\nEOF\n") << images << none;
        QTest::newRow("docker build -t") << QByteArray("docker build -t greeter:1.0 -f Dockerfile .\n"
                                                       "docker tag greeter:1.0 greeter:latest\n")
                                         << QStringLiteral("imagesBuilt")
                                         << QStringList{QStringLiteral("greeter:1.0"),
                                                        QStringLiteral("greeter:latest")};

        QTest::newRow("pack files") << QByteArray("cp -r /opt/ckx/lab/scripts/charts/. /opt/charts/\n"
                                                  "bash \"/opt/ckx/lab/scripts/lib/$name.sh\"\n")
                                    << QStringLiteral("packFiles")
                                    << QStringList{QStringLiteral("charts"), QStringLiteral("lib")};

        // nodes and contexts
        QTest::newRow("ssh alias") << QByteArray("ssh cluster1-node01 'systemctl restart kubelet'\n")
                                   << QStringLiteral("nodeAliases") << QStringList{QStringLiteral("cluster1-node01")};
        QTest::newRow("scp and variable")
            << QByteArray("n=cluster2-controlplane\nscp f root@cluster2-node02:/tmp/\n")
            << QStringLiteral("nodeAliases")
            << QStringList{QStringLiteral("cluster2-controlplane"), QStringLiteral("cluster2-node02")};
        QTest::newRow("kind node name is no alias")
            << QByteArray("kubectl get node ckx-control-plane\n") << QStringLiteral("nodeAliases") << none;
        QTest::newRow("contexts") << QByteArray("kubectl --context c1 get pods\nkubectl config use-context c2\n"
                                                "helm --kube-context=c3 list -o json\n")
                                  << QStringLiteral("contexts")
                                  << QStringList{QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3")};
        QTest::newRow("calls without a context")
            << QByteArray("kubectl get pods\nkubectl --context c1 get pods\n"
                          "kubectl create ns a --dry-run=client -o yaml | kubectl --context c1 apply -f -\n"
                          "helm upgrade --install web ./chart\nhelm template ./chart\n")
            << QStringLiteral("noContext")
            << QStringList{QStringLiteral("kubectl get"), QStringLiteral("helm upgrade")};
    }

    void finds()
    {
        QFETCH(QByteArray, script);
        QFETCH(QString, field);
        QFETCH(QStringList, expected);
        QCOMPARE(::field(LabScriptScan::script(script), field), expected);
    }

    void positionsAreLineAndColumn()
    {
        const LabScriptScan scan =
            LabScriptScan::script("#!/bin/bash\nset -u\nout=$(kubectl get pod x \\\n  -n a --image=nginx:1)\n");
        QCOMPARE(scan.noContext.size(), 1);
        QCOMPARE(scan.noContext.first().line, 3);
        QCOMPARE(scan.noContext.first().column, 7);
        QCOMPARE(scan.imagesUsed.size(), 1);
        QCOMPARE(scan.imagesUsed.first().line, 4);
        QCOMPARE(scan.imagesUsed.first().column, 16);
    }

    void manifestImages()
    {
        const LabScriptScan scan = LabScriptScan::manifest("spec:\n  template:\n    spec:\n      containers:\n"
                                                           "        - image: 'nginx:1.27-alpine'\n          name: x\n");
        QCOMPARE(texts(scan.imagesUsed), QStringList{QStringLiteral("nginx:1.27-alpine")});
        QCOMPARE(scan.imagesUsed.first().line, 5);
    }

    void normalizedImage_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("bare") << QStringLiteral("nginx") << QStringLiteral("nginx:latest");
        QTest::newRow("library") << QStringLiteral("docker.io/library/nginx:1.27") << QStringLiteral("nginx:1.27");
        QTest::newRow("registry port") << QStringLiteral("localhost:5000/web")
                                       << QStringLiteral("localhost:5000/web:latest");
        QTest::newRow("digest") << QStringLiteral("busybox@sha256:abc") << QStringLiteral("busybox@sha256:abc");
    }
    void normalizedImage()
    {
        QFETCH(QString, reference);
        QFETCH(QString, normalized);
        QCOMPARE(LabScriptScan::normalizedImage(reference), normalized);
    }
};

QTEST_GUILESS_MAIN(TestLabScriptScan)
#include "tst_labscriptscan.moc"
