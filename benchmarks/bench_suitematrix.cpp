// The Suites page's matrix with 2,000 cells (1,000 tests x 2 models): the filters on and off and a page of
// scrolling, each until repainted. Prints the longest; the target is no stall over 50 ms.
#include "eval/evalrun.h"
#include "ui/suitematrixmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTextStream>

using namespace md;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    eval::EvalRun run;
    run.repeat = 1;
    run.prompts = {QStringLiteral("prompt")};
    for (int p = 0; p < 2; ++p) {
        eval::RunProvider provider;
        provider.spec.label = QStringLiteral("model-%1").arg(p);
        run.providers.push_back(provider);
    }
    for (int t = 0; t < 1000; ++t) {
        eval::TestCase test;
        test.description = QStringLiteral("Test number %1 with a longer description").arg(t);
        run.tests.push_back(test);
        for (int p = 0; p < 2; ++p) {
            eval::Cell c;
            c.test = t;
            c.provider = p;
            c.done = true;
            c.pass = (t * (p + 3)) % 7 != 0;
            c.output = QStringLiteral("answer %1").arg(t);
            c.latencyMs = 100 + (t * 13 + p * 7) % 400;
            eval::CheckResult check;
            check.type = QStringLiteral("contains");
            check.pass = c.pass;
            check.reason =
                c.pass ? QStringLiteral("Assertion passed") : QStringLiteral("Expected output to contain \"x\"");
            c.checks.push_back(check);
            run.cells.push_back(c);
        }
    }
    SuiteMatrixModel model;
    SuiteFilterProxy filter;
    filter.setSourceModel(&model);
    QTableView view;
    view.setModel(&filter);
    view.resize(1200, 800);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return 1;
    auto timed = [&](auto &&step) {
        QElapsedTimer clock;
        clock.start();
        step();
        view.viewport()->repaint();
        QCoreApplication::processEvents();
        return clock.elapsed();
    };
    QTextStream out(stdout);
    const qint64 load = timed([&] { model.setRun(&run); });
    qint64 worst = 0;
    qint64 failures = 0, disagree = 0, scroll = 0;
    for (int i = 0; i < 5; ++i) {
        failures = std::max(failures, timed([&] { filter.setFailuresOnly(true); }));
        failures = std::max(failures, timed([&] { filter.setFailuresOnly(false); }));
        disagree = std::max(disagree, timed([&] { filter.setDisagreeOnly(true); }));
        disagree = std::max(disagree, timed([&] { filter.setDisagreeOnly(false); }));
        for (int page = 0; page < 10; ++page)
            scroll = std::max(scroll, timed([&] {
                                  QScrollBar *bar = view.verticalScrollBar();
                                  bar->setValue(bar->value() + bar->pageStep());
                              }));
    }
    worst = std::max({failures, disagree, scroll});
    out << "suite matrix, 1,000 tests x 2 models: load " << load << " ms; longest: failures only " << failures
        << " ms, models disagree " << disagree << " ms, a page of scrolling " << scroll << " ms (worst " << worst
        << " ms; target <= 50 ms)\n";
    return 0;
}
