// The test suite's fake OpenAI-compatible server as a program, to look at the Trials page by hand:
//   modeldesk_fakeserver [PORT]   then use http://127.0.0.1:PORT/v1 as the base URL.
#include "fakeserver.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    FakeServer server;
    const quint16 port = argc > 1 ? quint16(QByteArray(argv[1]).toUShort()) : 0;
    if (!server.listenOn(port)) {
        QTextStream(stderr) << "cannot listen on 127.0.0.1:" << port << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << server.baseUrl() << Qt::endl;
    return app.exec();
}
