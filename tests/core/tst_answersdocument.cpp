// answers.md split per question, as CK-X packs and ours write it.
#include "core/answersdocument.h"

#include <QTest>

using namespace ckx;

class TestAnswersDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headings_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("questionId");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("expectContains");
        QTest::addColumn<QString>("expectNotContains");
        const QString ckx = QStringLiteral("# Answers\n\n## Question 1: pods\n\n```bash\nkubectl run a\n```\n\n"
                                           "## Question 2: services\n\nkubectl expose\n");
        QTest::newRow("CK-X style, by id") << ckx << QStringLiteral("2") << 1 << QStringLiteral("kubectl expose")
                                           << QStringLiteral("kubectl run");
        QTest::newRow("id with a prefix") << ckx << QStringLiteral("q1") << 0 << QStringLiteral("kubectl run")
                                          << QStringLiteral("expose");
        QTest::newRow("Q3 short form") << QStringLiteral("### Q3\nthree\n### Q4\nfour") << QStringLiteral("3") << 0
                                       << QStringLiteral("three") << QStringLiteral("four");
        QTest::newRow("numbered heading") << QStringLiteral("## 1. one\nA\n## 2) two\nB") << QStringLiteral("x") << 1
                                          << QStringLiteral("B") << QStringLiteral("A");
        QTest::newRow("sub-headings stay inside") << QStringLiteral("## Question 1\n### Step 1\nfirst\n## Question 2\nsecond")
                                                  << QStringLiteral("1") << 0 << QStringLiteral("first")
                                                  << QStringLiteral("second");
        QTest::newRow("heading inside a code fence is code")
            << QStringLiteral("## Question 1\n```\n## Question 2 not a heading\n```\n## Question 2\nreal")
            << QStringLiteral("1") << 0 << QStringLiteral("not a heading") << QStringLiteral("real");
    }
    void headings()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, questionId);
        QFETCH(int, index);
        QFETCH(QString, expectContains);
        QFETCH(QString, expectNotContains);
        const AnswersDocument doc = AnswersDocument::parse(markdown);
        const QString answer = doc.forQuestion(questionId, index);
        QVERIFY2(answer.contains(expectContains), qPrintable(answer));
        QVERIFY2(!answer.contains(expectNotContains), qPrintable(answer));
    }

    void noHeadingsIsAllPreamble()
    {
        const AnswersDocument doc = AnswersDocument::parse(QStringLiteral("just text\n\nmore"));
        QVERIFY(doc.sections().isEmpty());
        QCOMPARE(doc.preamble(), QStringLiteral("just text\n\nmore"));
        QVERIFY(doc.forQuestion(QStringLiteral("1"), 0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAnswersDocument)
#include "tst_answersdocument.moc"
