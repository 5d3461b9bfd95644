#include "csvtests.h"

#include "assertionkinds.h"
#include "suitereader.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace md::eval {

Assertion assertionFromString(const QString &input)
{
    Assertion a;
    const QString text = input.trimmed();
    auto make = [&](const QString &type, const QJsonValue &value) {
        a.type = type;
        a.inverse = type.startsWith(QLatin1String("not-"));
        a.baseType = a.inverse ? type.mid(4) : type;
        a.value = value;
        return a;
    };
    for (const char *prefix : {"javascript:", "fn:", "eval:"}) {
        if (text.startsWith(QLatin1String(prefix)))
            return make(QStringLiteral("javascript"), text.mid(qsizetype(qstrlen(prefix))).trimmed());
    }
    for (const char *prefix : {"grade:", "llm-rubric:"}) {
        if (text.startsWith(QLatin1String(prefix)))
            return make(QStringLiteral("llm-rubric"),
                        text.mid(qsizetype(qstrlen(prefix)))); // not trimmed, as promptfoo
    }
    // type, type(threshold), type:value, not-type:value
    static const QRegularExpression form(
        QStringLiteral(R"(^(not-)?([a-z][a-z0-9]*(?:-[a-z0-9]+)*)(?:\((\d+(?:\.\d+)?)\))?(?::([\s\S]*))?$)"));
    const QRegularExpressionMatch m = form.match(text);
    if (m.hasMatch()) {
        const QString base = m.captured(2);
        const AssertionKind *kind = findAssertionKind(base);
        if (kind || isKnownUnsupported(base)) {
            const QString value = m.captured(4);
            QJsonValue v;
            if (kind && kind->listValue) {
                QJsonArray list;
                for (const QString &part : value.split(QLatin1Char(',')))
                    list.append(part.trimmed());
                v = list;
            } else if (m.capturedLength(4) > 0 || m.capturedStart(4) >= 0) {
                v = value.trimmed();
            }
            if (base == QLatin1String("is-json") || base == QLatin1String("contains-json"))
                v = value.trimmed().isEmpty() ? QJsonValue() : QJsonValue(value.trimmed());
            make(m.captured(1) + base, v);
            if (!m.captured(3).isEmpty())
                a.threshold = m.captured(3).toDouble();
            return a;
        }
    }
    return make(QStringLiteral("equals"), text);
}

Result<std::vector<CsvTests::Row>> CsvTests::rows(const QString &text, const QString &path)
{
    std::vector<Row> out;
    Row row;
    QString cell;
    bool quoted = false;
    bool cellStarted = false;
    int line = 1;
    row.line = 1;
    qsizetype i = text.startsWith(QChar(0xFEFF)) ? 1 : 0;
    int quoteLine = 0;
    auto endRow = [&] {
        row.cells << cell;
        cell.clear();
        cellStarted = false;
        if (!(row.cells.size() == 1 && row.cells.front().isEmpty()))
            out.push_back(row);
        row = {};
        row.line = line;
    };
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !cellStarted) {
            quoted = true;
            cellStarted = true;
            quoteLine = line;
        } else if (c == QLatin1Char(',')) {
            row.cells << cell;
            cell.clear();
            cellStarted = false;
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRow();
        } else {
            cell += c;
            cellStarted = true;
        }
    }
    if (quoted)
        return Result<std::vector<Row>>::failure(
            tr("%1:%2: a quoted field is never closed").arg(QFileInfo(path).fileName()).arg(quoteLine));
    if (cellStarted || !cell.isEmpty() || !row.cells.isEmpty())
        endRow();
    return out;
}

Result<std::vector<TestCase>> CsvTests::parse(const QString &text, const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    auto table = rows(text, path);
    if (!table)
        return Result<std::vector<TestCase>>::failure(table.error());
    const std::vector<Row> &all = table.value();
    if (all.empty())
        return Result<std::vector<TestCase>>::failure(tr("%1: no header row").arg(name));
    const QStringList header = all.front().cells;
    std::vector<TestCase> tests;
    for (size_t r = 1; r < all.size(); ++r) {
        const Row &row = all[r];
        if (row.cells.size() > header.size())
            return Result<std::vector<TestCase>>::failure(tr("%1:%2: %3 fields, the header has %4")
                                                              .arg(name)
                                                              .arg(row.line)
                                                              .arg(row.cells.size())
                                                              .arg(header.size()));
        TestCase t;
        t.where = {path, row.line};
        for (qsizetype c = 0; c < header.size(); ++c) {
            const QString key = header.at(c).trimmed();
            const QString value = row.cells.value(c);
            if (key.startsWith(QLatin1String("__expected"))) {
                if (value.isEmpty())
                    continue;
                Assertion a = assertionFromString(value);
                a.where = t.where;
                t.asserts.push_back(std::move(a));
            } else if (key == QLatin1String("__description")) {
                t.description = value;
            } else if (key == QLatin1String("__threshold")) {
                bool ok = false;
                const double d = value.toDouble(&ok);
                if (!value.isEmpty() && !ok)
                    return Result<std::vector<TestCase>>::failure(
                        tr("%1:%2: __threshold must be a number").arg(name).arg(row.line));
                if (ok)
                    t.threshold = d;
            } else if (!key.startsWith(QLatin1String("__"))) {
                t.vars.insert(key, value);
            }
        }
        tests.push_back(std::move(t));
    }
    return tests;
}

} // namespace md::eval
