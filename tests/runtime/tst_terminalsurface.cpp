// TerminalSurface fed with the escape sequences programs really send; asserts the cells a user would see.
#include "runtime/remote/terminalsurface.h"

#include <QSignalSpy>
#include <QTest>

using namespace ckx;

namespace {

const TerminalCell &cellAt(const TerminalSurface &s, int row, int col)
{
    static const TerminalCell empty;
    const auto l = s.line(s.screenTop() + row);
    return col < int(l.size()) ? l[size_t(col)] : empty;
}

QString rowText(const TerminalSurface &s, int row)
{
    return s.lineText(s.screenTop() + row);
}

} // namespace

class TestTerminalSurface : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainTextAndCursorMoves();
    void colours_data();
    void colours();
    void attributes_data();
    void attributes();
    void decLineDrawing();
    void wideCharacters();
    void scrollRegionKeepsLinesOutside();
    void scrollbackKeepsTenThousandLines();
    void alternateScreenRestoresPrimary();
    void queriesAreAnswered_data();
    void queriesAreAnswered();
    void bracketedPaste();
    void titleAndBell();
    void damageIsCoalescedPerFeed();
    void resizeKeepsCursorLine();
    void keysFollowCursorKeyMode();
    void controlAndAltCombinations_data();
    void controlAndAltCombinations();
    void findInScrollback();
    void wrappedLinesCopyAsOne();
    void garbageDoesNotCrash();
};

void TestTerminalSurface::plainTextAndCursorMoves()
{
    TerminalSurface s({20, 5});
    s.feed("hello\r\nworld");
    QCOMPARE(rowText(s, 0), QStringLiteral("hello"));
    QCOMPARE(rowText(s, 1), QStringLiteral("world"));
    QCOMPARE(s.cursor(), QPoint(5, 1));
    s.feed("\x1b[3;7Hx\x1b[A\x1b[2Dy"); // CUP row 3 col 7, up one, left two
    QCOMPARE(cellAt(s, 2, 6).ch, U'x');
    QCOMPARE(cellAt(s, 1, 5).ch, U'y');
    s.feed("\x1b[2J\x1b[H");
    QCOMPARE(rowText(s, 0), QString());
    QCOMPARE(s.cursor(), QPoint(0, 0));
    s.feed("abcdef\x1b[1;3H\x1b[K");
    QCOMPARE(rowText(s, 0), QStringLiteral("ab"));
}

void TestTerminalSurface::colours_data()
{
    QTest::addColumn<QByteArray>("sequence");
    QTest::addColumn<quint32>("fg");
    QTest::addColumn<quint32>("bg");
    QTest::newRow("16 colours") << QByteArray("\x1b[31;42m") << TerminalColor::indexed(1) << TerminalColor::indexed(2);
    QTest::newRow("bright") << QByteArray("\x1b[91;104m") << TerminalColor::indexed(9) << TerminalColor::indexed(12);
    QTest::newRow("256 colours") << QByteArray("\x1b[38;5;200;48;5;17m") << TerminalColor::indexed(200)
                                 << TerminalColor::indexed(17);
    QTest::newRow("truecolor") << QByteArray("\x1b[38;2;10;20;30;48;2;200;100;50m") << TerminalColor::rgb(10, 20, 30)
                               << TerminalColor::rgb(200, 100, 50);
    QTest::newRow("reset to default") << QByteArray("\x1b[31;42m\x1b[39;49m") << TerminalColor::Default
                                      << TerminalColor::Default;
}

void TestTerminalSurface::colours()
{
    QFETCH(QByteArray, sequence);
    QFETCH(quint32, fg);
    QFETCH(quint32, bg);
    TerminalSurface s({20, 5});
    s.feed(sequence + "X\x1b[0mY");
    QCOMPARE(cellAt(s, 0, 0).fg, fg);
    QCOMPARE(cellAt(s, 0, 0).bg, bg);
    QCOMPARE(cellAt(s, 0, 1).fg, TerminalColor::Default);
    QCOMPARE(s.resolve(TerminalColor::indexed(1), true), qRgb(0xcd, 0, 0));
    QCOMPARE(s.resolve(TerminalColor::rgb(1, 2, 3), true), qRgb(1, 2, 3));
}

