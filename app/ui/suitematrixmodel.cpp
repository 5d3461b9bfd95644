#include "suitematrixmodel.h"

#include "eval/evalreport.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QSet>

namespace md {

SuiteMatrixModel::SuiteMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

SuiteMatrixModel::~SuiteMatrixModel() = default;

void SuiteMatrixModel::setRun(const eval::EvalRun *run)
{
    beginResetModel();
    m_run = run;
    m_changes.clear();
    endResetModel();
}

void SuiteMatrixModel::setComparison(const eval::EvalRun *other)
{
    m_changes.clear();
    if (m_run && other) {
        for (const eval::CellChange &c : eval::compareRuns(*other, *m_run)) {
            const int row = c.test * int(m_run->prompts.size()) + c.prompt;
            m_changes.insert((quint64(row) << 32) | quint64(c.provider), c.before);
        }
    }
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void SuiteMatrixModel::cellUpdated(int cellIndex)
{
    if (!m_run || cellIndex < 0 || cellIndex >= m_run->total())
        return;
    const eval::Cell &c = m_run->cells[size_t(cellIndex)];
    const int row = c.test * int(m_run->prompts.size()) + c.prompt;
    // The whole row: whether the models disagree depends on every cell of it.
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, c.provider, c.provider);
}

int SuiteMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_run ? 0 : int(m_run->tests.size() * m_run->prompts.size());
}

int SuiteMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_run ? 0 : int(m_run->providers.size());
}

std::vector<const eval::Cell *> SuiteMatrixModel::cellsAt(int row, int column) const
{
    std::vector<const eval::Cell *> out;
    const int prompts = int(m_run->prompts.size());
    for (int r = 0; r < m_run->repeat; ++r)
        if (const eval::Cell *c = m_run->cell(row / prompts, row % prompts, column, r))
            out.push_back(c);
    return out;
}

SuiteMatrixModel::Verdict SuiteMatrixModel::verdict(int row, int column) const
{
    int pass = 0, fail = 0, error = 0, done = 0;
    for (const eval::Cell *c : cellsAt(row, column)) {
        if (!c->done)
            continue;
        ++done;
        if (!c->error.isEmpty())
            ++error;
        else if (c->pass)
            ++pass;
        else
            ++fail;
    }
    if (done == 0)
        return NotRun;
    if (pass == done)
        return Pass;
    if (error == done)
        return Error;
    if (fail + error == done)
        return Fail;
    return Mixed;
}

