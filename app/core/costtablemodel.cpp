#include "costtablemodel.h"

#include "datasetmodel.h"
#include "format.h"
#include "modelselection.h"

#include <QColor>
#include <QFont>

namespace md {

CostTableModel::CostTableModel(const DatasetModel *source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
{
    m_workload.inputTokens = 1000;
    m_workload.outputTokens = 500;
    m_workload.requests = 100'000;
    // Values change in place: recompute and report changed cells. Structure changes: reset.
    connect(source, &QAbstractItemModel::dataChanged, this, &CostTableModel::recompute);
    connect(source, &QAbstractItemModel::headerDataChanged, this, &CostTableModel::recompute);
    connect(source, &QAbstractItemModel::columnsInserted, this, &CostTableModel::recompute);
    connect(source, &QAbstractItemModel::columnsRemoved, this, &CostTableModel::recompute);
    connect(source, &QAbstractItemModel::modelReset, this, &CostTableModel::rebuild);
    connect(source, &QAbstractItemModel::rowsInserted, this, &CostTableModel::rebuild);
    connect(source, &QAbstractItemModel::rowsRemoved, this, &CostTableModel::rebuild);
    connect(source, &QAbstractItemModel::rowsMoved, this, &CostTableModel::rebuild);
    rebuild();
}

const DatasetModel *CostTableModel::source() const
{
    return m_source.data();
}

void CostTableModel::setWorkload(const Workload &workload)
{
    if (workload == m_workload)
        return;
    m_workload = workload;
    recompute();
}

void CostTableModel::setBaselineModelId(const QString &modelId)
{
    if (modelId == m_baselineId)
        return;
    m_baselineId = modelId;
    recompute();
}

void CostTableModel::setBenchmarkId(const QString &benchmarkId)
{
    if (benchmarkId == m_benchmarkId)
        return;
    m_benchmarkId = benchmarkId;
    recompute();
    emit headerDataChanged(Qt::Horizontal, PerPointColumn, PerPointColumn);
}

void CostTableModel::setSelection(const ModelSelection *selection)
{
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    if (selection)
        connect(selection, &ModelSelection::selectionChanged, this, &CostTableModel::selectionChanged);
    selectionChanged();
}

void CostTableModel::selectionChanged()
{
    updateIndices();
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit costsChanged();
}

bool CostTableModel::isIncluded(int row) const
{
    return row >= 0 && row < rowCount() && (!m_selection || m_selection->isSelected(m_rows[size_t(row)].modelId));
}

int CostTableModel::includedCount() const
{
    int n = 0;
    for (int r = 0; r < rowCount(); ++r)
        n += isIncluded(r) ? 1 : 0;
    return n;
}

std::vector<int> CostTableModel::cheapestRows() const
{
    std::vector<int> rows;
    for (int r = 0; r < rowCount(); ++r) {
        if (isCheapest(r))
            rows.push_back(r);
    }
    return rows;
}

void CostTableModel::updateIndices()
{
    // CostCalculator::cheapest's rule (a model that cannot take the request is no answer), over
    // the included rows only.
    m_cheapest = -1;
    for (const bool mustFit : {true, false}) {
        for (int i = 0; i < int(m_rows.size()); ++i) {
            const CostRow &r = m_rows[size_t(i)];
            if (r.priced && isIncluded(i) && (!mustFit || CostCalculator::fits(r)) &&
                (m_cheapest < 0 || r.total < m_rows[size_t(m_cheapest)].total))
                m_cheapest = i;
        }
        if (m_cheapest >= 0)
            break;
    }
    m_baseline = m_source && !m_baselineId.isEmpty() ? m_source->dataset().modelIndex(m_baselineId) : -1;
}

void CostTableModel::setTokenCounter(TokenCounter counter)
{
    m_counter = std::move(counter);
    recompute();
}

const CostTableModel::ModelTokens *CostTableModel::countedFor(int row) const
{
    if (row < 0 || row >= int(m_counted.size()))
        return nullptr;
    const std::optional<ModelTokens> &counted = m_counted[size_t(row)];
    return counted ? &*counted : nullptr;
}

Workload CostTableModel::workloadFor(int row) const
{
    Workload w = m_workload;
    if (const ModelTokens *counted = countedFor(row)) {
        w.inputTokens = counted->input;
        if (counted->countsOutput)
            w.outputTokens = counted->output;
    }
    return w;
}

void CostTableModel::computeRows()
{
    if (!m_counter) {
        m_counted.clear();
        CostCalculator::compute(m_source->dataset(), m_workload, m_rows);
        return;
    }
    const std::vector<ModelInfo> &models = m_source->dataset().models;
    m_rows.resize(models.size());
    m_counted.assign(models.size(), std::nullopt);
    for (size_t i = 0; i < models.size(); ++i) {
        m_counted[i] = m_counter(models[i]);
        m_rows[i] = CostCalculator::compute(models[i], workloadFor(int(i)));
    }
}

void CostTableModel::rebuild()
{
    beginResetModel();
    if (m_source)
        computeRows();
    else
        m_rows.clear();
    updateIndices();
    endResetModel();
    emit costsChanged();
}

void CostTableModel::recompute()
{
    if (!m_source || m_source->dataset().models.size() != m_rows.size()) {
        rebuild();
        return;
    }
    computeRows();
    updateIndices();
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, PerPointColumn, PerPointColumn);
    emit costsChanged();
}

int CostTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CostTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CostTableModel::baselineSentence(int row) const
{
    if (row < 0 || row >= rowCount() || m_baseline < 0 || row == m_baseline)
        return {};
    const CostRow &r = m_rows[size_t(row)];
    const CostRow &base = m_rows[size_t(m_baseline)];
    // A model that cannot take the request has no cost for this workload to compare with one that can: say so
    // instead. When neither can (1M tokens in one request), what is left is a comparison of prices.
    const bool baseServes = !base.exceedsContext && !base.exceedsMaxOutput;
    const bool rowServes = !r.exceedsContext && !r.exceedsMaxOutput;
    if (!baseServes && rowServes)
        return tr("The baseline %1 cannot serve this workload (the request is longer than it takes), so nothing "
                  "is compared with it")
            .arg(base.modelName);
    if (baseServes && !rowServes)
        return tr("%1 cannot serve this workload (the request is longer than it takes), so it is not compared with "
                  "%2")
            .arg(r.modelName, base.modelName);
    const CostComparison c = r.priced && base.priced ? CostCalculator::compare(r.total, base.total) : CostComparison{};
    return CostCalculator::describe(r.modelName, base.modelName, c);
}

std::optional<Money> CostTableModel::perScorePoint(int row) const
{
    if (row < 0 || row >= rowCount() || !m_source || !m_rows[size_t(row)].priced)
        return std::nullopt;
    const auto score = m_source->dataset().models[size_t(row)].score(m_benchmarkId);
    return CostCalculator::perScorePoint(m_rows[size_t(row)].perMonth,
                                         score ? std::optional<double>(score->value) : std::nullopt);
}

QString CostTableModel::notesText(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return CostCalculator::notes(m_rows[size_t(row)], workloadFor(row)).join(QLatin1String("; "));
}

bool CostTableModel::isCheapest(int row) const
{
    // Ties are all cheapest: at 1M prompt tokens Gemini 1.5 Flash and GPT-4o mini cost the same.
    return isIncluded(row) && CostCalculator::isCheapest(m_rows, m_cheapest, row);
}

QString CostTableModel::benchmarkName() const
{
    const Benchmark *b = m_source && !m_benchmarkId.isEmpty() ? m_source->dataset().benchmark(m_benchmarkId) : nullptr;
    return b ? b->name : QString();
}

QVariant CostTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CostRow &row = m_rows[size_t(index.row())];
    const bool cheapest = isCheapest(index.row());
    const bool warning = row.exceedsContext || row.exceedsMaxOutput;
    switch (role) {
    case ModelIdRole:
        return row.modelId;
    case IsCheapestRole:
        return cheapest;
    case IsBaselineRole:
        return index.row() == m_baseline;
    case HasWarningRole:
        return warning;
    case PricedRole:
        return row.priced;
    case IsFreeRole:
        return isFree(row);
    case IncludedRole:
        return isIncluded(index.row());
    case Qt::FontRole:
        if (cheapest || (index.row() == m_baseline && index.column() == ModelColumn)) {
            QFont f;
            f.setBold(cheapest);
            f.setItalic(!cheapest);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        return cheapest ? QVariant(QColor(0x2E, 0xA0, 0x43, 60)) : QVariant();
    case Qt::ForegroundRole:
        // Orange-red reads on light and dark backgrounds alike.
        return warning && (index.column() == NotesColumn || index.column() == ModelColumn)
                   ? QVariant(QColor(0xD0, 0x50, 0x20))
                   : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == ModelColumn || index.column() == NotesColumn
                   ? QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        QStringList lines;
        if (cheapest)
            lines << tr("Cheapest for this workload");
        const QString sentence = baselineSentence(index.row());
        if (!sentence.isEmpty())
            lines << sentence;
        if (row.priced)
            lines << tr("Prices used per 1M tokens: input %1, cached input %2, output %3")
                         .arg(Format::pricePerMTok(row.inputPrice), Format::pricePerMTok(row.cachedPrice),
                              Format::pricePerMTok(row.outputPrice));
        for (const QString &note : CostCalculator::notes(row, workloadFor(index.row())))
            lines << note;
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case MoneyUnitsRole:
    case Qt::DisplayRole:
        return displayData(row, index.row(), index.column(), role);
    default:
        return {};
    }
}

QVariant CostTableModel::displayData(const CostRow &row, int rowIndex, int column, int role) const
{
    const bool display = role == Qt::DisplayRole;
    if (column == ModelColumn) // the warning shows where the eye starts, the reason in Notes and the tooltip
        return display ? QVariant(row.exceedsContext || row.exceedsMaxOutput ? QStringLiteral("⚠ ") + row.modelName
                                                                             : row.modelName)
                       : QVariant();
    if (column == NotesColumn) {
        if (!display)
            return {};
        const QString notes = notesText(rowIndex);
        return row.exceedsContext || row.exceedsMaxOutput ? QString(QStringLiteral("⚠ ") + notes) : notes;
    }
    if (column == TokensColumn) {
        const Workload w = workloadFor(rowIndex);
        const ModelTokens *counted = countedFor(rowIndex);
        const bool estimate = counted && counted->estimate;
        const QString mark = estimate ? QStringLiteral("~") : QString();
        const QLocale locale;
        return display ? QVariant(tr("%1 + %2").arg(mark + locale.toString(w.inputTokens),
                                                    mark + locale.toString(w.outputTokens)))
                       : QVariant(double(w.inputTokens + w.outputTokens));
    }
    if (!row.priced)
        return display ? QVariant(Format::notAvailable()) : QVariant();
    const QLocale locale;
    const bool free = isFree(row);
    const auto money = [&](Money m, const QString &text) {
        return display ? QVariant(free ? tr("free") : text) : QVariant(double(m.units()));
    };
    switch (column) {
    case PerRequestColumn:
        return money(row.perRequest, row.perRequest.toStringTrimmed(locale, 6));
    case InputColumn:
        return money(row.inputPerRequest, row.inputPerRequest.toStringTrimmed(locale, 6));
    case OutputColumn:
        return money(row.outputPerRequest, row.outputPerRequest.toStringTrimmed(locale, 6));
    case PerDayColumn:
        return money(row.perDay, row.perDay.toString(locale, 2));
    case PerMonthColumn:
        return money(row.perMonth, row.perMonth.toString(locale, 2));
    case BlendedColumn:
        return money(row.blendedPerMTok, row.blendedPerMTok.toStringTrimmed(locale, 4));
    case VsCheapestColumn: {
        const qint64 tenths =
            m_cheapest < 0 ? -1 : CostCalculator::ratioTenths(row.total, m_rows[size_t(m_cheapest)].total);
        if (!display)
            return tenths < 0 ? QVariant() : QVariant(double(tenths));
        if (isCheapest(rowIndex))
            return tr("cheapest");
        return tenths < 0 ? Format::notAvailable() : tr("%1×").arg(locale.toString(double(tenths) / 10.0, 'f', 1));
    }
    case VsBaselineColumn: {
        if (m_baseline < 0)
            return display ? QVariant(Format::notAvailable()) : QVariant();
        if (rowIndex == m_baseline)
            return display ? QVariant(tr("baseline")) : QVariant(0.0);
        const CostRow &base = m_rows[size_t(m_baseline)];
        // A request only one of them can take is not compared (as baselineSentence()).
        const bool serves =
            (!base.exceedsContext && !base.exceedsMaxOutput) == (!row.exceedsContext && !row.exceedsMaxOutput);
        const CostComparison c =
            base.priced && serves ? CostCalculator::compare(row.total, base.total) : CostComparison{};
        if (!display)
            return c.kind == CostComparison::Invalid
                       ? QVariant()
                       : QVariant(double(CostCalculator::ratioTenths(row.total, base.total)));
        return CostCalculator::describeShort(c, locale);
    }
    case PerPointColumn: {
        const auto perPoint = perScorePoint(rowIndex);
        if (!perPoint)
            return display ? QVariant(Format::notAvailable()) : QVariant();
        return money(*perPoint, *perPoint < Money::fromMicroDollars(1'000'000) ? perPoint->toStringTrimmed(locale, 4)
                                                                               : perPoint->toString(locale, 2));
    }
    default:
        return {};
    }
}

QVariant CostTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PerDayColumn:
        case PerMonthColumn:
            return tr("A month is %1 days").arg(Workload::DaysPerMonth);
        case BlendedColumn:
            return tr("What 1M tokens of this workload cost, input and output together");
        case VsBaselineColumn:
            return tr("Cost of the workload compared with the baseline model");
        case PerPointColumn:
            return tr("Monthly cost divided by the model's score on the chosen benchmark");
        case TokensColumn:
            return tr("Input and output tokens of one request on this model; ~ marks an estimate (the model's "
                      "tokenizer is not public)");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ModelColumn:
        return tr("Model");
    case PerRequestColumn:
        return tr("Per request");
    case InputColumn:
        return tr("Input part");
    case OutputColumn:
        return tr("Output part");
    case PerDayColumn:
        return tr("Per day");
    case PerMonthColumn:
        return tr("Per month");
    case BlendedColumn:
        return tr("Blended $/1M");
    case VsCheapestColumn:
        return tr("vs. cheapest");
    case VsBaselineColumn:
        return tr("vs. baseline");
    case PerPointColumn: {
        const QString name = benchmarkName();
        return name.isEmpty() ? tr("Per point / month") : tr("Per %1 point / month").arg(name);
    }
    case NotesColumn:
        return tr("Notes");
    case TokensColumn:
        return tr("Tokens in + out");
    default:
        return {};
    }
}

} // namespace md
