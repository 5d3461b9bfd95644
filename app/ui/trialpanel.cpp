#include "trialpanel.h"

#include "answerdiffview.h"
#include "core/datasetmodel.h"
#include "core/modelselection.h"
#include "providersdialog.h"
#include "spinboxfit.h"
#include "trial/trialservice.h"
#include "trial/trialsession.h"
#include "trialcolumn.h"
#include "trialhistorydialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace md {

namespace {

QString choiceData(const QString &provider, const QString &model)
{
    return provider + QLatin1Char('\n') + model;
}

} // namespace

TrialPanel::TrialPanel(trial::TrialService *trials, QWidget *parent)
    : QWidget(parent)
    , m_trials(trials)
    , m_session(trials->session())
{
    setObjectName(QStringLiteral("TrialPanel"));
    buildUi();
    restoreSettings();
    refreshChoices();
    m_message->setText(m_trials->historyError());

    connect(m_session, &trial::TrialSession::columnText, this,
            [this](int i, const QString &delta) { m_columns[size_t(i)]->appendText(delta); });
    connect(m_session, &trial::TrialSession::columnRetrying, this,
            [this](int i, const QString &reason, int delayMs) { m_columns[size_t(i)]->setRetrying(reason, delayMs); });
    connect(m_session, &trial::TrialSession::columnFinished, this,
            [this](int i, const trial::TrialAnswer &answer) { m_columns[size_t(i)]->showResult(answer); });
    connect(m_session, &trial::TrialSession::turnStarted, this, &TrialPanel::onTurnStarted);
    connect(m_session, &trial::TrialSession::turnFinished, this, &TrialPanel::onTurnFinished);
    connect(m_trials, &trial::TrialService::choicesChanged, this, &TrialPanel::refreshChoices);
    m_costTimer.setSingleShot(true);
    m_costTimer.setInterval(150);
    connect(&m_costTimer, &QTimer::timeout, this, &TrialPanel::updatePromptCosts);
    connect(m_prompt, &QPlainTextEdit::textChanged, &m_costTimer, qOverload<>(&QTimer::start));
    connect(m_system, &QLineEdit::textChanged, &m_costTimer, qOverload<>(&QTimer::start));
    connect(m_trials, &trial::TrialService::choicesChanged, &m_costTimer, qOverload<>(&QTimer::start));
    connect(m_trials, &trial::TrialService::fetchingKeysChanged, this, &TrialPanel::updateState);
    connect(m_trials, &trial::TrialService::failed, m_message, &QLabel::setText);
    connect(m_trials, &trial::TrialService::started, this, [this] {
        m_message->clear();
        saveSettings();
        updateState();
    });
    updateState();
}

TrialPanel::~TrialPanel()
{
    saveSettings();
    m_session->cancelAll();
}

trial::TrialSession *TrialPanel::session() const
{
    return m_session;
}

const trial::ProviderConfig &TrialPanel::providerConfig() const
{
    return m_trials->providerConfig();
}

void TrialPanel::buildUi()
{
    m_setup = new QLabel;
    m_setup->setObjectName(QStringLiteral("TrialSetupHint"));
    m_setup->setWordWrap(true);
    m_setup->setFrameShape(QFrame::StyledPanel);
    m_setup->setMargin(10);
    m_setup->setTextFormat(Qt::RichText);
    m_setup->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_setup, &QLabel::linkActivated, this, &TrialPanel::showProviders);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setChildrenCollapsible(false);
    for (int i = 0; i < trial::TrialSession::MaxColumns; ++i) {
        auto *column = new TrialColumn(i);
        m_columns.push_back(column);
        m_splitter->addWidget(column);
        connect(column, &TrialColumn::stopRequested, this, [this, i] { m_session->cancel(i); });
        connect(column, &TrialColumn::copyRequested, this, [this, i] { copyAnswer(i); });
        connect(column, &TrialColumn::choiceChanged, &m_costTimer, qOverload<>(&QTimer::start));
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_setup);
    layout->addLayout(buildToolbar());
    layout->addWidget(m_splitter, 1);
    layout->addLayout(buildPromptForm());
    layout->addLayout(buildOptions());
    addShortcuts();
}

