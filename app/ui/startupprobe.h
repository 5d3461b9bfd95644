#pragma once

#include <QObject>

namespace md {

// For benchmarks/startup.sh: when MODELDESK_STARTUP_PROBE is set, prints the wall-clock time of the
// watched window's first paint and the process's resident memory, then quits the application.
class StartupProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupProbe)

public:
    static bool enabled();
    // Watches `window` (which becomes the probe's parent).
    static void watch(QObject *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit StartupProbe(QObject *parent);
    bool m_done = false;
};

} // namespace md
