#pragma once

#include "core/priceimport.h"
#include "trial/pricelistfetcher.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace md {

// File > Update Prices…: pick a public price list, check or edit its address, fetch it (progress, Cancel),
// then hand the read list to the caller for the import preview. An unchanged list ("up to date"), an offline
// machine or a bad answer is said in the dialog, which stays open. Fetches only when the person presses Fetch.
class UpdatePricesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpdatePricesDialog)

public:
    UpdatePricesDialog(PriceListFetcher *fetcher, QWidget *parent = nullptr);

    // The address a list is fetched from: the one saved in the settings, or the list's public default.
    static QString url(const Importer &importer);
    static void setUrl(const Importer &importer, const QString &url);

    // After Accepted: the list read (null before one was), and the fetch (remember() it once the import was applied).
    const ImportBatch *batch() const { return m_batch ? &*m_batch : nullptr; }
    const PriceListFetch &fetched() const { return m_fetched; }
    ImportSource source() const;

    void fetch();

    // After an update was applied: price cuts, rises and new models, as DatasetMerge::whatChanged() lists them.
    static void showWhatChanged(const QStringList &changes, const QString &listName, QWidget *parent);

private:
    void onListChanged();
    void onFinished(const PriceListFetch &result);
    void setBusy(bool busy);
    void showStatus(const QString &text, bool error);

    PriceListFetcher *m_fetcher;
    QComboBox *m_list;
    QLineEdit *m_url;
    QPushButton *m_reset;
    QLabel *m_description;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_fetch;
    std::optional<ImportBatch> m_batch;
    PriceListFetch m_fetched;
};

} // namespace md
