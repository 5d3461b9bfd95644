#include "responsecache.h"

#include "core/bytesize.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

namespace md::eval {

ResponseCache::ResponseCache()
    : ResponseCache(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/eval-responses"))
{}

ResponseCache::ResponseCache(const QString &folder)
    : m_folder(folder)
{}

QByteArray ResponseCache::keyFor(const trial::ChatRequest &request, int repeat)
{
    QJsonArray messages;
    for (const trial::ChatMessage &m : request.messages)
        messages.append(QJsonObject{{QStringLiteral("role"), m.role}, {QStringLiteral("content"), m.content}});
    const QString endpoint =
        QUrl(request.baseUrl).toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    const QJsonObject key{
        {QStringLiteral("endpoint"), endpoint},
        {QStringLiteral("model"), request.model},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("temperature"), request.temperature ? QJsonValue(*request.temperature) : QJsonValue()},
        {QStringLiteral("max_tokens"), request.maxTokens ? QJsonValue(*request.maxTokens) : QJsonValue()},
        {QStringLiteral("stream"), request.stream},
        {QStringLiteral("repeat"), repeat},
    };
    return QCryptographicHash::hash(QJsonDocument(key).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
        .toHex();
}

QString ResponseCache::pathFor(const QByteArray &key) const
{
    return m_folder + QLatin1Char('/') + QString::fromLatin1(key.left(2)) + QLatin1Char('/') +
           QString::fromLatin1(key) + QStringLiteral(".json");
}

std::optional<trial::ChatResult> ResponseCache::find(const QByteArray &key) const
{
    QFile file(pathFor(key));
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * MiB)
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    if (!o.value(QLatin1String("text")).isString())
        return std::nullopt;
    trial::ChatResult r;
    r.text = o.value(QLatin1String("text")).toString();
    if (o.value(QLatin1String("prompt_tokens")).isDouble())
        r.promptTokens = qint64(o.value(QLatin1String("prompt_tokens")).toDouble());
    if (o.value(QLatin1String("completion_tokens")).isDouble())
        r.completionTokens = qint64(o.value(QLatin1String("completion_tokens")).toDouble());
    r.ttftMs = qint64(o.value(QLatin1String("ttft_ms")).toDouble(-1));
    r.totalMs = qint64(o.value(QLatin1String("total_ms")).toDouble());
    r.finishReason = o.value(QLatin1String("finish_reason")).toString();
    r.httpStatus = 200;
    return r;
}

void ResponseCache::store(const QByteArray &key, const trial::ChatResult &result) const
{
    if (!result.ok() || result.cancelled)
        return;
    const QString path = pathFor(key);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QJsonObject o{{QStringLiteral("text"), result.text},
                  {QStringLiteral("ttft_ms"), result.ttftMs},
                  {QStringLiteral("total_ms"), result.totalMs},
                  {QStringLiteral("finish_reason"), result.finishReason}};
    if (result.promptTokens)
        o.insert(QStringLiteral("prompt_tokens"), *result.promptTokens);
    if (result.completionTokens)
        o.insert(QStringLiteral("completion_tokens"), *result.completionTokens);
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
        file.commit();
    }
}

int ResponseCache::size() const
{
    int n = 0;
    const QDir root(m_folder);
    for (const QString &sub : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        n += int(QDir(root.filePath(sub)).entryList({QStringLiteral("*.json")}, QDir::Files).size());
    return n;
}

} // namespace md::eval