void TestTerminalSurface::attributes_data()
{
    QTest::addColumn<QByteArray>("sequence");
    QTest::addColumn<int>("attrs");
    QTest::newRow("bold") << QByteArray("\x1b[1m") << int(TerminalCell::Bold);
    QTest::newRow("italic") << QByteArray("\x1b[3m") << int(TerminalCell::Italic);
    QTest::newRow("underline") << QByteArray("\x1b[4m") << int(TerminalCell::Underline);
    QTest::newRow("inverse") << QByteArray("\x1b[7m") << int(TerminalCell::Reverse);
    QTest::newRow("all") << QByteArray("\x1b[1;3;4;7m")
                         << int(TerminalCell::Bold | TerminalCell::Italic | TerminalCell::Underline |
                                TerminalCell::Reverse);
    QTest::newRow("bold off") << QByteArray("\x1b[1;4m\x1b[22m") << int(TerminalCell::Underline);
}

void TestTerminalSurface::attributes()
{
    QFETCH(QByteArray, sequence);
    QFETCH(int, attrs);
    TerminalSurface s({20, 5});
    s.feed(sequence + "A\x1b[mB");
    QCOMPARE(int(cellAt(s, 0, 0).attrs), attrs);
    QCOMPARE(int(cellAt(s, 0, 1).attrs), 0);
}

void TestTerminalSurface::decLineDrawing()
{
    TerminalSurface s({20, 5});
    s.feed("\x1b(0lqk\r\nx x\r\nmqj\x1b(Bq");
    QCOMPARE(rowText(s, 0), QStringLiteral("┌─┐"));
    QCOMPARE(rowText(s, 1), QStringLiteral("│ │"));
    QCOMPARE(rowText(s, 2), QStringLiteral("└─┘q"));
}

void TestTerminalSurface::wideCharacters()
{
    TerminalSurface s({10, 3});
    s.feed("中a文");
    QCOMPARE(cellAt(s, 0, 0).ch, U'中');
    QCOMPARE(int(cellAt(s, 0, 0).width), 2);
    QCOMPARE(int(cellAt(s, 0, 1).width), 0);
    QCOMPARE(cellAt(s, 0, 2).ch, U'a');
    QCOMPARE(cellAt(s, 0, 3).ch, U'文');
    QCOMPARE(s.cursor(), QPoint(5, 0));
    QCOMPARE(rowText(s, 0), QStringLiteral("中a文"));
    // Overwriting the right half of a wide character leaves no half glyph behind.
    s.feed("\x1b[1;2Hz");
    QCOMPARE(cellAt(s, 0, 0).ch, char32_t(0));
    QCOMPARE(cellAt(s, 0, 1).ch, U'z');
}

void TestTerminalSurface::scrollRegionKeepsLinesOutside()
{
    TerminalSurface s({10, 6});
    s.feed("top\r\n1\r\n2\r\n3\r\n4\r\nbottom");
    s.feed("\x1b[2;5r");   // region rows 2..5
    s.feed("\x1b[5;1H\n"); // LF at the region's bottom scrolls only the region
    QCOMPARE(rowText(s, 0), QStringLiteral("top"));
    QCOMPARE(rowText(s, 1), QStringLiteral("2"));
    QCOMPARE(rowText(s, 3), QStringLiteral("4"));
    QCOMPARE(rowText(s, 4), QString());
    QCOMPARE(rowText(s, 5), QStringLiteral("bottom"));
    QCOMPARE(s.scrollbackLines(), 0); // a region below the top never feeds scrollback
    s.feed("\x1b[2;1H\x1b[M");        // delete line inside the region
    QCOMPARE(rowText(s, 1), QStringLiteral("3"));
    QCOMPARE(rowText(s, 5), QStringLiteral("bottom"));
}

void TestTerminalSurface::scrollbackKeepsTenThousandLines()
{
    TerminalSurface s({40, 24});
    QByteArray out;
    for (int i = 0; i < 10100; ++i)
        out += "line " + QByteArray::number(i) + "\r\n";
    s.feed(out);
    QCOMPARE(s.scrollbackLimit(), 10000);
    QCOMPARE(s.scrollbackLines(), 10000);
    // 10,100 lines + the empty cursor line: 24 on screen, 10,000 kept, the oldest 77 gone.
    QCOMPARE(s.lineText(s.firstLine()), QStringLiteral("line 77"));
    QCOMPARE(s.lineText(s.screenTop() - 1), QStringLiteral("line 10076"));
    QCOMPARE(rowText(s, 22), QStringLiteral("line 10099"));
}