QHBoxLayout *TrialPanel::buildToolbar()
{
    m_columnCount = new QSpinBox;
    m_columnCount->setRange(2, trial::TrialSession::MaxColumns);
    m_columnCount->setToolTip(tr("How many models answer side by side"));
    m_providers = new QPushButton(QIcon::fromTheme(QStringLiteral("configure")), tr("&Providers…"));
    m_providers->setToolTip(tr("Endpoints, keys, model ids and links to the dataset's models"));
    m_history = new QPushButton(QIcon::fromTheme(QStringLiteral("document-open-recent")), tr("&History…"));
    m_history->setToolTip(tr("Earlier trials: open, re-run, export"));
    m_diff = new QPushButton(tr("&Diff…"));
    m_diff->setToolTip(tr("Compare two answers word by word"));
    m_copyAll = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy &Trial"));
    m_copyAll->setToolTip(tr("Copy the prompt and every answer, each headed by its model, as Markdown"));
    m_export = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("E&xport…"));
    m_export->setToolTip(tr("Save this trial as Markdown or JSON"));
    m_markdown = new QCheckBox(tr("Mar&kdown"));
    m_markdown->setObjectName(QStringLiteral("TrialMarkdown"));
    m_markdown->setToolTip(tr("Show answers as formatted Markdown (headings, lists, code blocks); untick to see "
                              "the raw text the models wrote"));
    m_markdown->setChecked(true);
    connect(m_markdown, &QCheckBox::toggled, this, [this](bool on) {
        for (TrialColumn *c : m_columns)
            c->setMarkdown(on);
    });
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Models:")));
    top->addWidget(m_columnCount);
    top->addWidget(m_providers);
    top->addStretch();
    top->addWidget(m_markdown);
    top->addWidget(m_diff);
    top->addWidget(m_copyAll);
    top->addWidget(m_export);
    top->addWidget(m_history);
    connect(m_diff, &QPushButton::clicked, this, &TrialPanel::showDiff);
    connect(m_copyAll, &QPushButton::clicked, this, &TrialPanel::copyTrial);
    connect(m_export, &QPushButton::clicked, this, &TrialPanel::exportTrial);
    connect(m_providers, &QPushButton::clicked, this, &TrialPanel::showProviders);
    connect(m_history, &QPushButton::clicked, this, &TrialPanel::showHistory);
    connect(m_columnCount, &QSpinBox::valueChanged, this, &TrialPanel::setColumnCount);
    return top;
}

QFormLayout *TrialPanel::buildPromptForm()
{
    m_system = new QLineEdit;
    m_system->setPlaceholderText(tr("Optional, e.g. \"Answer in one paragraph.\""));
    m_prompt = new QPlainTextEdit;
    m_prompt->setObjectName(QStringLiteral("TrialPrompt"));
    m_prompt->setPlaceholderText(tr("The prompt every model gets. Ctrl+Return sends it."));
    m_prompt->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    connect(m_prompt, &QPlainTextEdit::textChanged, this, &TrialPanel::updateState);
    auto *form = new QFormLayout;
    form->addRow(tr("S&ystem:"), m_system);
    form->addRow(tr("P&rompt:"), m_prompt);
    return form;
}

QHBoxLayout *TrialPanel::buildOptions()
{
    m_temperature = new QDoubleSpinBox;
    m_temperature->setRange(-0.1, 2.0);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(1);
    m_temperature->setSpecialValueText(tr("Default"));
    m_temperature->setToolTip(tr("Sampling temperature; Default leaves it to each server"));
    m_maxTokens = new QSpinBox;
    m_maxTokens->setRange(0, 1'000'000);
    m_maxTokens->setSingleStep(256);
    m_maxTokens->setSpecialValueText(tr("Default"));
    m_maxTokens->setToolTip(tr("Most tokens per answer; Default leaves it to each server"));
    fitSpinBox(m_temperature, m_temperature->specialValueText() + QStringLiteral("0.0"));
    fitSpinBox(m_maxTokens, m_maxTokens->specialValueText() + QStringLiteral("1,000,000"));
    m_stream = new QCheckBox(tr("Str&eam"));
    m_stream->setToolTip(tr("Show answers as they are written (needed for the time to first token)"));
    m_send = new QPushButton(QIcon::fromTheme(QStringLiteral("mail-send")), tr("&Send"));
    m_send->setObjectName(QStringLiteral("TrialSend"));
    m_send->setToolTip(tr("Start a new trial with this prompt (Ctrl+Return)"));
    m_send->setDefault(true);
    m_followUp = new QPushButton(tr("&Follow Up"));
    m_followUp->setToolTip(tr("Send this prompt as the next message of every column's conversation "
                              "(Ctrl+Shift+Return)"));
    m_stop = new QPushButton(QIcon::fromTheme(QStringLiteral("process-stop")), tr("Stop &All"));
    m_stop->setToolTip(tr("Stop every answer (Esc)"));
    m_message = new QLabel;
    m_message->setWordWrap(true);
    connect(m_send, &QPushButton::clicked, this, &TrialPanel::send);
    connect(m_followUp, &QPushButton::clicked, this, &TrialPanel::followUp);
    connect(m_stop, &QPushButton::clicked, this, &TrialPanel::stopAll);

    auto *options = new QHBoxLayout;
    options->addWidget(new QLabel(tr("Temperature:")));
    options->addWidget(m_temperature);
    options->addWidget(new QLabel(tr("Max tokens:")));
    options->addWidget(m_maxTokens);
    options->addWidget(m_stream);
    options->addWidget(m_message, 1);
    options->addWidget(m_stop);
    options->addWidget(m_followUp);
    options->addWidget(m_send);
    return options;
}

