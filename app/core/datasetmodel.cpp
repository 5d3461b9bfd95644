#include "datasetmodel.h"

#include "datasetjson.h"
#include "format.h"

namespace md {

namespace {
std::optional<MicroUsdPerMTok> *priceSlot(PriceEntry &price, int column)
{
    switch (column) {
    case DatasetModel::InputPriceColumn:
        return &price.input;
    case DatasetModel::OutputPriceColumn:
        return &price.output;
    case DatasetModel::CachedInputPriceColumn:
        return &price.cachedInput;
    case DatasetModel::BatchInputPriceColumn:
        return &price.batchInput;
    case DatasetModel::BatchOutputPriceColumn:
        return &price.batchOutput;
    default:
        return nullptr;
    }
}

// An empty cell, "n/a" or "-" in an editor means "not reported".
bool isMissingInput(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return true;
    if (value.userType() == QMetaType::QString) {
        const QString s = value.toString().trimmed();
        return s.isEmpty() || s == Format::notAvailable() || s == QLatin1String("n/a") || s == QLatin1String("-");
    }
    return false;
}

std::optional<double> toDouble(const QVariant &value)
{
    bool ok = false;
    QString text = value.toString().trimmed();
    text.remove(QLatin1Char('$'));
    double d = value.userType() == QMetaType::QString ? QLocale().toDouble(text, &ok) : value.toDouble(&ok);
    if (!ok && value.userType() == QMetaType::QString)
        d = text.toDouble(&ok);
    return ok ? std::optional<double>(d) : std::nullopt;
}
} // namespace

DatasetModel::DatasetModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DatasetModel::setDataset(Dataset dataset)
{
    beginResetModel();
    m_dataset = std::move(dataset);
    endResetModel();
}

int DatasetModel::benchmarkIndexForColumn(int column) const
{
    const int i = column - ColumnCount;
    return i >= 0 && i < int(m_dataset.benchmarks.size()) ? i : -1;
}

int DatasetModel::columnForBenchmark(const QString &benchmarkId) const
{
    const int i = m_dataset.benchmarkIndex(benchmarkId);
    return i < 0 ? -1 : ColumnCount + i;
}

int DatasetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_dataset.models.size());
}

int DatasetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount + int(m_dataset.benchmarks.size());
}

std::optional<MicroUsdPerMTok> DatasetModel::priceField(const PriceEntry &price, Column column)
{
    auto *slot = priceSlot(const_cast<PriceEntry &>(price), column);
    return slot ? *slot : std::nullopt;
}

QVariant DatasetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ModelInfo &model = m_dataset.models[size_t(index.row())];
    if (role == ModelIdRole)
        return model.id;
    if (role == HandEditedRole)
        return model.handEdited.contains(fieldKey(index.column()));
    const int b = benchmarkIndexForColumn(index.column());
    if (b >= 0)
        return scoreData(model, m_dataset.benchmarks[size_t(b)], role);
    return factData(model, index.column(), role);
}

QVariant DatasetModel::scoreData(const ModelInfo &model, const Benchmark &benchmark, int role) const
{
    const auto score = model.score(benchmark.id);
    switch (role) {
    case Qt::DisplayRole:
        return Format::score(score ? std::optional<double>(score->value) : std::nullopt);
    case Qt::EditRole:
    case NumericRole:
        return score ? QVariant(score->value) : QVariant();
    case Qt::ToolTipRole:
        return score ? tr("%1 on %2: %3\nSource: %4")
                           .arg(model.name, benchmark.name, Format::score(score->value),
                                score->source.isEmpty() ? Format::notAvailable() : score->source)
                     : tr("%1 on %2: not reported").arg(model.name, benchmark.name);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case BenchmarkIdRole:
        return benchmark.id;
    case SourceRole:
        return score ? score->source : QString();
    case IsMissingRole:
        return !score.has_value();
    default:
        return {};
    }
}

