// The question side of the workspace with a real lab and a real store: flags and notes are in the store as soon
// as the learner makes them and come back when the exam is reopened; code in questions copies on click.
#include "core/examstore.h"
#include "core/labcatalog.h"
#include "ui/markdownview.h"
#include "ui/questionpanel.h"
#include "fixtures/uitestenv.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace ckx;

class TestQuestionPanel : public QObject
{
    Q_OBJECT

    test::UiTestEnv m_env;
    LabCatalog m_catalog;
    const LabPack *m_lab = nullptr;

    QString newAttempt(ExamStore &store)
    {
        ExamAttempt a;
        a.labId = m_lab->info.id;
        auto created = store.createAttempt(a);
        return created ? created->id : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_catalog = LabCatalog::load(LabCatalog::defaultRoots());
        m_lab = m_catalog.find(QStringLiteral("docker-basics-001"));
        QVERIFY(m_lab);
        QVERIFY(m_lab->questions.size() >= 3);
    }

    void flagsAndNotesAreStoredAtOnceAndComeBack()
    {
        ExamStore store;
        QVERIFY(store.openDefault());
        const QString attempt = newAttempt(store);
        QVERIFY(!attempt.isEmpty());
        const QString q2 = m_lab->questions.at(1).id;
        {
            QuestionPanel panel;
            panel.setExam(*m_lab, &store, attempt, false);
            QCOMPARE(panel.currentIndex(), 0);
            panel.next();
            QCOMPARE(panel.currentQuestionId(), q2);
            panel.flagButton()->click();
            // A second connection (another process, or the app after a crash) sees the flag at once.
            ExamStore other;
            QVERIFY(other.openDefault());
            QVERIFY(other.questionMarks(attempt)->value(q2).flagged);
            QTest::keyClicks(panel.noteEdit(), QStringLiteral("check the -p flag"));
            QTRY_COMPARE(other.questionMarks(attempt)->value(q2).note, QStringLiteral("check the -p flag"));
            QCOMPARE(panel.stripText(1), QStringLiteral("2⚑"));
            panel.toggleAnswered();
            QCOMPARE(panel.stripText(1), QStringLiteral("2✓⚑"));
            // Typing and leaving the question at once loses nothing (no wait for the debounce).
            panel.previous();
            QTest::keyClicks(panel.noteEdit(), QStringLiteral("q1 done"));
            panel.next();
            QCOMPARE(other.questionMarks(attempt)->value(m_lab->questions.at(0).id).note, QStringLiteral("q1 done"));
        }
        QuestionPanel reopened;
        reopened.setExam(*m_lab, &store, attempt, false, q2);
        QCOMPARE(reopened.currentIndex(), 1);
        QVERIFY(reopened.flagButton()->isChecked());
        QCOMPARE(reopened.noteEdit()->toPlainText(), QStringLiteral("check the -p flag"));
        QCOMPARE(reopened.stripText(1), QStringLiteral("2✓⚑"));
        QCOMPARE(reopened.strip()->item(1)->text(), QStringLiteral("2✓⚑"));
        QVERIFY(reopened.timeSpent().value(q2) >= 0);
        QCOMPARE(store.attempt(attempt)->currentQuestion, q2);
    }

    void unflagIsStoredToo()
    {
        ExamStore store;
        QVERIFY(store.openDefault());
        const QString attempt = newAttempt(store);
        QuestionPanel panel;
        panel.setExam(*m_lab, &store, attempt, false);
        panel.toggleFlag();
        QVERIFY(store.questionMarks(attempt)->value(m_lab->questions.first().id).flagged);
        panel.toggleFlag();
        QVERIFY(!store.questionMarks(attempt)->value(m_lab->questions.first().id).flagged);
        QCOMPARE(panel.stripText(0), QStringLiteral("1"));
    }

    void questionShowsHostAndNamespaceAndCopiesCode()
    {
        ExamStore store;
        QVERIFY(store.openDefault());
        QuestionPanel panel;
        // What the workspace hands the panel: the pack with the attempt's drawn parameters substituted.
        const LabPack drawn = labparameters::applied(*m_lab, {{QStringLiteral("WORKER"), QStringLiteral("queue-worker")}});
        panel.setExam(drawn, &store, newAttempt(store), true);
        const Question &q = m_lab->questions.first();
        const QString context = panel.findChild<QLabel *>(QStringLiteral("questionContext"))->text();
        QVERIFY2(context.contains(q.machineHostname), qPrintable(context));
        QVERIFY(context.contains(q.nameSpace));
        MarkdownView *view = panel.questionView();
        // Every inline code span of the question is a snippet; clicking one puts exactly its text on the clipboard.
        QVERIFY(view->snippets().contains(QStringLiteral("queue-worker")));
        QVERIFY(!view->snippets().contains(QStringLiteral("{{WORKER}}")));
        const int idx = int(view->snippets().indexOf(QStringLiteral("queue-worker")));
        QSignalSpy copied(view, &MarkdownView::copied);
        view->copySnippet(idx);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("queue-worker"));
        QCOMPARE(copied.count(), 1);
        // The anchor is in the document: a real click finds it.
        QVERIFY(view->toHtml().contains(QStringLiteral("copy:%1").arg(idx)));
    }

    void contextIsShownWithACopyableUseContext()
    {
        ExamStore store;
        QVERIFY(store.openDefault());
        LabPack lab = *m_lab;
        lab.questions.first().context = QStringLiteral("k8s-prod");
        QuestionPanel panel;
        panel.setExam(lab, &store, newAttempt(store), true);
        auto *label = panel.findChild<QLabel *>(QStringLiteral("questionContext"));
        QVERIFY2(label->text().contains(QStringLiteral("<b>k8s-prod</b>")), qPrintable(label->text()));
        // Clicking the command puts exactly it on the clipboard (the label's link is what a click activates).
        QSignalSpy copied(&panel, &QuestionPanel::copied);
        QVERIFY(label->text().contains(QStringLiteral("href=\"kubectl config use-context k8s-prod\"")));
        Q_EMIT label->linkActivated(QStringLiteral("kubectl config use-context k8s-prod"));
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("kubectl config use-context k8s-prod"));
        QCOMPARE(copied.count(), 1);
        // A question without a context shows none.
        panel.setExam(*m_lab, &store, newAttempt(store), true);
        QVERIFY(!label->text().contains(QStringLiteral("use-context")));
    }

    void fencedBlockCopiesAsOneSnippet()
    {
        MarkdownView view;
        view.setMarkdownText(QStringLiteral("Run:\n\n```bash\nkubectl get pods\nkubectl get svc\n```\n\nand `k get no`."));
        QCOMPARE(view.snippets(), (QStringList{QStringLiteral("kubectl get pods\nkubectl get svc"),
                                              QStringLiteral("k get no")}));
    }

    void hintsOnlyInPractice()
    {
        ExamStore store;
        QVERIFY(store.openDefault());
        QuestionPanel panel;
        panel.setExam(*m_lab, &store, newAttempt(store), true);
        panel.show();
        panel.showNextHint();
        const QString hints = panel.findChild<QLabel *>(QStringLiteral("hints"))->text();
        QVERIFY2(hints.contains(QStringLiteral("docker run --help")), qPrintable(hints));
        QuestionPanel exam;
        exam.setExam(*m_lab, &store, newAttempt(store), false);
        exam.show();
        exam.showNextHint();
        QVERIFY(exam.findChild<QLabel *>(QStringLiteral("hints"))->text().isEmpty());
    }
};

QTEST_MAIN(TestQuestionPanel)
#include "tst_questionpanel.moc"
