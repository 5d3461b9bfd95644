#include "trialpanel.h"

#include "answerdiffview.h"
#include "core/datasetmodel.h"
#include "core/modelselection.h"
#include "providersdialog.h"
#include "trial/keystore.h"
#include "trial/trialhistory.h"
#include "trial/trialhistorymodel.h"
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
#include <QNetworkAccessManager>
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

TrialPanel::TrialPanel(DatasetModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_network(new QNetworkAccessManager(this))
    , m_keys(new trial::KeyStore(this))
    , m_session(new trial::TrialSession(m_network, this))
    , m_history(std::make_unique<trial::TrialHistory>())
    , m_historyModel(new trial::TrialHistoryModel(this))
{
    setObjectName(QStringLiteral("TrialPanel"));
    m_session->setDataset(&m_model->dataset());
    QSettings settings;
    m_config = trial::ProviderConfig::load(settings);
    buildUi();
    restoreSettings();
    refreshChoices();
    if (auto records = m_history->load())
        m_historyModel->setRecords(std::move(records).value());
    else
        m_message->setText(records.error());

    connect(m_session, &trial::TrialSession::columnText, this,
            [this](int i, const QString &delta) { m_columns[size_t(i)]->appendText(delta); });
    connect(m_session, &trial::TrialSession::columnRetrying, this,
            [this](int i, const QString &reason, int delayMs) { m_columns[size_t(i)]->setRetrying(reason, delayMs); });
    connect(m_session, &trial::TrialSession::columnFinished, this,
            [this](int i, const trial::TrialAnswer &answer) { m_columns[size_t(i)]->showResult(answer); });
    connect(m_session, &trial::TrialSession::turnFinished, this, &TrialPanel::onTurnFinished);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TrialPanel::refreshChoices);
    updateState();
}

TrialPanel::~TrialPanel()
{
    saveSettings();
    m_session->cancelAll();
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

    m_columnCount = new QSpinBox;
    m_columnCount->setRange(2, trial::TrialSession::MaxColumns);
    m_columnCount->setToolTip(tr("How many models answer side by side"));
    auto *providers = new QPushButton(QIcon::fromTheme(QStringLiteral("configure")), tr("&Providers…"));
    providers->setToolTip(tr("Endpoints, keys, model ids and links to the dataset's models"));
    auto *history = new QPushButton(QIcon::fromTheme(QStringLiteral("document-open-recent")), tr("&History…"));
    history->setToolTip(tr("Earlier trials: open, re-run, export"));
    m_diff = new QPushButton(tr("&Diff…"));
    m_diff->setToolTip(tr("Compare two answers word by word"));
    m_copyAll = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy &Trial"));
    m_copyAll->setToolTip(tr("Copy the prompt and every answer, each headed by its model, as Markdown"));
    m_export = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("E&xport…"));
    m_export->setToolTip(tr("Save this trial as Markdown or JSON"));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Models:")));
    top->addWidget(m_columnCount);
    top->addWidget(providers);
    top->addStretch();
    top->addWidget(m_diff);
    top->addWidget(m_copyAll);
    top->addWidget(m_export);
    top->addWidget(history);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setChildrenCollapsible(false);
    for (int i = 0; i < trial::TrialSession::MaxColumns; ++i) {
        auto *column = new TrialColumn(i);
        m_columns.push_back(column);
        m_splitter->addWidget(column);
        connect(column, &TrialColumn::stopRequested, this, [this, i] { m_session->cancel(i); });
        connect(column, &TrialColumn::copyRequested, this, [this, i] { copyAnswer(i); });
    }

    m_system = new QLineEdit;
    m_system->setPlaceholderText(tr("Optional, e.g. \"Answer in one paragraph.\""));
    m_prompt = new QPlainTextEdit;
    m_prompt->setObjectName(QStringLiteral("TrialPrompt"));
    m_prompt->setPlaceholderText(tr("The prompt every model gets. Ctrl+Return sends it."));
    m_prompt->setMaximumHeight(fontMetrics().lineSpacing() * 6);
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
    auto *form = new QFormLayout;
    form->addRow(tr("S&ystem:"), m_system);
    form->addRow(tr("P&rompt:"), m_prompt);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_setup);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(form);
    layout->addLayout(options);

    auto *sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    auto *sendShortcut2 = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    auto *followShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), this);
    auto *stopShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    for (QShortcut *s : {sendShortcut, sendShortcut2, followShortcut, stopShortcut})
        s->setContext(Qt::WidgetWithChildrenShortcut);
    connect(sendShortcut, &QShortcut::activated, this, &TrialPanel::send);
    connect(sendShortcut2, &QShortcut::activated, this, &TrialPanel::send);
    connect(followShortcut, &QShortcut::activated, this, &TrialPanel::followUp);
    connect(stopShortcut, &QShortcut::activated, this, &TrialPanel::stopAll);
    connect(m_send, &QPushButton::clicked, this, &TrialPanel::send);
    connect(m_followUp, &QPushButton::clicked, this, &TrialPanel::followUp);
    connect(m_stop, &QPushButton::clicked, this, &TrialPanel::stopAll);
    connect(m_diff, &QPushButton::clicked, this, &TrialPanel::showDiff);
    connect(m_copyAll, &QPushButton::clicked, this, &TrialPanel::copyTrial);
    connect(m_export, &QPushButton::clicked, this, &TrialPanel::exportTrial);
    connect(providers, &QPushButton::clicked, this, &TrialPanel::showProviders);
    connect(history, &QPushButton::clicked, this, &TrialPanel::showHistory);
    connect(m_columnCount, &QSpinBox::valueChanged, this, &TrialPanel::setColumnCount);
    connect(m_prompt, &QPlainTextEdit::textChanged, this, &TrialPanel::updateState);
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
    updateState();
}

