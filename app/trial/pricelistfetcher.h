#pragma once

#include "core/bytesize.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace md {

// What one fetch of a public price list ended with.
struct PriceListFetch {
    enum Status { Downloaded, UpToDate, Failed, Cancelled };
    Status status = Failed;
    QUrl url;
    QByteArray body; // Downloaded only
    QString message; // Failed: names the list and the URL and says what went wrong
    QByteArray etag; // the validators the server sent with a Downloaded list, for remember()
    QByteArray lastModified;
};

// Fetches a public price list (LiteLLM's map, OpenRouter's listing, genai-prices, models.dev) when a person
// asks, for the command line and for File > Update Prices. HTTPS only; plain http only to this machine
// (127.0.0.1, localhost: the tests' loopback servers), for the first request and every redirect. A size cap, a
// timeout over the whole fetch and Cancel. With conditional() it sends the ETag / Last-Modified remembered for
// the URL, so an unchanged list answers 304 and is not downloaded again; the validators are remembered only when
// the caller says the list was used (remember()), so a list fetched and then not applied is fetched again.
// No widgets: the UI shows what it reports.
class PriceListFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceListFetcher)

public:
    static constexpr qint64 DefaultMaxBytes = 64 * MiB; // the importers' own cap
    static constexpr int DefaultTimeoutMs = 60'000;

    explicit PriceListFetcher(QObject *parent = nullptr);
    ~PriceListFetcher() override;

    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Where the validators are kept (a JSON file); by default price-lists.json in the cache folder.
    void setValidatorFile(const QString &path) { m_validatorFile = path; }
    QString validatorFile() const;

    // Why `url` may not be fetched (or redirected to from `from`), or empty when it may.
    static QString refusal(const QUrl &url, const QUrl &from = QUrl());

    bool isRunning() const { return !m_reply.isNull(); }
    // Starts a fetch; `listName` ("LiteLLM") names the list in messages. finished() follows, always.
    void fetch(const QUrl &url, const QString &listName, bool conditional);
    void cancel();
    // The list fetched as `fetch` was used: a later conditional fetch of its URL may answer "up to date".
    void remember(const PriceListFetch &fetch);
    void forget(const QUrl &url);

    // Blocks in a local event loop until the fetch ends (the command line).
    PriceListFetch fetchAndWait(const QUrl &url, const QString &listName, bool conditional);

signals:
    void progress(qint64 received, qint64 total); // total -1 when the server does not say
    void finished(const md::PriceListFetch &result);

private:
    void onFinished();
    void onRedirected(const QUrl &target);
    void fail(const QString &message);
    void finish(const PriceListFetch &result);

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    QUrl m_url;
    QString m_listName;
    QString m_abortReason; // set before an abort we caused (size cap, timeout, refused redirect)
    bool m_cancelled = false;
    qint64 m_maxBytes = DefaultMaxBytes;
    int m_timeoutMs = DefaultTimeoutMs;
    QString m_validatorFile;
};

} // namespace md

Q_DECLARE_METATYPE(md::PriceListFetch)