QVariant DatasetModel::factData(const ModelInfo &model, int column, int role) const
{
    const PriceEntry *price = model.currentPrice();
    if (isPriceColumn(column)) {
        const auto value = price ? priceField(*price, Column(column)) : std::nullopt;
        switch (role) {
        case Qt::DisplayRole:
            return Format::pricePerMTok(value);
        case Qt::EditRole:
        case NumericRole:
            return value ? QVariant(dollarsFromMicroUsd(*value)) : QVariant();
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        case SourceRole:
            return price ? price->source : QString();
        case IsMissingRole:
            return !value.has_value();
        case Qt::ToolTipRole:
            return price ? tr("Per 1M tokens, effective %1\nSource: %2")
                               .arg(QLocale().toString(price->effective, QLocale::ShortFormat), price->source)
                         : tr("No price in the dataset");
        default:
            return {};
        }
    }

    const bool display = role == Qt::DisplayRole;
    if (!display && role != Qt::EditRole && role != NumericRole) {
        if (role == Qt::TextAlignmentRole && (column == ContextWindowColumn || column == MaxOutputColumn))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    switch (column) {
    case IdColumn:
        return role == NumericRole ? QVariant() : model.id;
    case NameColumn:
        return role == NumericRole ? QVariant() : model.name;
    case VendorColumn:
        return role == NumericRole ? QVariant() : model.vendor;
    case ReleasedColumn:
        if (role == NumericRole)
            return {};
        if (display)
            return model.released.isValid() ? QLocale().toString(model.released, QLocale::ShortFormat)
                                            : Format::notAvailable();
        return model.released;
    case ContextWindowColumn:
        return display ? QVariant(Format::tokens(model.contextWindow)) : QVariant(model.contextWindow);
    case MaxOutputColumn:
        return display ? QVariant(Format::tokens(model.maxOutputTokens)) : QVariant(model.maxOutputTokens);
    case KnowledgeCutoffColumn:
        return role == NumericRole ? QVariant() : model.knowledgeCutoff;
    case ModalitiesColumn:
        return role == NumericRole ? QVariant() : model.modalities.join(QLatin1String(", "));
    default:
        return {};
    }
}

Qt::ItemFlags DatasetModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (index.column() != IdColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant DatasetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return section + 1;
        return {};
    }
    const int b = benchmarkIndexForColumn(section);
    if (b >= 0) {
        const Benchmark &bench = m_dataset.benchmarks[size_t(b)];
        switch (role) {
        case Qt::DisplayRole:
            return bench.name;
        case Qt::ToolTipRole:
            return bench.description.isEmpty() ? bench.name : bench.name + QLatin1String(": ") + bench.description;
        case BenchmarkIdRole:
            return bench.id;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && isPriceColumn(section))
        return tr("US dollars per 1M tokens, from the newest price entry");
    if (role != Qt::DisplayRole)
        return {};
    const QString title = columnTitle(section);
    return title.isEmpty() ? QVariant() : QVariant(title);
}

QString DatasetModel::columnTitle(int column)
{
    switch (column) {
    case IdColumn:
        return tr("ID");
    case NameColumn:
        return tr("Model");
    case VendorColumn:
        return tr("Vendor");
    case ReleasedColumn:
        return tr("Released");
    case ContextWindowColumn:
        return tr("Context");
    case MaxOutputColumn:
        return tr("Max output");
    case KnowledgeCutoffColumn:
        return tr("Knowledge cutoff");
    case ModalitiesColumn:
        return tr("Modalities");
    case InputPriceColumn:
        return tr("Input $/1M");
    case OutputPriceColumn:
        return tr("Output $/1M");
    case CachedInputPriceColumn:
        return tr("Cached input $/1M");
    case BatchInputPriceColumn:
        return tr("Batch input $/1M");
    case BatchOutputPriceColumn:
        return tr("Batch output $/1M");
    default:
        return QString();
    }
}

QString DatasetModel::fieldKeyForFact(int column)
{
    switch (column) {
    case NameColumn:
        return QStringLiteral("name");
    case VendorColumn:
        return QStringLiteral("vendor");
    case ReleasedColumn:
        return QStringLiteral("release_date");
    case ContextWindowColumn:
        return QStringLiteral("context_window");
    case MaxOutputColumn:
        return QStringLiteral("max_output_tokens");
    case KnowledgeCutoffColumn:
        return QStringLiteral("knowledge_cutoff");
    case ModalitiesColumn:
        return QStringLiteral("modalities");
    case InputPriceColumn:
        return QStringLiteral("input");
    case OutputPriceColumn:
        return QStringLiteral("output");
    case CachedInputPriceColumn:
        return QStringLiteral("cached_input");
    case BatchInputPriceColumn:
        return QStringLiteral("batch_input");
    case BatchOutputPriceColumn:
        return QStringLiteral("batch_output");
    default:
        return {};
    }
}

QString DatasetModel::fieldKey(int column) const
{
    const int b = benchmarkIndexForColumn(column);
    return b >= 0 ? HandEdit::score(m_dataset.benchmarks[size_t(b)].id) : fieldKeyForFact(column);
}

// The person's edit path (views and delegates): a value that changes is remembered as edited by
// hand, so a later import proposes but never silently overwrites it.
bool DatasetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const ModelInfo before = m_dataset.models[size_t(index.row())];
    if (!applyEdit(index, value))
        return false;
    ModelInfo &after = m_dataset.models[size_t(index.row())];
    const QString key = fieldKey(index.column());
    if (!(after == before) && !key.isEmpty())
        after.handEdited.insert(key);
    return true;
}

