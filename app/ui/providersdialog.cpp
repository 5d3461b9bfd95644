#include "providersdialog.h"

#include "trial/keystore.h"
#include "trial/trialservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace md {

using trial::KeySource;

ProvidersDialog::ProvidersDialog(trial::ProviderConfig config, const QStringList &datasetModelIds,
                                 trial::KeyStore *keys, QWidget *parent)
    : QDialog(parent)
    , m_config(std::move(config))
    , m_datasetIds(datasetModelIds)
    , m_keys(keys)
    , m_list(new QListWidget)
    , m_name(new QLineEdit)
    , m_baseUrl(new QLineEdit)
    , m_keySource(new QComboBox)
    , m_variable(new QLineEdit)
    , m_key(new QLineEdit)
    , m_storeKey(new QPushButton(tr("Store in Keychain")))
    , m_keyState(new QLabel)
    , m_models(new QLineEdit)
    , m_test(new QPushButton(tr("&Test Connection")))
    , m_fetch(new QPushButton(tr("&Fetch Models…")))
    , m_connection(new QLabel)
    , m_links(new QTableWidget(0, 3))
{
    setWindowTitle(tr("Trial Providers"));
    setObjectName(QStringLiteral("ProvidersDialog"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://api.openai.com/v1"));
    m_baseUrl->setToolTip(tr("The OpenAI-compatible endpoint up to /v1. Plain http only for this machine "
                             "(localhost) when a key is used."));
    m_keySource->addItem(tr("Environment variable"), int(KeySource::Environment));
    m_keySource->addItem(tr("System keychain"), int(KeySource::Keychain));
    m_keySource->addItem(tr("No key (local server)"), int(KeySource::None));
    m_variable->setPlaceholderText(QStringLiteral("OPENAI_API_KEY"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Paste a key to store it in the system keychain"));
    m_keyState->setWordWrap(true);
    m_models->setPlaceholderText(QStringLiteral("gpt-4o-mini, gpt-4o"));
    m_models->setToolTip(tr("API model ids offered in the trial columns, separated by commas"));
    m_test->setObjectName(QStringLiteral("ProviderTest"));
    m_test->setToolTip(tr("Ask the endpoint for its model list with this key (GET /models) and say whether it "
                          "answered"));
    m_fetch->setObjectName(QStringLiteral("ProviderFetchModels"));
    m_models->setObjectName(QStringLiteral("ProviderModels"));
    m_fetch->setToolTip(tr("Fetch the endpoint's model ids and pick the ones the trial columns offer"));
    m_connection->setObjectName(QStringLiteral("ProviderConnectionState"));
    m_connection->setWordWrap(true);
    m_connection->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QPushButton *b : {m_test, m_fetch})
        b->setEnabled(false); // until setService()

    auto *add = new QPushButton(tr("&Add"));
    auto *presets = new QMenu(add);
    for (const trial::Provider &p : trial::ProviderConfig::presets())
        presets->addAction(p.name, this, [this, p] { addProvider(p); });
    presets->addSeparator();
    presets->addAction(tr("Custom endpoint"), this, [this] {
        addProvider({tr("Custom"), QStringLiteral("http://localhost:8000/v1"), KeySource::None, {}, {}});
    });
    add->setMenu(presets);
    auto *remove = new QPushButton(tr("&Remove"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto *keyRow = new QHBoxLayout;
    m_keyRow = keyRow;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_storeKey);
    auto *modelButtons = new QHBoxLayout;
    modelButtons->addWidget(m_test);
    modelButtons->addWidget(m_fetch);
    modelButtons->addStretch();
    auto *form = new QFormLayout;
    m_form = form;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Base URL:"), m_baseUrl);
    form->addRow(tr("&Key from:"), m_keySource);
    form->addRow(tr("&Variable:"), m_variable);
    form->addRow(tr("Key:"), keyRow);
    form->addRow(QString(), m_keyState);
    form->addRow(tr("&Models:"), m_models);
    form->addRow(QString(), modelButtons);
    form->addRow(QString(), m_connection);
    auto *top = new QHBoxLayout;
    top->addLayout(left, 1);
    top->addLayout(form, 2);

    m_links->setHorizontalHeaderLabels({tr("Dataset model"), tr("Provider"), tr("API model id")});
    m_links->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_links->verticalHeader()->hide();
    for (const trial::ModelLink &l : m_config.links) {
        const int row = m_links->rowCount();
        m_links->insertRow(row);
        m_links->setItem(row, 0, new QTableWidgetItem(l.datasetModelId));
        m_links->setItem(row, 1, new QTableWidgetItem(l.provider));
        m_links->setItem(row, 2, new QTableWidgetItem(l.apiModel));
    }
    auto *addLink = new QPushButton(tr("Add &Link"));
    auto *removeLink = new QPushButton(tr("Remove Li&nk"));
    auto *linkButtons = new QHBoxLayout;
    linkButtons->addStretch();
    linkButtons->addWidget(addLink);
    linkButtons->addWidget(removeLink);
    auto *linksBox = new QGroupBox(tr("Dataset models answered by an API model (for prices)"));
    auto *linksLayout = new QVBoxLayout(linksBox);
    linksLayout->addWidget(m_links);
    linksLayout->addLayout(linkButtons);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(linksBox);
    layout->addWidget(buttons);

    for (const trial::Provider &p : m_config.providers)
        m_list->addItem(p.name);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProvidersDialog::showProvider);
    connect(remove, &QPushButton::clicked, this, &ProvidersDialog::removeProvider);
    connect(m_keySource, &QComboBox::currentIndexChanged, this, &ProvidersDialog::updateKeyState);
    connect(m_variable, &QLineEdit::textChanged, this, &ProvidersDialog::updateKeyState);
    connect(m_name, &QLineEdit::textEdited, this, &ProvidersDialog::renameProvider);
    connect(m_test, &QPushButton::clicked, this, [this] { queryModels(false); });
    connect(m_fetch, &QPushButton::clicked, this, [this] { queryModels(true); });
    connect(m_storeKey, &QPushButton::clicked, this, &ProvidersDialog::storeKey);
    connect(addLink, &QPushButton::clicked, this, &ProvidersDialog::addLink);
    connect(removeLink, &QPushButton::clicked, this, [this] { m_links->removeRow(m_links->currentRow()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_list->setCurrentRow(0);
    showProvider(m_list->currentRow());
    resize(760, 560);
}

void ProvidersDialog::addProvider(const trial::Provider &provider)
{
    storeForm();
    m_config.providers.push_back(provider);
    m_list->addItem(provider.name);
    m_list->setCurrentRow(m_list->count() - 1);
}

void ProvidersDialog::removeProvider()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    m_current = -1; // the form belongs to the row going away
    m_config.providers.erase(m_config.providers.begin() + row);
    delete m_list->takeItem(row);
    showProvider(m_list->currentRow());
}

void ProvidersDialog::showProvider(int row)
{
    storeForm();
    m_current = row;
    const bool valid = row >= 0 && row < int(m_config.providers.size());
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_baseUrl, m_keySource, m_variable, m_key, m_models})
        w->setEnabled(valid);
    for (QPushButton *b : {m_test, m_fetch})
        b->setEnabled(valid && m_trials);
    if (!valid)
        return;
    const trial::Provider &p = m_config.providers[size_t(row)];
    m_shownName = p.name;
    m_name->setText(p.name);
    m_baseUrl->setText(p.baseUrl);
    // The variable as text, never only as a placeholder: what is shown is what is read.
    m_variable->setText(p.keyVariable.isEmpty() && p.keySource == KeySource::Environment
                            ? QStringLiteral("OPENAI_API_KEY")
                            : p.keyVariable);
    m_keySource->setCurrentIndex(m_keySource->findData(int(p.keySource)));
    m_connection->clear();
    m_fetched.clear();
    m_key->clear();
    m_models->setText(p.models.join(QStringLiteral(", ")));
    updateKeyState();
}

void ProvidersDialog::storeForm()
{
    if (m_current < 0 || m_current >= int(m_config.providers.size()))
        return;
    trial::Provider &p = m_config.providers[size_t(m_current)];
    p.name = m_name->text().trimmed();
    p.baseUrl = m_baseUrl->text().trimmed();
    p.keySource = KeySource(m_keySource->currentData().toInt());
    p.keyVariable = m_variable->text().trimmed();
    p.models.clear();
    for (const QString &m : m_models->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        p.models << m.trimmed();
    m_list->item(m_current)->setText(p.name);
}

void ProvidersDialog::updateKeyState()
{
    const auto source = KeySource(m_keySource->currentData().toInt());
    if (source == KeySource::Environment && m_variable->text().trimmed().isEmpty() && m_variable->isEnabled() &&
        !m_variable->hasFocus())
        m_variable->setText(QStringLiteral("OPENAI_API_KEY")); // switched to a variable: start from the usual one
    // Each row goes with its label: no "Variable:" without a field.
    m_form->setRowVisible(m_variable, source == KeySource::Environment);
    m_form->setRowVisible(m_keyRow, source == KeySource::Keychain);
    m_key->setEnabled(source == KeySource::Keychain);
    m_storeKey->setEnabled(source == KeySource::Keychain);
    switch (source) {
    case KeySource::Environment: {
        trial::Provider probe;
        probe.keyVariable = m_variable->text().trimmed();
        const QString key = trial::KeyStore::fromEnvironment(probe); // the same reading a trial makes
        if (probe.keyVariable.isEmpty())
            m_keyState->setText(tr("Name the environment variable that holds the key."));
        else if (key.isEmpty())
            m_keyState->setText(tr("%1 is not set in ModelDesk's environment. Set it before starting ModelDesk, or "
                                   "use the system keychain.")
                                    .arg(probe.keyVariable));
        else
            m_keyState->setText(tr("%1 is set (%2).").arg(probe.keyVariable, trial::maskKey(key)));
        break;
    }
    case KeySource::Keychain:
        m_keyState->setText(tr("The key is read from the system keychain (service \"%1\", entry named after the "
                               "provider) when a trial starts.")
                                .arg(trial::KeyStore::keychainService()));
        break;
    case KeySource::None:
        m_keyState->setText(tr("No key is sent. For Ollama, llama.cpp or vLLM on this machine."));
        break;
    }
}

void ProvidersDialog::storeKey()
{
    storeForm();
    const QString key = m_key->text().trimmed();
    if (key.isEmpty() || m_current < 0)
        return;
    const QString name = m_config.providers[size_t(m_current)].name;
    m_key->clear();
    m_keyState->setText(tr("Storing…"));
    m_keys->store(name, key, this, [this, masked = trial::maskKey(key)](const QString &error) {
        m_keyState->setText(error.isEmpty() ? tr("Stored %1 in the system keychain.").arg(masked)
                                            : tr("Could not store the key: %1").arg(error));
    });
}

void ProvidersDialog::renameProvider(const QString &name)
{
    if (m_current < 0 || m_current >= m_list->count())
        return;
    const QString renamed = name.trimmed();
    m_list->item(m_current)->setText(renamed); // listed under its name at once, not as "Custom"
    // Links name their provider: they follow the rename.
    for (int row = 0; row < m_links->rowCount(); ++row) {
        if (QTableWidgetItem *item = m_links->item(row, 1); item && item->text() == m_shownName)
            item->setText(renamed);
    }
    m_shownName = renamed;
}

void ProvidersDialog::setService(trial::TrialService *trials)
{
    m_trials = trials;
    for (QPushButton *b : {m_test, m_fetch})
        b->setEnabled(trials != nullptr && m_current >= 0);
}

void ProvidersDialog::queryModels(bool pick)
{
    storeForm();
    if (!m_trials || m_current < 0 || m_current >= int(m_config.providers.size()))
        return;
    const trial::Provider provider = m_config.providers[size_t(m_current)];
    m_connection->setText(tr("Asking %1 for its models…").arg(provider.baseUrl));
    m_test->setEnabled(false);
    m_fetch->setEnabled(false);
    const int row = m_current;
    m_trials->fetchModels(provider, this, [this, row, pick](const QStringList &models, const QString &error) {
        m_test->setEnabled(true);
        m_fetch->setEnabled(true);
        if (row != m_current) // another provider is shown now
            return;
        if (!error.isEmpty()) {
            m_fetched.clear();
            m_connection->setText(tr("Connection failed: %1").arg(error));
            return;
        }
        m_fetched = models;
        m_connection->setText(tr("Connected: the endpoint offers %n model(s).", "", int(models.size())));
        if (pick)
            pickModels();
    });
}

void ProvidersDialog::pickModels()
{
    QStringList current;
    for (const QString &m : m_models->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        current << m.trimmed();
    QDialog picker(this);
    picker.setObjectName(QStringLiteral("ModelPicker"));
    picker.setWindowTitle(tr("Pick Models"));
    auto *filter = new QLineEdit;
    filter->setPlaceholderText(tr("Filter"));
    filter->setClearButtonEnabled(true);
    auto *list = new QListWidget;
    QStringList offered = m_fetched;
    for (const QString &id : current) // ids typed by hand stay offered, ticked
        if (!offered.contains(id))
            offered.prepend(id);
    for (const QString &id : offered) {
        auto *item = new QListWidgetItem(id, list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(current.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    connect(filter, &QLineEdit::textChanged, list, [list](const QString &text) {
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setHidden(!list->item(i)->text().contains(text.trimmed(), Qt::CaseInsensitive));
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &picker, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &picker, &QDialog::reject);
    auto *layout = new QVBoxLayout(&picker);
    layout->addWidget(new QLabel(tr("Tick the model ids the trial columns offer:")));
    layout->addWidget(filter);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    picker.resize(420, 480);
    if (picker.exec() != QDialog::Accepted)
        return;
    QStringList chosen;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            chosen << list->item(i)->text();
    m_models->setText(chosen.join(QStringLiteral(", ")));
    storeForm();
}

void ProvidersDialog::addLink()
{
    const int row = m_links->rowCount();
    m_links->insertRow(row);
    const QString provider = m_current >= 0 ? m_config.providers[size_t(m_current)].name : QString();
    m_links->setItem(row, 0, new QTableWidgetItem(m_datasetIds.value(0)));
    m_links->setItem(row, 1, new QTableWidgetItem(provider));
    m_links->setItem(row, 2, new QTableWidgetItem);
    m_links->editItem(m_links->item(row, 2));
}

trial::ProviderConfig ProvidersDialog::config()
{
    storeForm();
    m_config.links.clear();
    for (int row = 0; row < m_links->rowCount(); ++row) {
        auto text = [&](int column) {
            return m_links->item(row, column) ? m_links->item(row, column)->text().trimmed() : QString();
        };
        if (!text(0).isEmpty() && !text(2).isEmpty())
            m_config.links.push_back({text(0), text(1), text(2)});
    }
    std::erase_if(m_config.providers, [](const trial::Provider &p) { return p.name.isEmpty(); });
    return m_config;
}

} // namespace md
