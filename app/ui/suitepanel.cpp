#include "suitepanel.h"

#include "core/datasetdocument.h"
#include "core/modelselection.h"
#include "eval/evaldataset.h"
#include "eval/evalreport.h"
#include "eval/evalrunner.h"
#include "eval/runhistory.h"
#include "eval/suitereader.h"
#include "filedialogs.h"
#include "suitematrixmodel.h"
#include "trial/trialservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace md {

namespace {
const QString RecentKey = QStringLiteral("suites/recent");
const QString SelectedOnlyKey = QStringLiteral("suites/selectedOnly");
constexpr int MaxRecent = 8;
} // namespace

SuitePanel::SuitePanel(trial::TrialService *trials, DatasetDocument *document, ModelSelection *selection,
                       QWidget *parent)
    : QWidget(parent)
    , m_trials(trials)
    , m_document(document)
    , m_selection(selection)
    , m_runner(std::make_unique<eval::EvalRunner>(trials))
    , m_open(new QPushButton(tr("&Open Suite…")))
    , m_recent(new QToolButton)
    , m_suiteLabel(new QLabel(tr("No suite open: open a promptfoo config (promptfooconfig.yaml).")))
    , m_selectedOnly(new QCheckBox(tr("Only selected models")))
    , m_repeat(new QSpinBox)
    , m_run(new QPushButton(tr("&Run")))
    , m_cancel(new QPushButton(tr("Cancel")))
    , m_progress(new QProgressBar)
    , m_failuresOnly(new QCheckBox(tr("Failures only")))
    , m_disagreeOnly(new QCheckBox(tr("Models disagree")))
    , m_compare(new QComboBox)
    , m_addToDataset(new QPushButton(tr("Add to Dataset")))
    , m_export(new QPushButton(tr("Export…")))
    , m_status(new QLabel)
    , m_table(new QTableView)
    , m_detail(new QTextBrowser)
    , m_matrix(new SuiteMatrixModel(this))
    , m_filter(new SuiteFilterProxy(this))
{
    setObjectName(QStringLiteral("SuitePanel"));
    m_recent->setText(tr("Recent"));
    m_recent->setPopupMode(QToolButton::InstantPopup);
    m_recent->setMenu(new QMenu(m_recent));
    m_suiteLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_suiteLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_selectedOnly->setToolTip(tr("Run only the suite's models that are ticked in the shared model selection."));
    // The shared selection decides by default, as on the other pages; remembered when the person unticks it.
    m_selectedOnly->setChecked(QSettings().value(SelectedOnlyKey, true).toBool());
    m_repeat->setRange(1, 100);
    m_repeat->setPrefix(tr("Repeat ×"));
    m_repeat->setToolTip(tr("Run every test this many times, for the pass rate's spread."));
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_progress->setTextVisible(true);
    m_progress->setFormat(QString());
    m_progress->hide(); // shown from the first run on; idle and empty it looks like a text field
    m_compare->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_compare->setMinimumContentsLength(22);
    m_compare->setToolTip(tr("Compare with run…: the cells whose verdict changed are marked."));
    m_addToDataset->setToolTip(tr("Adds the suite to the dataset as a benchmark with each model's pass rate "
                                  "(one undo step)."));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filter->setSourceModel(m_matrix);
    m_table->setModel(m_filter);
    m_table->setObjectName(QStringLiteral("SuiteMatrix"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setDefaultSectionSize(200);
    m_table->horizontalHeader()->setMinimumSectionSize(90);
    m_table->verticalHeader()->setMaximumSectionSize(360);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_detail->setOpenLinks(false);
    m_detail->setPlaceholderText(tr("Pick a cell to see the answer, its checks, latency and cost."));

    auto *top = new QHBoxLayout;
    top->addWidget(m_open);
    top->addWidget(m_recent);
    top->addWidget(m_suiteLabel, 1);
    top->addWidget(m_selectedOnly);
    top->addWidget(m_repeat);
    top->addWidget(m_run);
    top->addWidget(m_cancel);
    auto *second = new QHBoxLayout;
    second->addWidget(m_progress, 1);
    second->addWidget(m_failuresOnly);
    second->addWidget(m_disagreeOnly);
    second->addWidget(m_compare);
    second->addWidget(m_addToDataset);
    second->addWidget(m_export);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(second);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(m_open, &QPushButton::clicked, this, &SuitePanel::chooseSuite);
    connect(m_run, &QPushButton::clicked, this, &SuitePanel::run);
    connect(m_cancel, &QPushButton::clicked, this, &SuitePanel::cancel);
    connect(m_addToDataset, &QPushButton::clicked, this, &SuitePanel::addToDataset);
    connect(m_export, &QPushButton::clicked, this, &SuitePanel::chooseExport);
    connect(m_selectedOnly, &QCheckBox::toggled, this, [](bool on) { QSettings().setValue(SelectedOnlyKey, on); });
    connect(m_failuresOnly, &QCheckBox::toggled, m_filter, &SuiteFilterProxy::setFailuresOnly);
    connect(m_disagreeOnly, &QCheckBox::toggled, m_filter, &SuiteFilterProxy::setDisagreeOnly);
    connect(m_compare, &QComboBox::currentIndexChanged, this, &SuitePanel::compareWith);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &SuitePanel::showDetail);
    connect(m_runner.get(), &eval::EvalRunner::progress, this, &SuitePanel::onProgress);
    connect(m_runner.get(), &eval::EvalRunner::cellFinished, m_matrix, &SuiteMatrixModel::cellUpdated);
    connect(m_runner.get(), &eval::EvalRunner::finished, this, &SuitePanel::onFinished);
    connect(m_runner.get(), &eval::EvalRunner::failed, this, [this](const QString &message) {
        setStatus(message);
        updateActions();
    });
    connect(m_runner.get(), &eval::EvalRunner::cellFinished, this, [this] {
        if (m_table->currentIndex().isValid())
            showDetail();
    });
    updateRecentMenu();
    reloadHistory();
    setStatus({});
    updateActions();
}

SuitePanel::~SuitePanel() = default;

QStringList SuitePanel::recentSuites()
{
    return QSettings().value(RecentKey).toStringList();
}

void SuitePanel::updateRecentMenu()
{
    QMenu *menu = m_recent->menu();
    menu->clear();
    for (const QString &path : recentSuites())
        menu->addAction(QFileInfo(path).fileName() + QStringLiteral("  —  ") + QFileInfo(path).absolutePath(), this,
                        [this, path] { openSuite(path); });
    m_recent->setEnabled(!menu->isEmpty());
}

void SuitePanel::chooseSuite()
{
    const QString path = FileDialogs::openFile(this, tr("Open Suite"), QStringLiteral("suites/folder"),
                                               tr("promptfoo configs (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        openSuite(path);
}

bool SuitePanel::openSuite(const QString &path)
{
    if (m_runner->isRunning())
        return false;
    eval::ReadOptions options;
    options.skipUnsupported = true; // the page reports skipped checks; the command line asks first
    auto suite = eval::SuiteReader::load(path, options);
    if (!suite) {
        setStatus(suite.error());
        return false;
    }
    m_suite = std::make_unique<eval::Suite>(std::move(suite).value());
    m_suitePath = m_suite->path;
    QStringList recent = recentSuites();
    recent.removeAll(m_suitePath);
    recent.prepend(m_suitePath);
    QSettings().setValue(RecentKey, recent.mid(0, MaxRecent));
    updateRecentMenu();
    m_suiteLabel->setText(tr("<b>%1</b> · %2 tests · %3 models")
                              .arg(m_suite->benchmarkName().toHtmlEscaped())
                              .arg(m_suite->tests.size())
                              .arg(m_suite->providers.size()));
    m_suiteLabel->setToolTip(QDir::toNativeSeparators(m_suitePath));
    const int skipped = m_suite->skippedCount();
    setStatus(skipped ? tr("%n check(s) of a type ModelDesk does not run will be skipped (shown as skipped, "
                           "never as passed).",
                           nullptr, skipped)
                      : QString());
    m_progress->setValue(0);
    m_progress->setFormat(QString());
    reloadHistory();
    m_matrix->setRun(shownRun());
    updateActions();
    return true;
}

std::vector<eval::ProviderSpec> SuitePanel::chosenProviders() const
{
    if (!m_suite)
        return {};
    if (!m_selectedOnly->isChecked() || !m_selection)
        return m_suite->providers;
    std::vector<eval::ProviderSpec> chosen;
    for (const eval::ProviderSpec &p : m_suite->providers) {
        QString datasetId;
        if (p.modeldeskProvider.isEmpty())
            datasetId = m_trials->resolveEndpoint(p.baseUrl, p.model).datasetModelId;
        else if (const auto column = m_trials->resolve(p.modeldeskProvider, p.model))
            datasetId = column->datasetModelId;
        if (!datasetId.isEmpty() && m_selection->isSelected(datasetId))
            chosen.push_back(p);
    }
    return chosen;
}

void SuitePanel::run()
{
    if (!m_suite || m_runner->isRunning())
        return;
    eval::Suite suite = *m_suite;
    suite.providers = chosenProviders();
    if (suite.providers.empty()) {
        setStatus(tr("None of the suite's models is in the shared selection; tick them in the models list "
                     "or untick \"Only selected models\"."));
        return;
    }
    eval::RunOptions options;
    options.repeat = m_repeat->value();
    const QString problem = m_runner->start(suite, options);
    if (!problem.isEmpty()) {
        setStatus(problem);
        return;
    }
    setStatus({});
    m_compare->setCurrentIndex(0);
    m_matrix->setRun(&m_runner->run());
    m_progress->setRange(0, m_runner->run().total());
    m_progress->setValue(0);
    m_progress->setFormat(tr("Starting…"));
    m_progress->show();
    m_detail->clear();
    updateActions();
}

void SuitePanel::cancel()
{
    m_runner->cancel();
}

void SuitePanel::onProgress(int done, int total, qint64 etaMs, const Money &cost)
{
    const QLocale locale;
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    QString text = tr("%1 of %2 calls").arg(locale.toString(done), locale.toString(total));
    if (etaMs >= 0 && done < total)
        text += QStringLiteral(" · ") + tr("about %1 s left").arg(locale.toString((etaMs + 999) / 1000));
    if (cost.units() > 0) // nothing priced yet (or no price at all): no "$0.00" that reads like free
        text += QStringLiteral(" · ") + tr("%1 so far").arg(cost.toStringTrimmed(locale, 4));
    m_progress->setFormat(text);
}

void SuitePanel::onFinished()
{
    const eval::EvalRun &run = m_runner->run();
    if (run.cancelled)
        setStatus(tr("Cancelled: %1 of %2 answers came.").arg(run.doneCount()).arg(run.total()));
    else if (!eval::RunHistory().save(run))
        setStatus(tr("The run could not be kept in the history."));
    reloadHistory();
    m_matrix->setRun(&m_runner->run());
    updateActions();
}

void SuitePanel::reloadHistory()
{
    m_history = m_suitePath.isEmpty() ? std::vector<eval::EvalRun>{} : eval::RunHistory().load(m_suitePath);
    const QSignalBlocker block(m_compare);
    m_compare->clear();
    m_compare->addItem(tr("Compare with run…"));
    const QLocale locale;
    for (const eval::EvalRun &r : m_history) {
        int passed = 0;
        for (const eval::Cell &c : r.cells)
            passed += c.done && c.pass ? 1 : 0;
        m_compare->addItem(tr("%1 · %2 of %3 passed")
                               .arg(locale.toString(r.started.toLocalTime(), QLocale::ShortFormat))
                               .arg(passed)
                               .arg(r.total()));
    }
}

const eval::EvalRun *SuitePanel::shownRun() const
{
    const eval::EvalRun &live = m_runner->run();
    if (live.total() > 0 && live.suitePath == m_suitePath)
        return &live;
    return m_history.empty() ? nullptr : &m_history.front();
}

void SuitePanel::compareWith(int index)
{
    const eval::EvalRun *other = index >= 1 && index <= int(m_history.size()) ? &m_history[size_t(index - 1)] : nullptr;
    m_matrix->setComparison(other);
    if (other)
        setStatus(tr("%n cell(s) changed since that run (marked in bold, with the earlier verdict).", nullptr,
                     m_matrix->changedCount()));
    else
        setStatus({});
}

void SuitePanel::showDetail()
{
    const QModelIndex index = m_filter->mapToSource(m_table->currentIndex());
    m_detail->setHtml(index.isValid() ? index.data(SuiteMatrixModel::DetailRole).toString() : QString());
}

bool SuitePanel::addToDataset()
{
    const eval::EvalRun *run = shownRun();
    if (!run || !m_document || run->doneCount() == 0)
        return false;
    const eval::EvalDataset::Scores scores = eval::EvalDataset::scoresFor(*run);
    if (!eval::EvalDataset::apply(*m_document, scores)) {
        setStatus(tr("None of the suite's models is in the dataset; link them under Trials > Providers…"));
        return false;
    }
    QString text = tr("Added \"%1\" to the dataset with %n model(s)' pass rates (Edit > Undo takes it back).", nullptr,
                      int(scores.scores.size()))
                       .arg(scores.benchmark.name);
    if (!scores.unmatched.isEmpty())
        text += QLatin1Char(' ') + tr("Not in the dataset: %1.").arg(scores.unmatched.join(QStringLiteral(", ")));
    setStatus(text);
    return true;
}

void SuitePanel::chooseExport()
{
    const eval::EvalRun *run = shownRun();
    if (!run)
        return;
    const QString path = FileDialogs::saveFile(this, tr("Export Run"), QStringLiteral("suites/export"),
                                               QFileInfo(m_suitePath).completeBaseName() + QStringLiteral(".html"),
                                               tr("HTML report (*.html);;JSON (*.json);;CSV (*.csv);;Markdown (*.md)"));
    if (!path.isEmpty() && !exportTo(path))
        setStatus(tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
}

bool SuitePanel::exportTo(const QString &path)
{
    const eval::EvalRun *run = shownRun();
    if (!run)
        return false;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString format = suffix == QLatin1String("json")  ? QStringLiteral("json")
                           : suffix == QLatin1String("csv") ? QStringLiteral("csv")
                           : suffix == QLatin1String("md")  ? QStringLiteral("markdown")
                                                            : QStringLiteral("html");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(eval::EvalReport::render(*run, format).toUtf8());
    return file.commit();
}

void SuitePanel::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void SuitePanel::updateActions()
{
    const bool running = m_runner->isRunning();
    const bool haveRun = shownRun() && shownRun()->doneCount() > 0;
    m_open->setEnabled(!running);
    m_recent->setEnabled(!running && !m_recent->menu()->isEmpty());
    m_run->setEnabled(!running && m_suite);
    m_cancel->setEnabled(running);
    m_addToDataset->setEnabled(!running && haveRun && m_document);
    m_export->setEnabled(!running && haveRun);
    m_compare->setEnabled(!running && m_history.size() > (haveRun && shownRun() == &m_runner->run() ? 0 : 1));
}

} // namespace md
