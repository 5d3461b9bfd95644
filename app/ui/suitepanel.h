#pragma once

#include "eval/evalrun.h"
#include "eval/suite.h"

#include <QWidget>
#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace md {

class DatasetDocument;
class ModelSelection;
class SuiteFilterProxy;
class SuiteMatrixModel;

namespace eval {
class EvalRunner;
}
namespace trial {
class TrialService;
}

// The Suites page: open a promptfoo config, run it against its models (those in the shared selection when
// asked), watch the matrix fill in, read each answer and its checks, compare with an earlier run, add the
// pass rates to the dataset as one undo step, export the run. The runner, the history and the dataset do
// the work; the page shows them.
class SuitePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuitePanel)

public:
    SuitePanel(trial::TrialService *trials, DatasetDocument *document, ModelSelection *selection,
               QWidget *parent = nullptr);
    ~SuitePanel() override;

    // Opens `path`; false (with the message shown on the page) when it is not a suite ModelDesk can run.
    bool openSuite(const QString &path);
    void run();
    void cancel();
    bool addToDataset();
    bool exportTo(const QString &path); // the format from the extension: .json, .csv, .md, .html

    static QStringList recentSuites();
    SuiteMatrixModel *matrix() const { return m_matrix; }
    SuiteFilterProxy *filter() const { return m_filter; }
    eval::EvalRunner *runner() const { return m_runner.get(); }
    const eval::EvalRun *shownRun() const;

private:
    void chooseSuite();
    void chooseExport();
    void updateRecentMenu();
    void updateActions();
    void setStatus(const QString &text);
    void onProgress(int done, int total, qint64 etaMs, const Money &cost);
    void onFinished();
    void reloadHistory();
    void compareWith(int index);
    void showDetail();
    std::vector<eval::ProviderSpec> chosenProviders() const;

    trial::TrialService *m_trials;
    DatasetDocument *m_document;
    ModelSelection *m_selection;
    std::unique_ptr<eval::EvalRunner> m_runner;
    std::unique_ptr<eval::Suite> m_suite;
    std::vector<eval::EvalRun> m_history; // of the open suite, newest first
    QString m_suitePath;

    QPushButton *m_open;
    QToolButton *m_recent;
    QLabel *m_suiteLabel;
    QCheckBox *m_selectedOnly;
    QSpinBox *m_repeat;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QCheckBox *m_failuresOnly;
    QCheckBox *m_disagreeOnly;
    QComboBox *m_compare;
    QPushButton *m_addToDataset;
    QPushButton *m_export;
    QLabel *m_status;
    QTableView *m_table;
    QTextBrowser *m_detail;
    SuiteMatrixModel *m_matrix;
    SuiteFilterProxy *m_filter;
};

} // namespace md
