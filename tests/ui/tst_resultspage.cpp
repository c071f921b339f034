// Results and history from a graded attempt in a real store: total, band, pass/fail, per question and per
// check, a failed check's output, time per question, "show answer"; and the answers page it leads to.
#include "core/attemptprogress.h"
#include "core/examstore.h"
#include "core/labcatalog.h"
#include "core/scoring.h"
#include "ui/answerspage.h"
#include "ui/historypage.h"
#include "ui/markdownview.h"
#include "ui/resultspage.h"
#include "ui/theme.h"
#include "fixtures/uitestenv.h"

#include <QApplication>
#include <QChartView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <cmath>

using namespace ckx;

class TestResultsPage : public QObject
{
    Q_OBJECT

    /// WCAG 2 contrast ratio of two colours (1 to 21).
    static double contrast(const QColor &a, const QColor &b)
    {
        const auto luminance = [](const QColor &c) {
            const auto lin = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
        };
        const double la = luminance(a), lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    }

    static QPushButton *showAnswerButton(ResultsPage &page, QTreeWidgetItem *question)
    {
        QWidget *cell = page.tree()->itemWidget(question, 3);
        if (auto *button = qobject_cast<QPushButton *>(cell))
            return button;
        return cell ? cell->findChild<QPushButton *>(QStringLiteral("showAnswer")) : nullptr;
    }

    test::UiTestEnv m_env;
    LabCatalog m_catalog;
    const LabPack *m_lab = nullptr;

    /// Grades an attempt where every check of the first question passes and the rest fail with output.
    QString gradedAttempt(ExamStore &store, const QString &mode)
    {
        ExamAttempt a;
        a.labId = m_lab->info.id;
        a.mode = mode;
        auto created = store.createAttempt(a);
        if (!created || !store.setState(created->id, ExamState::Ready) || !store.setState(created->id, ExamState::Grading))
            return {};
        QList<CheckResult> results;
        QHash<QString, QStringList> concepts;
        for (const auto &q : m_lab->questions) {
            const bool pass = q.id == m_lab->questions.first().id;
            concepts.insert(q.id, q.concepts);
            for (const auto &c : q.checks)
                results.append({q.id, c.id, pass ? 0 : 1, 0,
                                pass ? QString() : QStringLiteral("Error: No such container: %1").arg(c.id), c.weight,
                                pass, 20});
        }
        if (!store.recordGrade(created->id, results, concepts, scoreAttempt(*m_lab, results)))
            return {};
        auto progress = AttemptProgress::load(&store, created->id);
        if (!progress)
            return {};
        progress->addTime(m_lab->questions.first().id, 125'000);
        if (!progress->save())
            return {};
        return created->id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_catalog = LabCatalog::load(LabCatalog::defaultRoots());
        m_lab = m_catalog.find(QStringLiteral("docker-basics-001"));
        QVERIFY(m_lab);
    }

    void showsScoresChecksAndFailedOutput()
    {
        ExamStore store;
        QVERIFY(store.openDefault());
        const QString id = gradedAttempt(store, QStringLiteral("exam"));
        QVERIFY(!id.isEmpty());
        ResultsPage page;
        QVERIFY(page.showAttempt(&store, *m_lab, id));
        const QString summary = page.summary()->text();
        const double q1 = m_lab->questions.first().maxScore();
        QVERIFY2(summary.contains(QStringLiteral("NOT PASSED")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("/ %1").arg(m_lab->totalMarks)));
        QCOMPARE(page.tree()->topLevelItemCount(), m_lab->questions.size());
        QTreeWidgetItem *first = page.tree()->topLevelItem(0);
        QCOMPARE(first->text(1), QStringLiteral("%1 / %1").arg(q1));
        QCOMPARE(first->text(2), QStringLiteral("2:05"));
        for (int i = 0; i < first->childCount(); ++i) {
            QVERIFY(first->child(i)->text(0).startsWith(QStringLiteral("✓")));
            QCOMPARE(first->child(i)->childCount(), 0); // passed checks show no output
        }
        QTreeWidgetItem *second = page.tree()->topLevelItem(1);
        QTreeWidgetItem *failed = second->child(0);
        QCOMPARE(failed->text(0), QStringLiteral("✗ %1").arg(m_lab->questions.at(1).checks.first().description));
        QCOMPARE(failed->childCount(), 1);
        QVERIFY(failed->child(0)->text(0).contains(QStringLiteral("exit code 1, expected 0")));
        QVERIFY(failed->child(0)->text(0).contains(QStringLiteral("Error: No such container")));

        QSignalSpy answer(&page, &ResultsPage::answerRequested);
        showAnswerButton(page, second)->click();
        QCOMPARE(answer.count(), 1);
        QCOMPARE(answer.at(0).at(1).toString(), m_lab->questions.at(1).id);
    }

    void showAnswerButtonsAreTheSizeOfTheirText_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("1280 px") << 1280;
        QTest::newRow("1920 px") << 1920;
    }

