// Tokenizer speed on one core: vocabulary load, then encoding a text file with each encoding (best of ROUNDS).
//   build/benchmarks/bench_tokens FILE [ROUNDS]
// benchmarks/tokens-speed.sh runs it beside tiktoken's npm build on the same 10 MB corpus.
#include "tokens/encoding.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: bench_tokens FILE [ROUNDS]\n";
        return 2;
    }
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << args.at(1) << ": " << file.errorString() << '\n';
        return 2;
    }
    const QByteArray bytes = file.readAll();
    const int rounds = args.size() > 2 ? qMax(1, args.at(2).toInt()) : 3;
    const QString text = md::tokens::Encoding::textFromUtf8(bytes);
    const double megabytes = double(bytes.size()) / 1e6;
    out << "corpus: " << bytes.size() << " bytes, best of " << rounds << " rounds\n";
    for (const QString &name : md::tokens::Encoding::names()) {
        const md::tokens::Encoding *encoding = md::tokens::Encoding::find(name);
        QElapsedTimer timer;
        timer.start();
        encoding->vocabularySize(); // loads the vocabulary
        const double loadMs = double(timer.nsecsElapsed()) / 1e6;
        double best = 1e300;
        std::size_t tokens = 0;
        for (int round = 0; round < rounds; ++round) {
            timer.restart();
            tokens = encoding->encode(text).size();
            best = qMin(best, double(timer.nsecsElapsed()) / 1e9);
        }
        out << QStringLiteral("modeldesk %1: vocabulary %2 ms; %3 tokens in %4 s: %5 MB/s, %6 M tokens/s\n")
                   .arg(name)
                   .arg(loadMs, 0, 'f', 1)
                   .arg(tokens)
                   .arg(best, 0, 'f', 3)
                   .arg(megabytes / best, 0, 'f', 2)
                   .arg(double(tokens) / best / 1e6, 0, 'f', 2);
        out.flush();
    }
    return 0;
}
