#include "datasetdocument.h"

#include "datasetcommands.h"
#include "datasetjson.h"
#include "datasetmerge.h"
#include "datasetmodel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <cmath>
#include <memory>

namespace md {

DatasetDocument::DatasetDocument(DatasetModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    m_recoveryTimer.setSingleShot(true);
    m_recoveryTimer.setInterval(1500); // batch a burst of edits into one write
    connect(&m_recoveryTimer, &QTimer::timeout, this, &DatasetDocument::writeRecoveryNow);
    connect(&m_stack, &QUndoStack::indexChanged, this, [this] {
        m_recoveryTimer.start();
        if (isModified() != m_wasModified) {
            m_wasModified = isModified();
            emit modifiedChanged(m_wasModified);
        }
    });
}

DatasetDocument::~DatasetDocument()
{
    // The stack clears itself on destruction and signals it, after the timer member is gone.
    disconnect(&m_stack, nullptr, this, nullptr);
}

QString DatasetDocument::displayName() const
{
    if (!m_path.isEmpty())
        return QFileInfo(m_path).fileName();
    return m_model->dataset().title.isEmpty() ? tr("Untitled") : m_model->dataset().title;
}

bool DatasetDocument::isModified() const
{
    return m_restored || !m_stack.isClean();
}

void DatasetDocument::setPath(const QString &path)
{
    if (m_path == path)
        return;
    m_path = path;
    emit filePathChanged(path);
}

void DatasetDocument::setRestored(bool restored)
{
    m_restored = restored;
    if (isModified() != m_wasModified) {
        m_wasModified = isModified();
        emit modifiedChanged(m_wasModified);
    }
}

void DatasetDocument::setContent(Dataset dataset, const QString &path)
{
    m_recoveryTimer.stop();
    m_model->setDataset(std::move(dataset));
    m_stack.clear();
    setPath(path);
    setRestored(false);
    discardRecovery();
}

void DatasetDocument::newDocument()
{
    Dataset empty;
    empty.title = tr("Untitled");
    setContent(std::move(empty), QString());
}

Result<bool> DatasetDocument::open(const QString &path)
{
    auto loaded = DatasetJson::load(path);
    if (!loaded)
        return Result<bool>::failure(loaded.error());
    setContent(std::move(loaded).value(), path);
    addRecentFile(path);
    return true;
}

Result<bool> DatasetDocument::save()
{
    if (m_path.isEmpty())
        return Result<bool>::failure(tr("The dataset has no file yet; choose one with Save As."));
    return saveAs(m_path);
}

Result<bool> DatasetDocument::saveAs(const QString &path)
{
    auto saved = DatasetJson::save(m_model->dataset(), path);
    if (!saved)
        return saved;
    setPath(path);
    m_stack.setClean();
    setRestored(false);
    m_recoveryTimer.stop();
    discardRecovery();
    addRecentFile(path);
    return true;
}

bool DatasetDocument::setCell(int row, int column, const QVariant &value)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    // The model validates and marks the field as edited by hand; the command's redo makes the change.
    auto after = m_model->editedModel(row, column, value);
    if (!after)
        return false;
    const ModelInfo &current = m_model->dataset().models[size_t(row)];
    if (*after == current)
        return true;
    const QString text = tr("Edit %1 of %2").arg(m_model->headerData(column, Qt::Horizontal).toString(), current.name);
    m_stack.push(new ReplaceModelCommand(m_model, std::move(*after), text, column));
    return true;
}

bool DatasetDocument::addModel(ModelInfo model)
{
    if (model.id.trimmed().isEmpty() || m_model->rowForModel(model.id) >= 0)
        return false;
    const QString text = tr("Add model %1").arg(model.name.isEmpty() ? model.id : model.name);
    m_stack.push(new InsertModelCommand(m_model, m_model->rowCount(), std::move(model), true, text));
    return true;
}

bool DatasetDocument::removeModels(const QStringList &ids)
{
    QStringList present;
    for (const QString &id : ids)
        if (m_model->rowForModel(id) >= 0 && !present.contains(id))
            present << id;
    if (present.isEmpty())
        return false;
    m_stack.beginMacro(present.size() == 1 ? tr("Remove model %1").arg(present.constFirst())
                                           : tr("Remove %1 models").arg(present.size()));
    for (const QString &id : std::as_const(present)) {
        const int row = m_model->rowForModel(id);
        m_stack.push(new InsertModelCommand(m_model, row, m_model->dataset().models[size_t(row)], false, QString()));
    }
    m_stack.endMacro();
    return true;
}

bool DatasetDocument::addBenchmark(Benchmark benchmark)
{
    if (benchmark.id.trimmed().isEmpty() || m_model->dataset().benchmarkIndex(benchmark.id) >= 0)
        return false;
    const QString text = tr("Add benchmark %1").arg(benchmark.name);
    m_stack.push(new InsertBenchmarkCommand(m_model, int(m_model->dataset().benchmarks.size()), std::move(benchmark),
                                            true, text));
    return true;
}