void TestTerminalSurface::alternateScreenRestoresPrimary()
{
    TerminalSurface s({20, 5});
    QSignalSpy alt(&s, &TerminalSurface::altScreenChanged);
    s.feed("$ vim\r\n");
    s.feed("\x1b[?1049h\x1b[H\x1b[2Jediting");
    QVERIFY(s.altScreen());
    QCOMPARE(rowText(s, 0), QStringLiteral("editing"));
    QCOMPARE(rowText(s, 1), QString());
    s.feed("\x1b[?1049l");
    QVERIFY(!s.altScreen());
    QCOMPARE(rowText(s, 0), QStringLiteral("$ vim"));
    QCOMPARE(s.cursor(), QPoint(0, 1));
    QCOMPARE(alt.count(), 2);
}

void TestTerminalSurface::queriesAreAnswered_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("answerPrefix");
    QTest::newRow("primary device attributes") << QByteArray("\x1b[c") << QByteArray("\x1b[?");
    QTest::newRow("cursor position") << QByteArray("ab\x1b[6n") << QByteArray("\x1b[1;3R");
    QTest::newRow("status report") << QByteArray("\x1b[5n") << QByteArray("\x1b[0n");
}

void TestTerminalSurface::queriesAreAnswered()
{
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, answerPrefix);
    TerminalSurface s({20, 5});
    QByteArray written;
    s.setWriter([&](const QByteArray &b) { written += b; });
    s.feed(query);
    QVERIFY2(written.startsWith(answerPrefix), written.toHex().constData());
}

void TestTerminalSurface::bracketedPaste()
{
    TerminalSurface s({20, 5});
    QByteArray written;
    s.setWriter([&](const QByteArray &b) { written += b; });
    s.paste(QStringLiteral("a\nb"));
    QCOMPARE(written, QByteArray("a\rb"));
    written.clear();
    s.feed("\x1b[?2004h");
    s.paste(QStringLiteral("x\r\ny\x1b[201~z"));
    QCOMPARE(written, QByteArray("\x1b[200~x\ryz\x1b[201~"));
}

void TestTerminalSurface::titleAndBell()
{
    TerminalSurface s({20, 5});
    QSignalSpy title(&s, &TerminalSurface::titleChanged);
    QSignalSpy bell(&s, &TerminalSurface::bell);
    s.feed("\x1b]0;root@jumphost: ~\x07"
           "x\x07");
    QCOMPARE(title.count(), 1);
    QCOMPARE(s.title(), QStringLiteral("root@jumphost: ~"));
    QCOMPARE(bell.count(), 1);
}

void TestTerminalSurface::damageIsCoalescedPerFeed()
{
    TerminalSurface s({80, 24});
    QSignalSpy damage(&s, &TerminalSurface::invalidated);
    QByteArray bulk;
    for (int i = 0; i < 5000; ++i)
        bulk += "some output line " + QByteArray::number(i) + "\r\n";
    s.feed(bulk);
    QCOMPARE(damage.count(), 1);
    QCOMPARE(damage.at(0).at(0).toRect(), QRect(0, 0, 80, 24));
    damage.clear();
    s.feed("x");
    QCOMPARE(damage.count(), 1);
    QCOMPARE(damage.at(0).at(0).toRect(), QRect(0, 23, 80, 1));
}

void TestTerminalSurface::resizeKeepsCursorLine()
{
    TerminalSurface s({20, 10});
    for (int i = 0; i < 9; ++i)
        s.feed("row " + QByteArray::number(i) + "\r\n");
    s.feed("$ ");
    s.resize({30, 5});
    QCOMPARE(s.size(), QSize(30, 5));
    QCOMPARE(rowText(s, 4), QStringLiteral("$"));
    QCOMPARE(s.cursor(), QPoint(2, 4));
    QCOMPARE(s.lineText(s.screenTop() - 1), QStringLiteral("row 4"));
    s.resize({30, 10}); // growing brings the lines back
    QCOMPARE(rowText(s, 0), QStringLiteral("row 0"));
    QCOMPARE(s.cursor(), QPoint(2, 9));
    // and scrollback keeps its order afterwards, both before and after the ring is full
    for (int limit : {10000, 12}) {
        s.setScrollbackLimit(limit);
        for (int i = 0; i < 30; ++i)
            s.feed("after " + QByteArray::number(i) + "\r\n");
        s.resize({30, 14});
        s.feed("last\r\n");
        QCOMPARE(s.lineText(s.screenTop() - 1), QStringLiteral("after 17"));
        QCOMPARE(s.lineText(s.screenTop() + 12), QStringLiteral("last"));
        s.resize({30, 10});
    }
}