QString SuiteMatrixModel::tooltip(int row, int column) const
{
    QStringList lines;
    const QLocale locale;
    for (const eval::Cell *c : cellsAt(row, column)) {
        if (!c->done)
            continue;
        QString line = eval::EvalReport::verdictText(*c);
        if (!c->error.isEmpty())
            line += QStringLiteral(": ") + c->error;
        else if (const eval::CheckResult *f = c->failingCheck())
            line += QStringLiteral(": ") + f->type + QStringLiteral(" — ") + f->reason;
        line += QStringLiteral(" · ") + tr("%1 ms").arg(locale.toString(c->latencyMs));
        if (c->cost)
            line += QStringLiteral(" · ") + c->cost->toStringTrimmed(locale, 6);
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QString SuiteMatrixModel::detail(int row, int column) const
{
    const QLocale locale;
    const int prompts = int(m_run->prompts.size());
    QString html = QStringLiteral("<h3>%1 · %2</h3>")
                       .arg(eval::EvalReport::testName(*m_run, row / prompts).toHtmlEscaped(),
                            m_run->providerName(column).toHtmlEscaped());
    for (const eval::Cell *c : cellsAt(row, column)) {
        if (m_run->repeat > 1)
            html += QStringLiteral("<h4>%1</h4>").arg(tr("Repeat %1").arg(c->repeat + 1));
        if (!c->done) {
            html += QStringLiteral("<p>%1</p>").arg(tr("Not run yet."));
            continue;
        }
        html += QStringLiteral("<p><b>%1</b> · %2")
                    .arg(eval::EvalReport::verdictText(*c), tr("%1 ms").arg(locale.toString(c->latencyMs)));
        if (c->ttftMs >= 0)
            html += QStringLiteral(" · ") + tr("first token %1 ms").arg(locale.toString(c->ttftMs));
        if (c->cost)
            html += QStringLiteral(" · ") + c->cost->toStringTrimmed(locale, 6);
        if (c->cached)
            html += QStringLiteral(" · ") + tr("from the cache");
        html += QStringLiteral("</p>");
        if (!c->error.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(c->error.toHtmlEscaped());
        html += QStringLiteral("<pre style=\"white-space: pre-wrap\">%1</pre>").arg(c->output.toHtmlEscaped());
        if (!c->checks.empty()) {
            html += QStringLiteral("<ul>");
            for (const eval::CheckResult &check : c->checks) {
                const QString mark = check.skipped ? QStringLiteral("–")
                                     : check.pass  ? QStringLiteral("✓")
                                                   : QStringLiteral("✗");
                html += QStringLiteral("<li>%1 <b>%2</b>: %3")
                            .arg(mark, check.type.toHtmlEscaped(), check.reason.toHtmlEscaped());
                if (!check.gradingPrompt.isEmpty())
                    html += QStringLiteral("<br>%1<pre style=\"white-space: pre-wrap\">%2</pre>")
                                .arg(tr("Grading prompt:"), check.gradingPrompt.toHtmlEscaped());
                html += QStringLiteral("</li>");
            }
            html += QStringLiteral("</ul>");
        }
    }
    return html;
}

QVariant SuiteMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!m_run || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const Verdict v = verdict(row, column);
    const QString changed = m_changes.value((quint64(row) << 32) | quint64(column));
    switch (role) {
    case Qt::DisplayRole: {
        QString text;
        switch (v) {
        case NotRun:
            text = QStringLiteral("…");
            break;
        case Pass:
            text = tr("✓ pass");
            break;
        case Fail:
            text = tr("✗ fail");
            break;
        case Error:
            text = tr("⚠ error");
            break;
        case Mixed: {
            int passed = 0, done = 0;
            for (const eval::Cell *c : cellsAt(row, column)) {
                done += c->done ? 1 : 0;
                passed += c->done && c->pass ? 1 : 0;
            }
            text = tr("%1/%2 pass").arg(passed).arg(done);
            break;
        }
        }
        if (!changed.isEmpty())
            text += QStringLiteral("  ") + tr("(was %1)").arg(changed);
        return text;
    }
    case Qt::ToolTipRole:
        return tooltip(row, column);
    case Qt::BackgroundRole:
        switch (v) {
        case Pass:
            return QColor(46, 160, 67, 60);
        case Fail:
            return QColor(218, 54, 51, 70);
        case Error:
            return QColor(210, 153, 34, 80);
        case Mixed:
            return QColor(210, 153, 34, 45);
        case NotRun:
            break;
        }
        return {};
    case Qt::FontRole:
        if (!changed.isEmpty()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case VerdictRole:
        return int(v);
    case ChangedRole:
        return changed;
    case DetailRole:
        return detail(row, column);
    case DisagreeRole: {
        QSet<int> seen;
        for (int c = 0; c < columnCount(); ++c)
            if (const Verdict other = verdict(row, c); other != NotRun)
                seen.insert(other == Error ? int(Fail) : int(other));
        return seen.size() > 1;
    }
    case FailureRole:
        for (int c = 0; c < columnCount(); ++c)
            if (const Verdict other = verdict(row, c); other == Fail || other == Error || other == Mixed)
                return true;
        return false;
    default:
        return {};
    }
}

QVariant SuiteMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_run || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return {};
        const int prompts = int(m_run->prompts.size());
        QString name = eval::EvalReport::testName(*m_run, section / prompts);
        if (prompts > 1)
            name += QStringLiteral(" · #%1").arg(section % prompts + 1);
        return name.length() > 60 ? name.left(59) + QStringLiteral("…") : name;
    }
    if (section < 0 || section >= columnCount())
        return {};
    const eval::ProviderSummary s = m_run->summary(section);
    const QLocale locale;
    if (role == Qt::ToolTipRole)
        return tr("%1 (%2): pass rate, total cost, median latency")
            .arg(m_run->providerName(section), m_run->providers[size_t(section)].spec.model);
    return tr("%1\n%2% pass\n%3 · p50 %4 ms")
        .arg(m_run->providerName(section))
        .arg(locale.toString(s.passRate, 'f', 0))
        .arg(s.costKnown ? s.cost.toStringTrimmed(locale, 4) : tr("no price"))
        .arg(locale.toString(s.latencyP50));
}

SuiteFilterProxy::SuiteFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void SuiteFilterProxy::setFailuresOnly(bool on)
{
    m_failuresOnly = on;
    invalidateFilter();
}

void SuiteFilterProxy::setDisagreeOnly(bool on)
{
    m_disagreeOnly = on;
    invalidateFilter();
}

bool SuiteFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!first.isValid())
        return true;
    if (m_failuresOnly && !first.data(SuiteMatrixModel::FailureRole).toBool())
        return false;
    if (m_disagreeOnly && !first.data(SuiteMatrixModel::DisagreeRole).toBool())
        return false;
    return true;
}

} // namespace md