bool TrialPanel::isSetUp() const
{
    for (const trial::Provider &p : m_config.providers) {
        if (p.models.isEmpty() || !trial::checkEndpoint(p.baseUrl, false).isEmpty())
            continue;
        if (p.keySource != trial::KeySource::Environment || !trial::KeyStore::fromEnvironment(p).isEmpty())
            return true;
    }
    return false;
}

void TrialPanel::setProviderConfig(trial::ProviderConfig config)
{
    m_config = std::move(config);
    QSettings settings;
    m_config.save(settings);
    refreshChoices();
}

void TrialPanel::setModelSelection(const ModelSelection *selection)
{
    m_selection = selection;
    connect(selection, &ModelSelection::selectionChanged, this, &TrialPanel::refreshChoices);
    refreshChoices();
}

void TrialPanel::refreshChoices()
{
    QStringList ids;
    for (const ModelInfo &m : m_model->dataset().models)
        ids << m.id;
    QList<QPair<QString, QString>> choices;
    for (const trial::Provider &p : m_config.providers) {
        for (const QString &apiModel : p.models) {
            const QString datasetId = m_config.datasetModelFor(p.name, apiModel, ids);
            if (m_selection && !datasetId.isEmpty() && !m_selection->isSelected(datasetId))
                continue; // unticked in the models list: not offered here either
            const ModelInfo *info = datasetId.isEmpty() ? nullptr : m_model->dataset().model(datasetId);
            const QString name = info && !info->name.isEmpty() ? info->name : apiModel;
            choices.append({tr("%1 · %2").arg(name, p.name), choiceData(p.name, apiModel)});
        }
    }
    for (size_t i = 0; i < m_columns.size(); ++i) {
        TrialColumn *c = m_columns[i];
        QString current = c->currentChoice();
        if (current.isEmpty() && !choices.isEmpty()) // spread fresh columns over the models offered
            current = choices.at(qsizetype(i) % choices.size()).second;
        c->setChoices(choices, current);
    }
    const QString var =
        m_config.providers.empty() ? QStringLiteral("OPENAI_API_KEY") : m_config.providers.front().keyVariable;
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
    const bool running = m_session->isRunning() || m_fetchingKeys;
    const bool ready = isSetUp() && !m_prompt->toPlainText().trimmed().isEmpty();
    m_send->setEnabled(!running && ready);
    m_followUp->setEnabled(!running && ready && m_session->hasTrial());
    m_stop->setEnabled(running);
    m_columnCount->setEnabled(!running);
    const bool hasTrial = m_session->hasTrial();
    m_diff->setEnabled(hasTrial && !running);
    m_copyAll->setEnabled(hasTrial);
    m_export->setEnabled(hasTrial && !running);
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
    QStringList ids;
    for (const ModelInfo &m : m_model->dataset().models)
        ids << m.id;
    std::vector<trial::ColumnSpec> specs;
    for (int i = 0; i < columnCount(); ++i) {
        const QString data = m_columns[size_t(i)]->currentChoice();
        const QString providerName = data.section(QLatin1Char('\n'), 0, 0);
        const QString apiModel = data.section(QLatin1Char('\n'), 1);
        const trial::Provider *p = m_config.provider(providerName);
        if (!p || apiModel.isEmpty()) {
            *problem = tr("Column %1 has no model; add one under Providers….").arg(i + 1);
            return {};
        }
        const QString datasetId = m_config.datasetModelFor(providerName, apiModel, ids);
        const ModelInfo *info = datasetId.isEmpty() ? nullptr : m_model->dataset().model(datasetId);
        specs.push_back(
            {p->name, p->baseUrl, apiModel, datasetId, info && !info->name.isEmpty() ? info->name : apiModel});
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
    if (prompt.isEmpty() || m_session->isRunning() || m_fetchingKeys || (!newTrial && !m_session->hasTrial()))
        return;
    if (!newTrial) {
        for (int i = 0; i < columnCount(); ++i) {
            m_columns[size_t(i)]->showPrompt(prompt);
            m_columns[size_t(i)]->setRunning(true);
        }
        m_session->followUp(prompt);
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
    std::vector<trial::Provider> providers;
    for (const trial::ColumnSpec &spec : specs)
        providers.push_back(*m_config.provider(spec.provider));
    m_fetchingKeys = true;
    updateState();
    const trial::TrialSettings settings = settingsFromUi();
    m_keys->fetchAll(providers, this, [=, this](const QStringList &keys, const QString &error) {
        m_fetchingKeys = false;
        if (!error.isEmpty()) {
            m_message->setText(error);
            updateState();
            return;
        }
        for (size_t c = 0; c < specs.size(); ++c) {
            m_columns[c]->clearAnswer();
            m_columns[c]->setRunning(true);
        }
        m_message->clear();
        m_session->start(specs, keys, settings, prompt);
        saveSettings();
        updateState();
    });
}

void TrialPanel::stopAll()
{
    m_session->cancelAll();
}

void TrialPanel::onTurnFinished(const trial::TrialRecord &record)
{
    if (auto saved = m_history->save(record); !saved)
        m_message->setText(saved.error());
    m_historyModel->upsert(record);
    updateState();
}

void TrialPanel::openRecord(const trial::TrialRecord &record, bool rerun)
{
    if (m_session->isRunning() || record.turns.empty())
        return;
    setColumnCount(int(record.columns.size()));
    m_system->setText(record.settings.system);
    m_temperature->setValue(record.settings.temperature.value_or(-0.1));
    m_maxTokens->setValue(record.settings.maxTokens.value_or(0));
    m_stream->setChecked(record.settings.stream);
    m_prompt->setPlainText(record.turns.front().prompt);
    for (size_t i = 0; i < record.columns.size() && i < m_columns.size(); ++i) {
        TrialColumn *c = m_columns[i];
        const QString data = choiceData(record.columns[i].provider, record.columns[i].apiModel);
        const int found = c->modelBox()->findData(data);
        if (found >= 0)
            c->modelBox()->setCurrentIndex(found);
        c->clearAnswer();
        for (const trial::TrialTurn &turn : record.turns) {
            c->showPrompt(turn.prompt);
            c->appendText(turn.answers.at(i).text);
        }
        c->showResult(record.turns.back().answers.at(i));
    }
    if (rerun)
        send();
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
    QStringList ids;
    for (const ModelInfo &m : m_model->dataset().models)
        ids << m.id;
    ProvidersDialog dialog(m_config, ids, m_keys, this);
    if (dialog.exec() == QDialog::Accepted)
        setProviderConfig(dialog.config());
}

void TrialPanel::showHistory()
{
    TrialHistoryDialog dialog(m_historyModel, m_history.get(), this);
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
    setColumnCount(s.value(QStringLiteral("trial/columnCount"), 2).toInt());
    m_splitter->restoreState(s.value(QStringLiteral("trial/splitter")).toByteArray());
}

} // namespace md