    void showAnswerButtonsAreTheSizeOfTheirText()
    {
        QFETCH(int, width);
        ExamStore store;
        QVERIFY(store.openDefault());
        const QString id = gradedAttempt(store, QStringLiteral("exam"));
        ResultsPage page;
        page.resize(width, 800);
        QVERIFY(page.showAttempt(&store, *m_lab, id));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        for (int i = 0; i < page.tree()->topLevelItemCount(); ++i) {
            QPushButton *show = showAnswerButton(page, page.tree()->topLevelItem(i));
            QVERIFY(show && show->isVisible());
            // A learner sees a button around its label, not a bar across the column.
            QCOMPARE(show->width(), show->sizeHint().width());
            QVERIFY2(show->width() < width / 6, qPrintable(QString::number(show->width())));
        }
        // The question text gets the width instead.
        QVERIFY(page.tree()->columnWidth(0) > width / 2);
    }

    void passAndFailColoursAreReadableInBothThemes_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("light") << QStringLiteral("light");
        QTest::newRow("dark") << QStringLiteral("dark");
    }

    void passAndFailColoursAreReadableInBothThemes()
    {
        QFETCH(QString, theme);
        Theme::apply(theme);
        ExamStore store;
        QVERIFY(store.openDefault());
        const QString id = gradedAttempt(store, QStringLiteral("exam"));
        ResultsPage page;
        QVERIFY(page.showAttempt(&store, *m_lab, id));
        const QColor base = page.tree()->palette().color(QPalette::Base);
        QCOMPARE(base.lightness() < 128, Theme::isDark(theme));
        const QColor passed = page.tree()->topLevelItem(0)->child(0)->foreground(0).color();
        const QColor failed = page.tree()->topLevelItem(1)->child(0)->foreground(0).color();
        QVERIFY(passed != failed);
        // WCAG AA for normal text: a failed check's description must be as legible as the rest.
        for (const QColor &c : {passed, failed})
            QVERIFY2(contrast(c, base) >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3:1").arg(c.name(), base.name())
                                                              .arg(contrast(c, base), 0, 'f', 2)));

        // The history chart follows the theme instead of a white box in a dark window.
        HistoryPage history;
        history.reload(&store, m_catalog);
        auto *view = history.findChild<QChartView *>();
        QVERIFY(view);
        QCOMPARE(view->chart()->backgroundBrush().color().lightness() < 128, Theme::isDark(theme));
        Theme::apply(QStringLiteral("light"));
    }

    void answersPageShowsThatQuestionsAnswer()
    {
        AnswersPage page;
        page.showLab(*m_lab, m_lab->questions.at(1).id);
        QCOMPARE(page.questionList()->currentRow(), 1);
        const QString text = page.view()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Question 2")), qPrintable(text.left(200)));
        QVERIFY(!page.view()->snippets().isEmpty()); // commands are copyable
        QVERIFY(page.view()->snippets().first().contains(QStringLiteral("docker")));
    }

    void answersShowTheAttemptsDrawnParameters()
    {
        AnswersPage page;
        // Question 2 publishes the drawn STORE_PORT: an attempt's answers carry its value...
        page.showLab(*m_lab, m_lab->questions.at(1).id, {{QStringLiteral("STORE_PORT"), QStringLiteral("8093")}});
        QString text = page.view()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("-p 8093:8080")), qPrintable(text.left(400)));
        QVERIFY(!text.contains(QStringLiteral("{{STORE_PORT}}")));
        // ...and without an attempt (opened from the catalog) the parameter is named, not left in braces.
        page.showLab(*m_lab, m_lab->questions.at(1).id);
        text = page.view()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("-p ⟨STORE_PORT⟩:8080")), qPrintable(text.left(400)));
        QVERIFY(!text.contains(QStringLiteral("{{STORE_PORT}}")));
    }

    void historyChartsScoresPerTrackAndWeakConcepts()
    {
        ExamStore store;
        QVERIFY(store.openDefault());
        QVERIFY(!gradedAttempt(store, QStringLiteral("practice")).isEmpty());
        HistoryPage page;
        page.reload(&store, m_catalog);
        QVERIFY(page.table()->rowCount() >= 2);
        QCOMPARE(page.table()->item(0, 1)->text(), m_lab->info.name);
        QVERIFY(page.chartSeries().value(QStringLiteral("Docker")) >= 2);
        // Concepts of the failed questions lead the list; the first question's own ones never failed.
        const QString top = page.concepts()->item(0)->text();
        QVERIFY2(top.contains(QStringLiteral("failed")), qPrintable(top));
    }
};

QTEST_MAIN(TestResultsPage)
#include "tst_resultspage.moc"
