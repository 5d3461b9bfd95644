#include "keystore.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

namespace md::trial {

KeyStore::KeyStore(QObject *parent)
    : QObject(parent)
{}

QString KeyStore::keychainService()
{
    return QStringLiteral("ModelDesk");
}

QString KeyStore::fromEnvironment(const Provider &provider)
{
    if (provider.keySource != KeySource::Environment || provider.keyVariable.isEmpty())
        return {};
    return qEnvironmentVariable(provider.keyVariable.toLocal8Bit().constData()).trimmed();
}

void KeyStore::fetch(const Provider &provider, QObject *context, std::function<void(QString, QString)> done)
{
    switch (provider.keySource) {
    case KeySource::None:
        done({}, {});
        return;
    case KeySource::Environment: {
        const QString key = fromEnvironment(provider);
        done(key, key.isEmpty() ? tr("The environment variable %1 is not set.").arg(provider.keyVariable) : QString());
        return;
    }
    case KeySource::Keychain:
        break;
    }
    auto *job = new QKeychain::ReadPasswordJob(keychainService(), this);
    job->setAutoDelete(true);
    job->setKey(provider.name);
    QPointer<QObject> guard(context);
    const QString name = provider.name;
    connect(job, &QKeychain::Job::finished, context, [job, guard, name, done = std::move(done)] {
        if (!guard)
            return;
        if (job->error() != QKeychain::NoError) {
            done({}, tr("No key for %1 in the system keychain: %2").arg(name, job->errorString()));
            return;
        }
        done(job->textData().trimmed(), {});
    });
    job->start();
}

void KeyStore::fetchAll(const std::vector<Provider> &providers, QObject *context,
                        std::function<void(QStringList, QString)> done)
{
    if (providers.empty()) {
        done({}, {});
        return;
    }
    // Keychain reads finish in any order; the last one to finish reports.
    struct Pending {
        QStringList keys;
        QStringList errors;
        int left = 0;
        std::function<void(QStringList, QString)> done;
    };
    auto pending = std::make_shared<Pending>();
    pending->keys = QStringList(qsizetype(providers.size()));
    pending->left = int(providers.size());
    pending->done = std::move(done);
    for (size_t i = 0; i < providers.size(); ++i) {
        fetch(providers[i], context, [pending, i](const QString &key, const QString &error) {
            pending->keys[qsizetype(i)] = key;
            if (!error.isEmpty() && !pending->errors.contains(error))
                pending->errors << error;
            if (--pending->left == 0)
                pending->done(pending->keys, pending->errors.join(QLatin1Char(' ')));
        });
    }
}

void KeyStore::store(const QString &providerName, const QString &key, QObject *context,
                     std::function<void(QString)> done)
{
    auto *job = new QKeychain::WritePasswordJob(keychainService(), this);
    job->setAutoDelete(true);
    job->setKey(providerName);
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        done(job->error() == QKeychain::NoError ? QString() : job->errorString());
    });
    job->start();
}

void KeyStore::remove(const QString &providerName, QObject *context, std::function<void(QString)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(keychainService(), this);
    job->setAutoDelete(true);
    job->setKey(providerName);
    connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        done(job->error() == QKeychain::NoError ? QString() : job->errorString());
    });
    job->start();
}

} // namespace md::trial
