#include "core/labjsonfile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>

namespace ckx {

namespace {

// Walks text that QJsonDocument has already accepted and records where each value starts, keyed by the same
// JSON paths the reader uses. It trusts the text to be valid JSON, so it never has to report errors; the bounds
// checks are there so that a mismatch between the two parsers can only lose positions, never crash.
class PathScanner
{
public:
    PathScanner(const QByteArray &text, qsizetype start, QHash<QString, qsizetype> &out, QStringList &duplicates)
        : m_text(text), m_pos(start), m_out(out), m_duplicates(duplicates)
    {}

    void run() { value(QString(), 0); }

private:
    static constexpr int MaxDepth = 2048; // deeper than QJsonDocument accepts

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }

    void skipSpace()
    {
        while (!atEnd()) {
            const char c = m_text.at(m_pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }

    // Returns the raw bytes of a string token (without quotes) and moves past it.
    QByteArray stringToken()
    {
        const qsizetype begin = ++m_pos; // opening quote
        while (!atEnd()) {
            const char c = m_text.at(m_pos);
            if (c == '\\') {
                m_pos += 2;
                continue;
            }
            if (c == '"')
                break;
            ++m_pos;
        }
        const QByteArray raw = m_text.mid(begin, m_pos - begin);
        ++m_pos; // closing quote
        return raw;
    }

    static QString decodeKey(const QByteArray &raw)
    {
        if (!raw.contains('\\'))
            return QString::fromUtf8(raw);
        const QJsonDocument d = QJsonDocument::fromJson("[\"" + raw + "\"]");
        return d.array().at(0).toString();
    }

    static QString join(const QString &path, const QString &key) { return path.isEmpty() ? key : path + u'.' + key; }

    void value(const QString &path, int depth)
    {
        skipSpace();
        if (atEnd() || depth > MaxDepth)
            return;
        m_out.insert(path, m_pos);
        const char c = peek();
        if (c == '{') {
            ++m_pos;
            QSet<QString> keys;
            while (true) {
                skipSpace();
                if (atEnd() || peek() == '}') {
                    ++m_pos;
                    return;
                }
                if (peek() == ',') {
                    ++m_pos;
                    continue;
                }
                if (peek() != '"')
                    return;
                const QString key = decodeKey(stringToken());
                if (keys.contains(key))
                    m_duplicates.append(join(path, key));
                keys.insert(key);
                skipSpace();
                if (peek() != ':')
                    return;
                ++m_pos;
                value(join(path, key), depth + 1);
            }
        } else if (c == '[') {
            ++m_pos;
            int index = 0;
            while (true) {
                skipSpace();
                if (atEnd() || peek() == ']') {
                    ++m_pos;
                    return;
                }
                if (peek() == ',') {
                    ++m_pos;
                    continue;
                }
                value(path + u'[' + QString::number(index++) + u']', depth + 1);
            }
        } else if (c == '"') {
            stringToken();
        } else {
            while (!atEnd()) {
                const char d = peek();
                if (d == ',' || d == ']' || d == '}' || d == ' ' || d == '\n' || d == '\r' || d == '\t')
                    break;
                ++m_pos;
            }
        }
    }

    const QByteArray &m_text;
    qsizetype m_pos;
    QHash<QString, qsizetype> &m_out;
    QStringList &m_duplicates;
};

LabProblem fileError(const QString &path, const QString &message)
{
    LabProblem p;
    p.file = path;
    p.message = message;
    return p;
}

} // namespace

std::optional<LabJsonFile> LabJsonFile::read(const QString &path, QList<LabProblem> &problems)
{
    QFile f(path);
    if (!QFileInfo(path).isFile()) {
        problems.append(fileError(path, QStringLiteral("file not found; expected a JSON file here")));
        return std::nullopt;
    }
    if (f.size() > MaxBytes) {
        problems.append(fileError(path, QStringLiteral("file is %1 bytes; a lab-pack JSON file is expected to be under "
                                                       "%2 bytes")
                                            .arg(f.size())
                                            .arg(MaxBytes)));
        return std::nullopt;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        problems.append(fileError(path, QStringLiteral("cannot read the file: %1").arg(f.errorString())));
        return std::nullopt;
    }
    LabJsonFile file;
    file.m_path = path;
    file.m_text = f.readAll();
    // Editors on Windows like to add a UTF-8 byte-order mark; QJsonDocument rejects it, we skip it.
    const qsizetype start = file.m_text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const QByteArray body = file.m_text.mid(start);
    if (body.trimmed().isEmpty()) {
        problems.append(fileError(path, QStringLiteral("file is empty; expected a JSON document")));
        return std::nullopt;
    }
    QJsonParseError error;
    file.m_doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        LabProblem p = fileError(path, QStringLiteral("invalid JSON: %1").arg(error.errorString()));
        // Qt reports the offset just past the token it choked on; the start of that token is what a person wants.
        const qsizetype at = error.offset > 0 ? qsizetype(error.offset) - 1 : 0;
        const qsizetype offset = start + std::clamp<qsizetype>(at, 0, body.size());
        std::tie(p.line, p.column) = lineColumn(file.m_text, offset);
        problems.append(p);
        return std::nullopt;
    }
    PathScanner(file.m_text, start, file.m_offsets, file.m_duplicateKeys).run();
    return file;
}

std::pair<int, int> LabJsonFile::position(const QString &jsonPath) const
{
    QString p = jsonPath;
    while (true) {
        const auto it = m_offsets.constFind(p);
        if (it != m_offsets.constEnd())
            return lineColumn(m_text, it.value());
        if (p.isEmpty())
            return {0, 0};
        const qsizetype cut = std::max(p.lastIndexOf(u'.'), p.lastIndexOf(u'['));
        p = cut > 0 ? p.left(cut) : QString();
    }
}

std::pair<int, int> LabJsonFile::lineColumn(const QByteArray &utf8, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, utf8.size());
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(utf8.at(i));
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) { // count characters: skip UTF-8 continuation bytes
            ++column;
        }
    }
    return {line, column};
}

} // namespace ckx