void TestTerminalSurface::keysFollowCursorKeyMode()
{
    TerminalSurface s({20, 5});
    QByteArray written;
    s.setWriter([&](const QByteArray &b) { written += b; });
    s.sendKey(TerminalKey::Up);
    QCOMPARE(written, QByteArray("\x1b[A"));
    written.clear();
    s.feed("\x1b[?1h"); // DECCKM, what vim and less switch on
    s.sendKey(TerminalKey::Up);
    QCOMPARE(written, QByteArray("\x1bOA"));
    written.clear();
    s.sendKey(TerminalKey::F5);
    s.sendKey(TerminalKey::PageUp);
    s.sendKey(TerminalKey::Delete);
    QCOMPARE(written, QByteArray("\x1b[15~\x1b[5~\x1b[3~"));
}

void TestTerminalSurface::controlAndAltCombinations_data()
{
    QTest::addColumn<uint>("ch");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("Ctrl+C") << uint('c') << int(Qt::ControlModifier) << QByteArray("\x03");
    QTest::newRow("Ctrl+D") << uint('D') << int(Qt::ControlModifier) << QByteArray("\x04");
    QTest::newRow("Ctrl+[") << uint('[') << int(Qt::ControlModifier) << QByteArray("\x1b");
    QTest::newRow("Ctrl+Space") << uint(' ') << int(Qt::ControlModifier) << QByteArray("\0", 1);
    QTest::newRow("Alt+b") << uint('b') << int(Qt::AltModifier)
                           << QByteArray("\x1b"
                                         "b");
    QTest::newRow("Ctrl+Alt+x") << uint('x') << int(Qt::ControlModifier | Qt::AltModifier) << QByteArray("\x1b\x18");
    QTest::newRow("plain é") << uint(0xe9) << 0 << QByteArray("\xc3\xa9");
}

void TestTerminalSurface::controlAndAltCombinations()
{
    QFETCH(uint, ch);
    QFETCH(int, modifiers);
    QFETCH(QByteArray, bytes);
    TerminalSurface s({20, 5});
    QByteArray written;
    s.setWriter([&](const QByteArray &b) { written += b; });
    s.sendChar(char32_t(ch), Qt::KeyboardModifiers(modifiers));
    QCOMPARE(written, bytes);
}

void TestTerminalSurface::findInScrollback()
{
    TerminalSurface s({40, 5});
    for (int i = 0; i < 100; ++i)
        s.feed("entry " + QByteArray::number(i) + (i == 42 ? " Needle here" : "") + "\r\n");
    const auto hit = s.find(QStringLiteral("needle"), s.screenTop() + 4, 0, true);
    QVERIFY(hit.has_value());
    QCOMPARE(s.lineText(hit->first), QStringLiteral("entry 42 Needle here"));
    QCOMPARE(hit->second, 9);
    QVERIFY(!s.find(QStringLiteral("needle"), hit->first - 1, 0, true).has_value());
}

void TestTerminalSurface::wrappedLinesCopyAsOne()
{
    TerminalSurface s({10, 5});
    s.feed("0123456789abcde"); // wraps once
    s.feed("fghij");           // a second chunk ends exactly at the margin
    s.feed("XY\r\nnext\r\n");
    const qint64 top = s.screenTop();
    QCOMPARE(s.text(top, 0, top + 4, 0), QStringLiteral("0123456789abcdefghijXY\nnext\n"));
    QCOMPARE(s.lineText(top), QStringLiteral("0123456789"));
    // An explicit newline at the margin is a real line end.
    s.feed("\x1b[2J\x1b[H0123456789\r\nz");
    QCOMPARE(s.text(top, 0, top + 1, 10), QStringLiteral("0123456789\nz\n"));
    // Wrapped lines keep their flag in scrollback.
    TerminalSurface small({4, 2});
    small.feed("abcdefgh\r\n1\r\n2\r\n3");
    QCOMPARE(small.text(small.firstLine(), 0, small.firstLine() + 1, 4), QStringLiteral("abcdefgh\n"));
}

void TestTerminalSurface::garbageDoesNotCrash()
{
    TerminalSurface s({30, 8});
    QByteArray junk;
    quint32 x = 12345;
    for (int i = 0; i < 200000; ++i) {
        x = x * 1103515245u + 12345u;
        junk += char((x >> 16) & 0xff);
    }
    s.feed(junk);
    s.resize({5, 2});
    s.feed(junk.left(5000));
    s.resize({100, 40});
    s.feed("\x1b[H\x1b[2Jok");
    QCOMPARE(rowText(s, 0).left(2), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestTerminalSurface)
#include "tst_terminalsurface.moc"
