// Four columns streaming at 500 chunks/s each must leave the window responsive (goal: no
// event-loop stall over 50 ms). The fake server runs in its own thread so only the client side
// (network, SSE, JSON, drawing the columns) loads the GUI thread. A 1 ms timer measures the
// longest gap between its ticks; the figure is printed, not asserted.
//   ./build/benchmarks/bench_trialstreams [seconds]     (default 2)
#include "core/datasetjson.h"
#include "core/datasetmodel.h"
#include "fakeserver.h"
#include "trial/trialservice.h"
#include "trial/trialsession.h"
#include "ui/trialcolumn.h"
#include "ui/trialpanel.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int seconds = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 2;
    constexpr int Rate = 500;
    const QString model = QStringLiteral("paced:%1:%2").arg(Rate).arg(Rate * seconds);

    QThread serverThread;
    auto *server = new FakeServer;
    server->moveToThread(&serverThread);
    QObject::connect(&serverThread, &QThread::finished, server, &QObject::deleteLater);
    serverThread.start();
    bool listening = false;
    QMetaObject::invokeMethod(
        server, [&] { listening = server->listen(); }, Qt::BlockingQueuedConnection);
    if (!listening) {
        std::fprintf(stderr, "cannot listen on 127.0.0.1\n");
        return 1;
    }

    md::DatasetModel data;
    data.setDataset(md::DatasetJson::builtIn());
    md::trial::TrialService trials(&data);
    md::TrialPanel panel(&trials);
    md::trial::ProviderConfig config;
    config.providers = {{QStringLiteral("Bench"), server->baseUrl(), md::trial::KeySource::None, {}, {model}}};
    panel.setProviderConfig(config);
    panel.setColumnCount(4);
    panel.resize(1400, 860);
    panel.show();

    qint64 deltas = 0;
    QObject::connect(panel.session(), &md::trial::TrialSession::columnText, &app, [&] { ++deltas; });

    QElapsedTimer clock;
    qint64 last = 0;
    qint64 maxGapMs = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.elapsed();
        maxGapMs = std::max(maxGapMs, now - last);
        last = now;
    });

    QElapsedTimer streaming;
    QObject::connect(panel.session(), &md::trial::TrialSession::turnFinished, &app, [&] {
        const double s = streaming.nsecsElapsed() / 1e9;
        probe.stop();
        int failed = 0;
        for (const auto &a : panel.session()->record().turns.front().answers)
            failed += a.ok() ? 0 : 1;
        std::printf("4 streams x %d chunks/s for %.2f s: %lld text chunks received (%.0f/s in all), %d failed\n", Rate,
                    s, deltas, deltas / s, failed);
        std::printf("max event-loop stall: %lld ms (goal: <= 50 ms; the probe ticks every 1 ms)\n", maxGapMs);
        app.quit();
    });
    QTimer::singleShot(300, &app, [&] {
        panel.findChild<QPlainTextEdit *>(QStringLiteral("TrialPrompt"))->setPlainText(QStringLiteral("Count."));
        clock.start();
        streaming.start();
        probe.start();
        panel.send();
    });
    const int rc = app.exec();
    serverThread.quit();
    serverThread.wait();
    return rc;
}
