#include "updatepricesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace md {

namespace {

QString settingsKey(const Importer &importer)
{
    return QStringLiteral("priceLists/%1/url").arg(QLatin1String(importer.name));
}

const char *const LastListKey = "priceLists/last";

} // namespace

QString UpdatePricesDialog::url(const Importer &importer)
{
    const QString saved = QSettings().value(settingsKey(importer)).toString().trimmed();
    return saved.isEmpty() ? QLatin1String(importer.defaultUrl) : saved;
}

void UpdatePricesDialog::setUrl(const Importer &importer, const QString &url)
{
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty() || trimmed == QLatin1String(importer.defaultUrl))
        QSettings().remove(settingsKey(importer));
    else
        QSettings().setValue(settingsKey(importer), trimmed);
}

UpdatePricesDialog::UpdatePricesDialog(PriceListFetcher *fetcher, QWidget *parent)
    : QDialog(parent)
    , m_fetcher(fetcher)
    , m_list(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_reset(new QPushButton(tr("Default"), this))
    , m_description(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_fetch(m_buttons->addButton(tr("&Fetch"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Update Prices"));
    for (const Importer &importer : PriceImport::importers())
        m_list->addItem(QLatin1String(importer.displayName), QLatin1String(importer.name));
    m_list->setCurrentIndex(qMax(0, m_list->findData(QSettings().value(QLatin1String(LastListKey)))));
    m_url->setClearButtonEnabled(true);
    m_url->setMinimumWidth(m_url->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 60);
    m_reset->setToolTip(tr("Go back to the list's public address"));
    m_description->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setVisible(false);

    auto *address = new QHBoxLayout;
    address->addWidget(m_url, 1);
    address->addWidget(m_reset);
    auto *form = new QFormLayout;
    form->addRow(tr("&List:"), m_list);
    auto *addressLabel = new QLabel(tr("&Address:"), this);
    addressLabel->setBuddy(m_url); // a row holding a layout gets no buddy of its own
    form->addRow(addressLabel, address);
    form->addRow(QString(), m_description);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Fetches the list now, from its public address. If it is unchanged since the last "
                                "update, nothing is downloaded. You see what would change before anything does."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_list, &QComboBox::currentIndexChanged, this, &UpdatePricesDialog::onListChanged);
    connect(m_reset, &QPushButton::clicked, this, [this] {
        const Importer &importer = PriceImport::importer(source());
        m_url->setText(QLatin1String(importer.defaultUrl));
    });
    // Fetch does not close the dialog: it closes when a list was read.
    disconnect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_fetch, &QPushButton::clicked, this, &UpdatePricesDialog::fetch);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_fetcher->isRunning())
            m_fetcher->cancel(); // the dialog stays; Cancel again closes it
        else
            reject();
    });
    connect(m_fetcher, &PriceListFetcher::progress, this, [this](qint64 received, qint64 total) {
        m_progress->setRange(0, total > 0 ? 1000 : 0);
        if (total > 0)
            m_progress->setValue(int(received * 1000 / total));
        m_status->setText(tr("Received %1 KB…").arg(received / 1024));
    });
    connect(m_fetcher, &PriceListFetcher::finished, this, &UpdatePricesDialog::onFinished);
    onListChanged();
}

ImportSource UpdatePricesDialog::source() const
{
    const Importer *importer = PriceImport::importer(m_list->currentData().toString());
    return importer ? importer->source : ImportSource::LiteLlm;
}

void UpdatePricesDialog::onListChanged()
{
    const Importer &importer = PriceImport::importer(source());
    m_url->setText(url(importer));
    m_description->setText(importer.translatedDescription());
    m_status->clear();
}

void UpdatePricesDialog::fetch()
{
    const Importer &importer = PriceImport::importer(source());
    const QUrl address(m_url->text().trimmed(), QUrl::StrictMode);
    if (const QString refused = PriceListFetcher::refusal(address); !refused.isEmpty()) {
        showStatus(refused, true);
        return;
    }
    setUrl(importer, m_url->text());
    QSettings().setValue(QLatin1String(LastListKey), QLatin1String(importer.name));
    setBusy(true);
    showStatus(tr("Fetching %1…").arg(address.toDisplayString()), false);
    m_fetcher->fetch(address, QLatin1String(importer.displayName), true);
}

void UpdatePricesDialog::onFinished(const PriceListFetch &result)
{
    setBusy(false);
    switch (result.status) {
    case PriceListFetch::UpToDate:
        showStatus(result.message, false);
        return;
    case PriceListFetch::Cancelled:
        showStatus(tr("Cancelled; nothing was changed."), false);
        return;
    case PriceListFetch::Failed:
        showStatus(result.message, true);
        return;
    case PriceListFetch::Downloaded:
        break;
    }
    auto batch = PriceImport::parse(source(), result.body, result.url.toDisplayString(), QDate::currentDate());
    if (!batch) {
        showStatus(batch.error(), true);
        return;
    }
    if (const QString refused = PriceImport::nothingReadable(batch.value()); !refused.isEmpty()) {
        showStatus(refused, true);
        return;
    }
    m_batch = std::move(batch).value();
    m_fetched = result;
    accept();
}

void UpdatePricesDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_progress->setRange(0, 0);
    m_fetch->setEnabled(!busy);
    m_list->setEnabled(!busy);
    m_url->setEnabled(!busy);
    m_reset->setEnabled(!busy);
}

void UpdatePricesDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, QColor(0xd3, 0x2f, 0x2f)); // readable on the light and the dark theme
    m_status->setPalette(p);
}

void UpdatePricesDialog::showWhatChanged(const QStringList &changes, const QString &listName, QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("What Changed"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *title = new QLabel(
        changes.isEmpty() ? tr("No price changed and no model was added since the last update from %1.").arg(listName)
                          : tr("Since the last update from %1:").arg(listName),
        &dialog);
    title->setWordWrap(true);
    layout->addWidget(title);
    if (!changes.isEmpty()) {
        auto *list = new QListWidget(&dialog);
        list->addItems(changes);
        list->setAlternatingRowColors(true);
        list->setMinimumSize(list->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 70,
                             list->fontMetrics().height() * 12);
        layout->addWidget(list, 1);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.exec();
}

} // namespace md
