// The window a learner sees first: the catalog with the real lab packs (filter, search, details, locked badge,
// last score), settings written through, the theme switch, the shortcut help and the remembered layout.
#include "core/examstore.h"
#include "core/scoring.h"
#include "ui/appwindow.h"
#include "ui/catalogmodel.h"
#include "ui/catalogpage.h"
#include "ui/examflow.h"
#include "ui/prerequisitespage.h"
#include "ui/settingspage.h"
#include "ui/shortcutsdialog.h"
#include "ui/terminalview.h"
#include "ui/terminalwindow.h"
#include "ui/workspacepage.h"
#include "fixtures/uitestenv.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace ckx;

class TestAppWindow : public QObject
{
    Q_OBJECT

    static QStringList visibleIds(CatalogPage *page)
    {
        QStringList ids;
        auto *model = page->table()->model();
        for (int r = 0; r < model->rowCount(); ++r)
            ids << model->index(r, 0).data(CatalogModel::LabIdRole).toString();
        ids.sort();
        return ids;
    }
    static QString cell(CatalogPage *page, const QString &labId, int column)
    {
        auto *model = page->table()->model();
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, 0).data(CatalogModel::LabIdRole).toString() == labId)
                return model->index(r, column).data().toString();
        return {};
    }

private Q_SLOTS:
    void catalogListsEveryLab()
    {
        test::UiTestEnv env;
        AppWindow w;
        CatalogPage *page = w.catalogPage();
        // Every lab of the bundled registry is listed: 13 labs over the five tracks.
        QFile registry(test::UiTestEnv::bundledLabs() + QStringLiteral("/labs.json"));
        QVERIFY(registry.open(QIODevice::ReadOnly));
        QStringList bundled;
        QSet<QString> tracks;
        for (const QJsonValue &lab : QJsonDocument::fromJson(registry.readAll()).object().value(u"labs"_qs).toArray()) {
            bundled << lab.toObject().value(u"id"_qs).toString();
            tracks << lab.toObject().value(u"track"_qs).toString();
        }
        bundled.sort();
        QCOMPARE(visibleIds(page), bundled);
        QVERIFY(bundled.size() >= 13);
        QCOMPARE(tracks, (QSet<QString>{u"Docker"_qs, u"Helm"_qs, u"CKAD"_qs, u"CKA"_qs, u"CKS"_qs}));
        const LabPack *docker = w.catalog().find(QStringLiteral("docker-basics-001"));
        QVERIFY(docker);
        QCOMPARE(cell(page, QStringLiteral("docker-basics-001"), CatalogModel::Track), QStringLiteral("Docker"));
        QCOMPARE(cell(page, QStringLiteral("docker-basics-001"), CatalogModel::Questions),
                 QString::number(docker->questions.size()));
        QCOMPARE(cell(page, QStringLiteral("docker-basics-001"), CatalogModel::Duration), QStringLiteral("40 min"));
        QCOMPARE(cell(page, QStringLiteral("docker-basics-001"), CatalogModel::Access), QStringLiteral("Free"));
        QCOMPARE(cell(page, QStringLiteral("cka-full-001"), CatalogModel::Access), QStringLiteral("Locked"));
        QCOMPARE(cell(page, QStringLiteral("ckad-mock-001"), CatalogModel::LastScore), QStringLiteral("–"));
    }

    void filterAndSearch_data()
    {
        QTest::addColumn<QString>("track");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected");
        const auto ids = [](std::initializer_list<const char *> names) {
            QStringList l;
            for (const char *n : names)
                l << QString::fromLatin1(n);
            return l;
        };
        QTest::newRow("everything") << QString() << QString() << QString()
                                    << ids({"cka-full-001", "cka-full-002", "cka-mock-001", "ckad-full-001",
                                            "ckad-full-002", "ckad-mock-001", "cks-full-001", "cks-mock-001",
                                            "docker-basics-001", "docker-images-001", "docker-secure-001",
                                            "helm-full-001", "helm-mock-001"});
        QTest::newRow("track CKA") << QStringLiteral("CKA") << QString() << QString()
                                   << ids({"cka-full-001", "cka-full-002", "cka-mock-001"});
        QTest::newRow("track Docker") << QStringLiteral("Docker") << QString() << QString()
                                      << ids({"docker-basics-001", "docker-images-001", "docker-secure-001"});
        QTest::newRow("full exams") << QString() << QStringLiteral("full") << QString()
                                    << ids({"cka-full-001", "cka-full-002", "ckad-full-001", "ckad-full-002",
                                            "cks-full-001", "docker-images-001", "docker-secure-001",
                                            "helm-full-001"});
        QTest::newRow("mock exams") << QString() << QStringLiteral("mock") << QString()
                                    << ids({"cka-mock-001", "ckad-mock-001", "cks-mock-001", "docker-basics-001",
                                            "helm-mock-001"});
        QTest::newRow("concept search") << QString() << QString() << QStringLiteral("etcd")
                                        << ids({"cka-full-001", "cka-full-002", "cka-mock-001", "cks-full-001",
                                                "cks-mock-001"});
        QTest::newRow("every word must match") << QString() << QString() << QStringLiteral("volumes cronjobs")
                                               << ids({"ckad-full-002", "ckad-mock-001"});
        QTest::newRow("search within a track") << QStringLiteral("Docker") << QString() << QStringLiteral("VOLUMES")
                                               << ids({"docker-basics-001", "docker-images-001", "docker-secure-001"});
        QTest::newRow("nothing matches") << QString() << QString() << QStringLiteral("mainframe") << QStringList{};
    }
    void filterAndSearch()
    {
        QFETCH(QString, track);
        QFETCH(QString, type);
        QFETCH(QString, search);
        QFETCH(QStringList, expected);
        test::UiTestEnv env;
        AppWindow w;
        CatalogPage *page = w.catalogPage();
        page->trackFilter()->setCurrentIndex(page->trackFilter()->findData(track));
        page->typeFilter()->setCurrentIndex(page->typeFilter()->findData(type));
        QTest::keyClicks(page->searchField(), search);
        QCOMPARE(visibleIds(page), expected);
        if (expected.isEmpty()) {
            QVERIFY(page->details()->toPlainText().contains(QStringLiteral("No lab matches")));
            QVERIFY(!page->startButton()->isEnabled());
        }
    }

    void detailsShowConceptsAndLockedFullExamCannotStart()
    {
        test::UiTestEnv env;
        AppWindow w;
        CatalogPage *page = w.catalogPage();
        page->selectLab(QStringLiteral("cka-full-001"));
        QVERIFY(page->details()->toPlainText().contains(QStringLiteral("Concepts covered")));
        QVERIFY(page->details()->toPlainText().contains(QStringLiteral("etcd")));
        QVERIFY(page->details()->toPlainText().contains(QStringLiteral("needs an access pass")));
        QVERIFY(!page->startButton()->isEnabled());
        page->selectLab(QStringLiteral("docker-basics-001"));
        QVERIFY(page->details()->toPlainText().contains(QStringLiteral("port-publishing")));
        QVERIFY(page->startButton()->isEnabled());
    }

    void lastScoreComesFromTheStore()
    {
        test::UiTestEnv env;
        {
            ExamStore store;
            QVERIFY(store.openDefault());
            const LabCatalog catalog = LabCatalog::load(LabCatalog::defaultRoots());
            const LabPack *lab = catalog.find(QStringLiteral("docker-basics-001"));
            QVERIFY(lab);
            ExamAttempt a;
            a.labId = lab->info.id;
            auto created = store.createAttempt(a);
            QVERIFY(created);
            QVERIFY(store.setState(created->id, ExamState::Ready));
            QVERIFY(store.setState(created->id, ExamState::Grading));
            QList<CheckResult> results;
            for (const auto &q : lab->questions)
                for (const auto &c : q.checks)
                    results.append({q.id, c.id, q.id == lab->questions.first().id ? 0 : 1, 0, QString(), c.weight,
                                    q.id == lab->questions.first().id, 10});
            const ScoreReport report = scoreAttempt(*lab, results);
            QVERIFY(store.recordGrade(created->id, results, {}, report));
        }
        AppWindow w;
        const QString shown = cell(w.catalogPage(), QStringLiteral("docker-basics-001"), CatalogModel::LastScore);
        QVERIFY2(shown.endsWith(QLatin1Char('%')) && shown != QStringLiteral("0%"), qPrintable(shown));
    }

    void damagedEnvironmentRecordNamesTheField()
    {
        // A runtime record whose desktop port is missing: the workspace still opens (questions, notes, timer) and
        // the learner is told which field is wrong, instead of a terminal dialling port 0.
        test::UiTestEnv env;
        AppWindow w;
        ExamAttempt a;
        a.labId = QStringLiteral("docker-basics-001");
        auto created = w.store()->createAttempt(a);
        QVERIFY(created);
        QJsonObject ssh{{QStringLiteral("host"), QStringLiteral("127.0.0.1")}, {QStringLiteral("port"), 1},
                        {QStringLiteral("user"), QStringLiteral("candidate")}, {QStringLiteral("keyFile"), QStringLiteral("/nonexistent")},
                        {QStringLiteral("hostKeyFingerprint"), QStringLiteral("SHA256:abc")}};
        QJsonObject vnc{{QStringLiteral("host"), QStringLiteral("127.0.0.1")}, {QStringLiteral("passwordFile"), QStringLiteral("/nonexistent")}};
        QVERIFY(w.store()->updateRuntimeInfo(created->id, QJsonObject{{QStringLiteral("ssh"), ssh}, {QStringLiteral("vnc"), vnc}}));
        auto ready = w.store()->setState(created->id, ExamState::Ready);
        QVERIFY(ready);
        QSignalSpy messages(w.examFlow(), &ExamFlow::message);
        w.examFlow()->openWorkspace(*ready);
        QCOMPARE(w.currentPage(), AppWindow::Page::Workspace);
        QCOMPARE(w.examFlow()->activeAttemptId(), created->id);
        QCOMPARE(messages.count(), 1);
        const QString text = messages.first().first().toString();
        QVERIFY2(text.contains(QStringLiteral("vnc.port")), qPrintable(text));
    }

    void settingsWriteThroughAndSurviveRestart()
    {
        test::UiTestEnv env;
        {
            AppWindow w;
            w.showPage(AppWindow::Page::Settings);
            auto *mem = w.settingsPage()->findChildren<QSpinBox *>().at(1);
            mem->setValue(6144);
            QCOMPARE(w.config()->getInt(Config::Key::SessionMemoryMb), 6144);
        }
        Config again;
        QCOMPARE(again.getInt(Config::Key::SessionMemoryMb), 6144);
        QCOMPARE(again.getString(Config::Key::DefaultExamMode), QStringLiteral("exam"));
    }

    void terminalTextSizeSettingReachesTheTerminal()
    {
        test::UiTestEnv env;
        AppWindow w;
        auto *open = new TerminalWindow; // an exam's terminal, not connected: only its font matters here
        w.workspacePage()->setTerminalWidget(open);
        QCOMPARE(open->view()->fontPointSize(), qreal(w.config()->getInt(Config::Key::TerminalFontPt)));

        w.config()->set(Config::Key::TerminalFontPt, 16); // what the Settings page's spin box writes
        QCOMPARE(open->view()->fontPointSize(), 16.0);
        open->view()->zoomIn();
        open->view()->resetZoom(); // Ctrl+0 returns to the learner's size, not the built-in one
        QCOMPARE(open->view()->fontPointSize(), 16.0);

        auto *later = new TerminalWindow; // the next exam's terminal gets the setting too
        w.workspacePage()->setTerminalWidget(later);
        QCOMPARE(later->view()->fontPointSize(), 16.0);
    }

    void themeSwitchesPalette()
    {
        test::UiTestEnv env;
        AppWindow w;
        const QColor light = qApp->palette().color(QPalette::Window);
        w.action(QStringLiteral("toggleTheme"))->trigger();
        QCOMPARE(w.config()->getString(Config::Key::Theme), QStringLiteral("dark"));
        QVERIFY(qApp->palette().color(QPalette::Window).lightness() < 80);
        w.action(QStringLiteral("toggleTheme"))->trigger();
        QCOMPARE(qApp->palette().color(QPalette::Window), light);
    }

    void shortcutHelpListsEveryShortcut()
    {
        test::UiTestEnv env;
        AppWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::keyClick(&w, Qt::Key_F1);
        auto *dialog = w.findChild<ShortcutsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QStringList rows;
        for (int i = 0; i < dialog->tree()->topLevelItemCount(); ++i)
            rows << dialog->tree()->topLevelItem(i)->text(0).trimmed() + QLatin1Char('=')
                        + dialog->tree()->topLevelItem(i)->text(1);
        QVERIFY2(rows.contains(QStringLiteral("Search the catalog=Ctrl+F")), qPrintable(rows.join(u'\n')));
        QVERIFY(rows.contains(QStringLiteral("Keyboard shortcuts=F1  or  Ctrl+/")));
        dialog->reject();
    }

    void searchShortcutFocusesSearch()
    {
        test::UiTestEnv env;
        AppWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        w.showPage(AppWindow::Page::Settings);
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), AppWindow::Page::Catalog);
        QTRY_VERIFY(w.catalogPage()->searchField()->hasFocus());
    }

    void firstRunChecksPrerequisitesOnce()
    {
        test::UiTestEnv env;
        {
            AppWindow w;
            QCOMPARE(w.currentPage(), AppWindow::Page::Prerequisites);
            PrerequisitesPage *page = w.prerequisitesPage();
            QSignalSpy done(page, &PrerequisitesPage::findingsReady);
            QTRY_VERIFY_WITH_TIMEOUT(done.count() == 1, 30'000);
            // Real checks against this machine: the Docker engine line is there, ok or with its fix.
            QStringList rows;
            for (int i = 0; i < page->tree()->topLevelItemCount(); ++i)
                rows << page->tree()->topLevelItem(i)->text(0);
            QVERIFY2(rows.filter(QStringLiteral("Docker engine")).size() == 1, qPrintable(rows.join(u'\n')));
            QVERIFY(rows.filter(QStringLiteral("kind")).size() == 1);
            QVERIFY(rows.filter(QStringLiteral("memory")).size() == 1);
            page->findChildren<QPushButton *>().last()->click(); // Continue to the catalog
            QCOMPARE(w.currentPage(), AppWindow::Page::Catalog);
        }
        AppWindow again;
        QCOMPARE(again.currentPage(), AppWindow::Page::Catalog);
    }

    void windowRemembersItsGeometry()
    {
        test::UiTestEnv env;
        {
            AppWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.resize(1000, 700);
            w.close();
        }
        AppWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.size(), QSize(1000, 700));
    }
};

QTEST_MAIN(TestAppWindow)
#include "tst_appwindow.moc"