void TrialPanel::addShortcuts()
{
    const std::pair<QKeySequence, void (TrialPanel::*)()> shortcuts[] = {
        {QKeySequence(Qt::CTRL | Qt::Key_Return), &TrialPanel::send},
        {QKeySequence(Qt::CTRL | Qt::Key_Enter), &TrialPanel::send},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), &TrialPanel::followUp},
        {QKeySequence(Qt::Key_Escape), &TrialPanel::stopAll},
    };
    for (const auto &[keys, slot] : shortcuts) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    }
}

int TrialPanel::columnCount() const
{
    return m_columnCount->value();
}

void TrialPanel::setColumnCount(int count)
{
    count = std::clamp(count, 2, trial::TrialSession::MaxColumns);
    m_columnCount->setValue(count);
    for (int i = 0; i < int(m_columns.size()); ++i)
        m_columns[size_t(i)]->setVisible(i < count);
    m_costTimer.start();
    updateState();
}

bool TrialPanel::isSetUp() const
{
    return m_trials->isSetUp();
}

void TrialPanel::setProviderConfig(trial::ProviderConfig config)
{
    m_trials->setProviderConfig(std::move(config)); // choicesChanged refreshes the columns
}

void TrialPanel::setModelSelection(const ModelSelection *selection)
{
    m_selection = selection;
    connect(selection, &ModelSelection::selectionChanged, this, &TrialPanel::refreshChoices);
    refreshChoices();
}

void TrialPanel::refreshChoices()
{
    QList<QPair<QString, QString>> choices;
    for (const trial::ModelChoice &c : m_trials->choices()) {
        if (m_selection) { // unticked in the models list: not offered here either
            const auto spec = m_trials->resolve(c.provider, c.apiModel);
            if (spec && !spec->datasetModelId.isEmpty() && !m_selection->isSelected(spec->datasetModelId))
                continue;
        }
        choices.append({c.label, choiceData(c.provider, c.apiModel)});
    }
    for (size_t i = 0; i < m_columns.size(); ++i) {
        TrialColumn *c = m_columns[i];
        QString current = c->currentChoice();
        if (current.isEmpty() && !choices.isEmpty()) // spread fresh columns over the models offered
            current = choices.at(qsizetype(i) % choices.size()).second;
        c->setChoices(choices, current);
    }
    const auto &providers = m_trials->providerConfig().providers;
    const QString var = providers.empty() ? QStringLiteral("OPENAI_API_KEY") : providers.front().keyVariable;
    m_setup->setText(
        tr("<b>Trials need an OpenAI-compatible endpoint.</b> Set <code>%1</code> in the environment before "
           "starting ModelDesk, or <a href=\"providers\">open Providers…</a> to add Ollama "
           "(<code>http://localhost:11434/v1</code>), a llama.cpp or vLLM server, OpenRouter, or to keep a key "
           "in the system keychain. Everything else in ModelDesk works without it.")
            .arg(var.isEmpty() ? QStringLiteral("OPENAI_API_KEY") : var.toHtmlEscaped()));
    m_setup->setVisible(!isSetUp());
    updateState();
}

void TrialPanel::updateState()
{
    const bool running = m_trials->isBusy();
    const QString prompt = m_prompt->toPlainText().trimmed();
    const bool ready = isSetUp() && !prompt.isEmpty();
    m_send->setEnabled(!running && ready);
    // The previous prompt still in the box is not a follow-up: sending it again would only repeat the turn.
    const bool repeated = m_session->hasTrial() && prompt == m_session->record().turns.back().prompt.trimmed();
    m_followUp->setEnabled(!running && ready && m_session->hasTrial() && !repeated);
    m_stop->setEnabled(running);
    m_columnCount->setEnabled(!running);
    const bool hasTrial = m_session->hasTrial();
    m_diff->setEnabled(hasTrial && !running);
    m_copyAll->setEnabled(hasTrial);
    m_export->setEnabled(hasTrial && !running);
}

