#pragma once

#include "providerconfig.h"

#include <QObject>
#include <functional>
#include <vector>

namespace md::trial {

// Fetches and stores API keys. Keys live in the environment or the system keychain, and only in
// memory while a request needs them: never in QSettings, logs, exports or the history.
class KeyStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyStore)

public:
    explicit KeyStore(QObject *parent = nullptr);

    // Calls `done(key, error)` once; `key` is empty for KeySource::None. Keychain reads are
    // asynchronous, so `done` may run later; `context` going away cancels the call.
    void fetch(const Provider &provider, QObject *context, std::function<void(QString, QString)> done);
    // The keys of several providers (one per entry, in order), then `done(keys, errors)` once;
    // `errors` joins what went wrong and is empty when every key was found.
    void fetchAll(const std::vector<Provider> &providers, QObject *context,
                  std::function<void(QStringList, QString)> done);
    void store(const QString &providerName, const QString &key, QObject *context, std::function<void(QString)> done);
    void remove(const QString &providerName, QObject *context, std::function<void(QString)> done);

    // Synchronous: the environment only (the command line and a quick "is it set up?" check).
    static QString fromEnvironment(const Provider &provider);
    static QString keychainService();
};

} // namespace md::trial
