#include "trialhistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <algorithm>

namespace md::trial {

TrialHistory::TrialHistory(QString path)
    : m_path(std::move(path))
{
    if (m_path.isEmpty()) {
        m_path =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/trial-history.json");
    }
}

Result<std::vector<TrialRecord>> TrialHistory::load() const
{
    QFile file(m_path);
    if (!file.exists())
        return std::vector<TrialRecord>{};
    if (!file.open(QIODevice::ReadOnly))
        return Result<std::vector<TrialRecord>>::failure(tr("Cannot read %1: %2").arg(m_path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return Result<std::vector<TrialRecord>>::failure(
            tr("%1 is damaged at byte %2: %3").arg(m_path).arg(error.offset).arg(error.errorString()));
    }
    std::vector<TrialRecord> records;
    for (const QJsonValue v : doc.object().value(QLatin1String("trials")).toArray()) {
        if (auto record = TrialFormat::fromJson(v.toObject()))
            records.push_back(std::move(*record));
    }
    std::stable_sort(records.begin(), records.end(),
                     [](const TrialRecord &a, const TrialRecord &b) { return a.started > b.started; });
    return records;
}

Result<bool> TrialHistory::save(const TrialRecord &record) const
{
    auto loaded = load();
    if (!loaded)
        return Result<bool>::failure(loaded.error());
    std::vector<TrialRecord> records = std::move(loaded).value();
    std::erase_if(records, [&](const TrialRecord &r) { return r.id == record.id; });
    records.insert(records.begin(), record);
    return writeAll(records);
}

Result<bool> TrialHistory::remove(const QString &id) const
{
    auto loaded = load();
    if (!loaded)
        return Result<bool>::failure(loaded.error());
    std::vector<TrialRecord> records = std::move(loaded).value();
    std::erase_if(records, [&](const TrialRecord &r) { return r.id == id; });
    return writeAll(records);
}

Result<bool> TrialHistory::writeAll(const std::vector<TrialRecord> &records) const
{
    QJsonArray trials;
    for (size_t i = 0; i < records.size() && i < size_t(MaxRecords); ++i)
        trials.append(TrialFormat::toJson(records[i]));
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<bool>::failure(tr("Cannot write %1: %2").arg(m_path, file.errorString()));
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("modeldesk-trials")},
                                         {QStringLiteral("version"), 1},
                                         {QStringLiteral("trials"), trials}})
                   .toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Result<bool>::failure(tr("Cannot write %1: %2").arg(m_path, file.errorString()));
    return true;
}

} // namespace md::trial
