#pragma once

#include "trial/chatclient.h"

#include <QString>
#include <optional>

namespace md::eval {

// Answers kept between runs, keyed by what decides an answer: the endpoint (without user info or query), the
// model, the messages, the parameters and the repeat's number (so --repeat asks again, and running the same
// suite again reuses every answer). It never holds a key: keys are not part of the key nor of what is stored.
// Files under QStandardPaths::CacheLocation/eval-responses, one per answer.
class ResponseCache
{
public:
    struct Entry {
        QString text;
        std::optional<qint64> promptTokens;
        std::optional<qint64> completionTokens;
        qint64 ttftMs = -1;
        qint64 totalMs = 0;
        QString finishReason;
    };

    ResponseCache(); // the standard folder
    explicit ResponseCache(const QString &folder);

    static QByteArray keyFor(const trial::ChatRequest &request, int repeat);
    std::optional<trial::ChatResult> find(const QByteArray &key) const;
    void store(const QByteArray &key, const trial::ChatResult &result) const; // successful answers only
    QString folder() const { return m_folder; }
    int size() const;

private:
    QString pathFor(const QByteArray &key) const;
    QString m_folder;
};

} // namespace md::eval
