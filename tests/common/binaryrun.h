#pragma once
// Runs the real modeldesk binary as a person would: no display, English, and every setting, data
// file and history inside a temporary folder, never the person's own.
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace md::test {

struct BinaryRun {
    int exitCode; // -1: timed out, -2: crashed
    QString out;
    QString err;
};

inline QProcessEnvironment isolatedEnvironment(const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QString());
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    return env;
}

// With `eventLoop`, waits with this process's event loop running (when it serves the binary's requests).
inline BinaryRun runBinary(const QString &binary, const QStringList &arguments, const QProcessEnvironment &env,
                           bool eventLoop = false)
{
    QProcess p;
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(binary, arguments);
    if (!(eventLoop ? finished.wait(60000) : p.waitForFinished(60000))) {
        p.kill();
        p.waitForFinished(5000);
        return {-1, {}, QStringLiteral("timed out")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace md::test