void TrialPanel::updatePromptCosts()
{
    const QString prompt = m_prompt->toPlainText().trimmed();
    const trial::TrialSettings settings = settingsFromUi();
    const Dataset &dataset = m_trials->datasetModel()->dataset();
    for (int i = 0; i < int(m_columns.size()); ++i) {
        TrialColumn *column = m_columns[size_t(i)];
        if (prompt.isEmpty() || i >= columnCount()) {
            column->setPromptCost({});
            continue;
        }
        const QString choice = column->currentChoice();
        const auto spec =
            m_trials->resolve(choice.section(QLatin1Char('\n'), 0, 0), choice.section(QLatin1Char('\n'), 1));
        const auto cost =
            trial::TrialSession::promptCost(settings, prompt, &dataset, spec ? spec->datasetModelId : QString());
        column->setPromptCost(trial::TrialSession::promptCostText(cost));
    }
}

trial::TrialSettings TrialPanel::settingsFromUi() const
{
    trial::TrialSettings s;
    s.system = m_system->text().trimmed();
    if (m_temperature->value() >= 0)
        s.temperature = m_temperature->value();
    if (m_maxTokens->value() > 0)
        s.maxTokens = m_maxTokens->value();
    s.stream = m_stream->isChecked();
    return s;
}

std::vector<trial::ColumnSpec> TrialPanel::columnSpecs(QString *problem) const
{
    std::vector<trial::ColumnSpec> specs;
    for (int i = 0; i < columnCount(); ++i) {
        const QString choice = m_columns[size_t(i)]->currentChoice();
        auto spec = m_trials->resolve(choice.section(QLatin1Char('\n'), 0, 0), choice.section(QLatin1Char('\n'), 1));
        if (!spec) {
            *problem = tr("Column %1 has no model; add one under Providers….").arg(i + 1);
            return {};
        }
        specs.push_back(std::move(*spec));
    }
    return specs;
}

void TrialPanel::send()
{
    startTurn(true);
}

void TrialPanel::followUp()
{
    startTurn(false);
}

void TrialPanel::startTurn(bool newTrial)
{
    const QString prompt = m_prompt->toPlainText().trimmed();
    if (prompt.isEmpty() || m_trials->isBusy() || (!newTrial && !m_session->hasTrial()))
        return;
    if (!newTrial) {
        if (m_trials->followUp(prompt)) // turnStarted shows the prompt in every column and clears the box
            m_message->clear();
        updateState();
        return;
    }
    QString problem;
    std::vector<trial::ColumnSpec> specs = columnSpecs(&problem);
    if (specs.empty()) {
        m_message->setText(problem);
        return;
    }
    m_trials->start(std::move(specs), settingsFromUi(), prompt); // started() clears the columns
    updateState();
}

void TrialPanel::stopAll()
{
    m_session->cancelAll();
}

void TrialPanel::onTurnStarted(const QString &prompt)
{
    const trial::TrialRecord &r = m_session->record();
    // A follow-up is typed once and sent once: the box empties when it goes (a failed key fetch keeps it).
    if (r.turns.size() > 1 && m_prompt->toPlainText().trimmed() == prompt)
        m_prompt->clear();
    for (size_t i = 0; i < r.columns.size() && i < m_columns.size(); ++i) {
        if (r.turns.size() == 1) // a new trial
            m_columns[i]->clearAnswer();
        m_columns[i]->beginTurn(prompt);
        m_columns[i]->setRunning(true);
    }
    updateState();
}

void TrialPanel::onTurnFinished(const trial::TrialRecord &record)
{
    showLeaders(record); // the service keeps the record in the history
    updateState();
}

void TrialPanel::showLeaders(const trial::TrialRecord &record)
{
    const trial::TurnLeaders leaders =
        record.turns.empty() ? trial::TurnLeaders() : trial::leadersOf(record.turns.back());
    for (size_t i = 0; i < m_columns.size(); ++i)
        m_columns[i]->setLeader(trial::TrialFormat::leaderText(leaders, int(i)));
}