bool DatasetModel::applyEdit(const QModelIndex &index, const QVariant &value)
{
    const int row = index.row();
    const int b = benchmarkIndexForColumn(index.column());
    if (b >= 0) {
        const QString id = m_dataset.benchmarks[size_t(b)].id;
        if (isMissingInput(value))
            return setScore(row, id, std::nullopt);
        const auto v = toDouble(value);
        return v && setScore(row, id, *v);
    }
    if (isPriceColumn(index.column())) {
        if (isMissingInput(value))
            return setCurrentPrice(row, Column(index.column()), std::nullopt);
        const auto v = toDouble(value);
        return v && setCurrentPrice(row, Column(index.column()), microUsdFromDollars(*v));
    }
    ModelInfo edited = m_dataset.models[size_t(row)];
    if (!setFact(edited, index.column(), value))
        return false;
    return replaceModel(row, std::move(edited));
}

bool DatasetModel::setFact(ModelInfo &model, int column, const QVariant &value)
{
    switch (column) {
    case NameColumn: {
        const QString name = value.toString().trimmed();
        if (name.isEmpty())
            return false;
        model.name = name;
        return true;
    }
    case VendorColumn:
        model.vendor = value.toString().trimmed();
        return true;
    case ReleasedColumn: {
        const QDate d =
            value.userType() == QMetaType::QDate ? value.toDate() : QDate::fromString(value.toString(), Qt::ISODate);
        if (!d.isValid() && !isMissingInput(value))
            return false;
        model.released = d;
        return true;
    }
    case ContextWindowColumn:
    case MaxOutputColumn: {
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (!ok || n < 0)
            return false;
        (column == ContextWindowColumn ? model.contextWindow : model.maxOutputTokens) = n;
        return true;
    }
    case KnowledgeCutoffColumn:
        model.knowledgeCutoff = value.toString().trimmed();
        return true;
    case ModalitiesColumn: {
        QStringList list;
        for (const QString &part : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!part.trimmed().isEmpty())
                list << part.trimmed();
        model.modalities = list;
        return true;
    }
    default:
        return false;
    }
}

