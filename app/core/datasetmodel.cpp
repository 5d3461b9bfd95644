#include "datasetmodel.h"

#include "datasetjson.h"
#include "format.h"
#include "modelfields.h"

namespace md {

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
    const ModelField *field = ModelFields::forColumn(column);
    return field ? field->price(price) : std::nullopt;
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
    const ModelField *field = ModelFields::forColumn(column);
    if (!field)
        return {};
    if (field->kind == ModelField::Price)
        return priceData(model, *field, role);
    const bool count = field->kind == ModelField::Count;
    switch (role) {
    case Qt::DisplayRole:
        if (count)
            return Format::tokens(model.*std::get<qint64 ModelInfo::*>(field->access));
        if (field->kind == ModelField::Date) {
            const QDate date = model.*std::get<QDate ModelInfo::*>(field->access);
            return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : Format::notAvailable();
        }
        return field->value(model);
    case Qt::EditRole:
        return field->value(model);
    case NumericRole:
        return count ? field->value(model) : QVariant();
    case Qt::TextAlignmentRole:
        return count ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SourceRole:
        return model.factSources.value(field->jsonKey());
    case Qt::ToolTipRole: {
        const QString source = model.factSources.value(field->jsonKey());
        return field->has(ModelField::Fact) && !source.isEmpty() ? tr("Source: %1").arg(source) : QVariant();
    }
    default:
        return {};
    }
}

QVariant DatasetModel::priceData(const ModelInfo &model, const ModelField &field, int role) const
{
    const PriceEntry *price = model.currentPrice();
    const auto value = field.price(model);
    switch (role) {
    case Qt::DisplayRole:
        return Format::pricePerMTok(value);
    case Qt::EditRole:
    case NumericRole:
        return field.value(model);
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

Qt::ItemFlags DatasetModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    const ModelField *field = ModelFields::forColumn(index.column());
    if (!field || field->has(ModelField::Editable))
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
    const ModelField *field = ModelFields::forColumn(column);
    return field ? field->translatedTitle() : QString();
}

QString DatasetModel::fieldKeyForFact(int column)
{
    const ModelField *field = ModelFields::forColumn(column);
    return field && field->has(ModelField::Editable) ? field->jsonKey() : QString();
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
    auto edited = editedModel(index.row(), index.column(), value);
    return edited && replaceModel(index.row(), std::move(*edited), index.column());
}

std::optional<ModelInfo> DatasetModel::editedModel(int row, int column, const QVariant &value) const
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return std::nullopt;
    const ModelInfo &before = m_dataset.models[size_t(row)];
    ModelInfo after = before;
    if (const int b = benchmarkIndexForColumn(column); b >= 0) {
        std::optional<double> score;
        if (!ModelFields::isMissingInput(value)) {
            score = ModelFields::toDouble(value);
            if (!score)
                return std::nullopt;
        }
        if (!applyScore(after, m_dataset.benchmarks[size_t(b)], score))
            return std::nullopt;
    } else {
        const ModelField *field = ModelFields::forColumn(column);
        if (!field || !field->has(ModelField::Editable) || !field->setValue(after, value))
            return std::nullopt;
    }
    if (!(after == before)) {
        after.handEdited.insert(fieldKey(column));
        after.factSources.remove(fieldKey(column)); // a fact typed in by hand is the person's, not a list's
    }
    return after;
}

bool DatasetModel::applyScore(ModelInfo &model, const Benchmark &bench, std::optional<double> value)
{
    if (value && (!std::isfinite(*value) || (bench.unit == QLatin1String("%") && (*value < 0.0 || *value > 100.0))))
        return false;
    const auto old = model.score(bench.id);
    if (!value)
        model.scores.remove(bench.id);
    else if (!old || old->value != *value)
        model.scores.insert(bench.id, Score{*value, old ? old->source : QString()});
    return true;
}

bool DatasetModel::setScore(int row, const QString &benchmarkId, std::optional<double> value)
{
    const int column = columnForBenchmark(benchmarkId);
    if (row < 0 || row >= rowCount() || column < 0)
        return false;
    ModelInfo &model = m_dataset.models[size_t(row)];
    const auto old = model.score(benchmarkId);
    if (!applyScore(model, m_dataset.benchmarks[size_t(column - ColumnCount)], value))
        return false;
    if (model.score(benchmarkId) != old) {
        const QModelIndex i = index(row, column);
        emit dataChanged(i, i);
    }
    return true;
}

bool DatasetModel::setScores(const QString &benchmarkId, const ScoreChanges &scores)
{
    const int column = columnForBenchmark(benchmarkId);
    if (column < 0)
        return false;
    const Benchmark &bench = m_dataset.benchmarks[size_t(column - ColumnCount)];
    int first = rowCount();
    int last = -1;
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        const int row = rowForModel(it.key());
        ModelInfo probe;
        if (row < 0 || !applyScore(probe, bench, it.value() ? std::optional(it.value()->value) : std::nullopt))
            return false;
        first = qMin(first, row);
        last = qMax(last, row);
    }
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        ModelInfo &model = m_dataset.models[size_t(rowForModel(it.key()))];
        if (it.value())
            model.scores.insert(benchmarkId, *it.value());
        else
            model.scores.remove(benchmarkId);
    }
    if (last >= 0)
        emit dataChanged(index(first, column), index(last, column));
    return true;
}

bool DatasetModel::setCurrentPrice(int row, Column priceColumn, std::optional<MicroUsdPerMTok> price)
{
    const ModelField *field = ModelFields::forColumn(priceColumn);
    if (row < 0 || row >= rowCount() || !field || field->kind != ModelField::Price || (price && *price < 0))
        return false;
    ModelInfo &model = m_dataset.models[size_t(row)];
    if (field->price(model) == price)
        return true;
    if (model.prices.empty()) {
        PriceEntry entry;
        entry.effective = QDate::currentDate();
        model.prices.push_back(entry);
    }
    *field->priceSlot(*model.currentPrice()) = price;
    const QModelIndex i = index(row, priceColumn);
    emit dataChanged(i, i);
    return true;
}

bool DatasetModel::replaceModel(int row, ModelInfo model, int changedColumn)
{
    if (row < 0 || row >= rowCount())
        return false;
    const int clash = m_dataset.modelIndex(model.id);
    if (model.id.isEmpty() || (clash >= 0 && clash != row))
        return false;
    if (m_dataset.models[size_t(row)] == model)
        return true;
    m_dataset.models[size_t(row)] = std::move(model);
    if (changedColumn >= 0 && changedColumn < columnCount())
        emit dataChanged(index(row, changedColumn), index(row, changedColumn));
    else
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