bool DatasetDocument::removeBenchmark(const QString &id)
{
    const int index = m_model->dataset().benchmarkIndex(id);
    if (index < 0)
        return false;
    const Benchmark b = m_model->dataset().benchmarks[size_t(index)];
    m_stack.push(new InsertBenchmarkCommand(m_model, index, b, false, tr("Remove benchmark %1").arg(b.name)));
    return true;
}

void DatasetDocument::replaceAll(Dataset dataset, const QString &description)
{
    if (dataset == m_model->dataset())
        return;
    m_stack.push(new ReplaceDatasetCommand(m_model, m_model->dataset(), std::move(dataset), description));
}

bool DatasetDocument::setBenchmarkScores(Benchmark benchmark, QHash<QString, std::optional<Score>> scores,
                                         const QString &description)
{
    if (benchmark.id.trimmed().isEmpty())
        return false;
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        const auto &s = it.value();
        const bool percent = benchmark.unit == QLatin1String("%");
        if (m_model->rowForModel(it.key()) < 0 ||
            (s && (!std::isfinite(s->value) || (percent && (s->value < 0.0 || s->value > 100.0)))))
            return false;
    }
    const Benchmark *existing = m_model->dataset().benchmark(benchmark.id);
    bool unchanged = existing && *existing == benchmark;
    for (auto it = scores.cbegin(); unchanged && it != scores.cend(); ++it)
        unchanged = m_model->dataset().model(it.key())->score(benchmark.id) == it.value();
    if (unchanged)
        return true;
    const QString text = description.isEmpty() ? tr("Set scores on %1").arg(benchmark.name) : description;
    m_stack.push(new SetBenchmarkScoresCommand(m_model, std::move(benchmark), std::move(scores), text));
    return true;
}

bool DatasetDocument::replacePriceHistory(const QString &modelId, std::vector<PriceEntry> prices,
                                          const QString &description)
{
    const ModelInfo *current = m_model->dataset().model(modelId);
    if (!current)
        return false;
    for (size_t i = 1; i < prices.size(); ++i)
        if (!(prices[i - 1].effective < prices[i].effective))
            return false;
    if (current->prices == prices)
        return true;
    ModelInfo after = *current;
    after.prices = std::move(prices);
    const QString text = description.isEmpty() ? tr("Replace the prices of %1").arg(after.name) : description;
    m_stack.push(new ReplaceModelCommand(m_model, std::move(after), text));
    return true;
}

bool DatasetDocument::applyImport(const MergePlan &plan, const QString &description)
{
    auto command = std::make_unique<ApplyImportCommand>(
        m_model, DatasetMerge::apply(m_model->dataset(), plan),
        description.isEmpty() ? tr("Import from %1").arg(plan.sourceName) : description);
    if (command->isEmpty())
        return false;
    m_stack.push(command.release());
    return true;
}

QString DatasetDocument::recoveryFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

void DatasetDocument::writeRecoveryNow()
{
    if (!isModified()) {
        discardRecovery();
        return;
    }
    const QString folder = recoveryFolder();
    if (!QDir().mkpath(folder))
        return; // no recovery copy is better than a failed edit; the next edit tries again
    if (!DatasetJson::save(m_model->dataset(), folder + QStringLiteral("/unsaved.json")))
        return;
    QJsonObject meta;
    meta[QStringLiteral("file")] = m_path;
    meta[QStringLiteral("saved")] = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    DatasetJson::writeFile(QJsonDocument(meta).toJson(), folder + QStringLiteral("/unsaved.meta.json"));
}

std::optional<DatasetDocument::Recovery> DatasetDocument::pendingRecovery()
{
    const QString folder = recoveryFolder();
    Recovery r;
    r.dataPath = folder + QStringLiteral("/unsaved.json");
    if (!QFileInfo::exists(r.dataPath))
        return std::nullopt;
    QFile metaFile(folder + QStringLiteral("/unsaved.meta.json"));
    if (metaFile.open(QIODevice::ReadOnly)) {
        const QJsonObject meta = QJsonDocument::fromJson(metaFile.readAll()).object();
        r.filePath = meta.value(QStringLiteral("file")).toString();
        r.saved = QDateTime::fromString(meta.value(QStringLiteral("saved")).toString(), Qt::ISODate);
    }
    if (!r.saved.isValid())
        r.saved = QFileInfo(r.dataPath).lastModified();
    return r;
}

Result<bool> DatasetDocument::restoreRecovery(const Recovery &recovery)
{
    auto loaded = DatasetJson::load(recovery.dataPath);
    if (!loaded)
        return Result<bool>::failure(loaded.error());
    m_model->setDataset(std::move(loaded).value());
    m_stack.clear();
    setPath(recovery.filePath);
    setRestored(true); // the recovery copy stays until the person saves or discards
    return true;
}

void DatasetDocument::discardRecovery()
{
    const QString folder = recoveryFolder();
    QFile::remove(folder + QStringLiteral("/unsaved.json"));
    QFile::remove(folder + QStringLiteral("/unsaved.meta.json"));
}

QStringList DatasetDocument::recentFiles()
{
    QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    files.removeIf([](const QString &f) { return !QFileInfo::exists(f); });
    return files;
}

void DatasetDocument::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("recentFiles")).toStringList();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), files);
}

} // namespace md