bool DatasetModel::setScore(int row, const QString &benchmarkId, std::optional<double> value)
{
    const int column = columnForBenchmark(benchmarkId);
    if (row < 0 || row >= rowCount() || column < 0)
        return false;
    const Benchmark &bench = m_dataset.benchmarks[size_t(column - ColumnCount)];
    if (value && (!std::isfinite(*value) || (bench.unit == QLatin1String("%") && (*value < 0.0 || *value > 100.0))))
        return false;
    ModelInfo &model = m_dataset.models[size_t(row)];
    const auto old = model.score(benchmarkId);
    if (value) {
        if (old && old->value == *value)
            return true;
        model.scores.insert(benchmarkId, Score{*value, old ? old->source : QString()});
    } else {
        if (!old)
            return true;
        model.scores.remove(benchmarkId);
    }
    const QModelIndex i = index(row, column);
    emit dataChanged(i, i);
    return true;
}

bool DatasetModel::setCurrentPrice(int row, Column priceColumn, std::optional<MicroUsdPerMTok> price)
{
    if (row < 0 || row >= rowCount() || !isPriceColumn(priceColumn) || (price && *price < 0))
        return false;
    ModelInfo &model = m_dataset.models[size_t(row)];
    if (model.prices.empty()) {
        if (!price)
            return true;
        PriceEntry entry;
        entry.effective = QDate::currentDate();
        model.prices.push_back(entry);
    }
    auto *slot = priceSlot(*model.currentPrice(), priceColumn);
    if (*slot == price)
        return true;
    *slot = price;
    const QModelIndex i = index(row, priceColumn);
    emit dataChanged(i, i);
    return true;
}

bool DatasetModel::replaceModel(int row, ModelInfo model)
{
    if (row < 0 || row >= rowCount())
        return false;
    const int clash = m_dataset.modelIndex(model.id);
    if (model.id.isEmpty() || (clash >= 0 && clash != row))
        return false;
    if (m_dataset.models[size_t(row)] == model)
        return true;
    m_dataset.models[size_t(row)] = std::move(model);
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    return true;
}

bool DatasetModel::insertModel(int row, ModelInfo model)
{
    if (row < 0 || row > rowCount() || model.id.isEmpty() || m_dataset.modelIndex(model.id) >= 0)
        return false;
    beginInsertRows({}, row, row);
    m_dataset.models.insert(m_dataset.models.begin() + row, std::move(model));
    endInsertRows();
    return true;
}

bool DatasetModel::removeModel(int row)
{
    if (row < 0 || row >= rowCount())
        return false;
    beginRemoveRows({}, row, row);
    m_dataset.models.erase(m_dataset.models.begin() + row);
    endRemoveRows();
    return true;
}

bool DatasetModel::replaceBenchmark(int index, Benchmark benchmark)
{
    if (index < 0 || index >= int(m_dataset.benchmarks.size()) ||
        benchmark.id != m_dataset.benchmarks[size_t(index)].id)
        return false;
    m_dataset.benchmarks[size_t(index)] = std::move(benchmark);
    emit headerDataChanged(Qt::Horizontal, ColumnCount + index, ColumnCount + index);
    if (rowCount() > 0)
        emit dataChanged(this->index(0, ColumnCount + index), this->index(rowCount() - 1, ColumnCount + index));
    return true;
}

bool DatasetModel::insertBenchmark(int index, Benchmark benchmark)
{
    if (index < 0 || index > int(m_dataset.benchmarks.size()) || benchmark.id.isEmpty() ||
        m_dataset.benchmarkIndex(benchmark.id) >= 0)
        return false;
    beginInsertColumns({}, ColumnCount + index, ColumnCount + index);
    m_dataset.benchmarks.insert(m_dataset.benchmarks.begin() + index, std::move(benchmark));
    endInsertColumns();
    return true;
}

bool DatasetModel::removeBenchmark(int index)
{
    if (index < 0 || index >= int(m_dataset.benchmarks.size()))
        return false;
    beginRemoveColumns({}, ColumnCount + index, ColumnCount + index);
    const QString id = m_dataset.benchmarks[size_t(index)].id;
    m_dataset.benchmarks.erase(m_dataset.benchmarks.begin() + index);
    for (ModelInfo &m : m_dataset.models)
        m.scores.remove(id);
    endRemoveColumns();
    return true;
}

} // namespace md