void TrialPanel::openRecord(const trial::TrialRecord &record, bool rerun)
{
    // The session takes the record: Export, Copy Trial, Diff and Follow Up then act on the trial shown.
    if (record.turns.empty() || !m_trials->open(record))
        return;
    setColumnCount(int(record.columns.size()));
    m_system->setText(record.settings.system);
    m_temperature->setValue(record.settings.temperature.value_or(-0.1));
    m_maxTokens->setValue(record.settings.maxTokens.value_or(0));
    m_stream->setChecked(record.settings.stream);
    for (size_t i = 0; i < record.columns.size() && i < m_columns.size(); ++i) {
        TrialColumn *c = m_columns[i];
        const QString choice = choiceData(record.columns[i].provider, record.columns[i].apiModel);
        const int found = c->modelBox()->findData(choice);
        if (found >= 0)
            c->modelBox()->setCurrentIndex(found);
        c->clearAnswer();
        for (const trial::TrialTurn &turn : record.turns) {
            c->beginTurn(turn.prompt);
            c->showResult(turn.answers.at(i));
        }
    }
    showLeaders(record);
    m_message->clear();
    if (rerun) {
        m_prompt->setPlainText(record.turns.front().prompt);
        send();
    } else {
        m_prompt->clear(); // ready for a follow-up
    }
    updateState();
}

void TrialPanel::copyAnswer(int column)
{
    const trial::TrialRecord &r = m_session->record();
    if (!m_session->hasTrial() || column >= int(r.columns.size())) {
        QApplication::clipboard()->setText(m_columns[size_t(column)]->answerText());
        return;
    }
    trial::TrialAnswer answer = r.turns.back().answers[size_t(column)];
    if (m_session->isRunning(column))
        answer.text = m_columns[size_t(column)]->answerText();
    QApplication::clipboard()->setText(trial::TrialFormat::answerText(r.columns[size_t(column)], answer));
}

void TrialPanel::copyTrial()
{
    if (m_session->hasTrial())
        QApplication::clipboard()->setText(trial::TrialFormat::toMarkdown(m_session->record()));
}

void TrialPanel::exportTrial()
{
    if (m_session->hasTrial())
        exportTrialRecord(this, m_session->record());
}

void TrialPanel::showDiff()
{
    const trial::TrialRecord &r = m_session->record();
    if (!m_session->hasTrial() || r.columns.size() < 2)
        return;
    QStringList labels, answers;
    for (size_t i = 0; i < r.columns.size(); ++i) {
        labels << r.columns[i].label;
        answers << r.turns.back().answers[i].text;
    }
    AnswerDiffView view(labels, answers, this);
    view.exec();
}

void TrialPanel::showProviders()
{
    ProvidersDialog dialog(m_trials->providerConfig(), m_trials->datasetModelIds(), m_trials->keys(), this);
    dialog.setService(m_trials);
    if (dialog.exec() == QDialog::Accepted)
        setProviderConfig(dialog.config());
}

void TrialPanel::showHistory()
{
    TrialHistoryDialog dialog(m_trials->historyModel(), m_trials->history(), this);
    connect(&dialog, &TrialHistoryDialog::openRequested, this, &TrialPanel::openRecord);
    dialog.exec();
}

void TrialPanel::saveSettings() const
{
    QSettings s;
    s.setValue(QStringLiteral("trial/columnCount"), columnCount());
    QStringList choices;
    for (const TrialColumn *c : m_columns)
        choices << c->currentChoice();
    s.setValue(QStringLiteral("trial/columns"), choices);
    s.setValue(QStringLiteral("trial/system"), m_system->text());
    s.setValue(QStringLiteral("trial/temperature"), m_temperature->value());
    s.setValue(QStringLiteral("trial/maxTokens"), m_maxTokens->value());
    s.setValue(QStringLiteral("trial/stream"), m_stream->isChecked());
    s.setValue(QStringLiteral("trial/markdown"), m_markdown->isChecked());
    s.setValue(QStringLiteral("trial/splitter"), m_splitter->saveState());
}

void TrialPanel::restoreSettings()
{
    QSettings s;
    const QStringList choices = s.value(QStringLiteral("trial/columns")).toStringList();
    for (size_t i = 0; i < m_columns.size(); ++i)
        m_columns[i]->setChoices({{QString(), choices.value(qsizetype(i))}}, {}); // selected by refreshChoices()
    m_system->setText(s.value(QStringLiteral("trial/system")).toString());
    m_temperature->setValue(s.value(QStringLiteral("trial/temperature"), -0.1).toDouble());
    m_maxTokens->setValue(s.value(QStringLiteral("trial/maxTokens"), 0).toInt());
    m_stream->setChecked(s.value(QStringLiteral("trial/stream"), true).toBool());
    m_markdown->setChecked(s.value(QStringLiteral("trial/markdown"), true).toBool());
    setColumnCount(s.value(QStringLiteral("trial/columnCount"), 2).toInt());
    m_splitter->restoreState(s.value(QStringLiteral("trial/splitter")).toByteArray());
}

} // namespace md
