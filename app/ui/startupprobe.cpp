#include "startupprobe.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QTextStream>
#include <QTimer>

namespace md {

namespace {
// Resident and peak resident memory in KiB, from /proc (Linux).
QPair<qint64, qint64> residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    qint64 rss = -1, hwm = -1;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            if (parts.size() >= 2 && parts.at(0) == "VmRSS:")
                rss = parts.at(1).toLongLong();
            else if (parts.size() >= 2 && parts.at(0) == "VmHWM:")
                hwm = parts.at(1).toLongLong();
        }
    }
    return {rss, hwm};
}
} // namespace

bool StartupProbe::enabled()
{
    return !qEnvironmentVariableIsEmpty("MODELDESK_STARTUP_PROBE");
}

void StartupProbe::watch(QObject *window)
{
    window->installEventFilter(new StartupProbe(window));
}

StartupProbe::StartupProbe(QObject *parent)
    : QObject(parent)
{}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Paint) {
        m_done = true;
        // Report after this paint has finished, from the event loop.
        QTimer::singleShot(0, this, [] {
            const auto [rss, hwm] = residentKiB();
            QTextStream(stdout) << "first_paint_epoch_ns " << QDateTime::currentMSecsSinceEpoch() * 1'000'000LL
                                << "\nrss_kib " << rss << "\npeak_rss_kib " << hwm << Qt::endl;
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace md
