#include "trialhistorydialog.h"

#include "filedialogs.h"
#include "trial/trialhistory.h"
#include "trial/trialhistorymodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace md {

TrialHistoryDialog::TrialHistoryDialog(trial::TrialHistoryModel *model, trial::TrialHistory *history, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_history(history)
    , m_view(new QTableView)
{
    setWindowTitle(tr("Trial History"));
    setObjectName(QStringLiteral("TrialHistoryDialog"));
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(trial::TrialHistoryModel::PromptColumn, QHeaderView::Stretch);
    m_view->verticalHeader()->hide();
    m_view->selectRow(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *open = buttons->addButton(tr("&Open"), QDialogButtonBox::ActionRole);
    open->setToolTip(tr("Show this trial's answers and metrics on the Trials page"));
    QPushButton *rerun = buttons->addButton(tr("&Re-run"), QDialogButtonBox::ActionRole);
    rerun->setToolTip(tr("Send this trial's prompt again to the same models with the same settings"));
    QPushButton *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    QPushButton *remove = buttons->addButton(tr("&Delete"), QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    auto emitOpen = [this](bool again) {
        if (const int row = currentRow(); row >= 0) {
            emit openRequested(m_model->record(row), again);
            accept();
        }
    };
    connect(open, &QPushButton::clicked, this, [emitOpen] { emitOpen(false); });
    connect(m_view, &QTableView::doubleClicked, this, [emitOpen] { emitOpen(false); });
    connect(rerun, &QPushButton::clicked, this, [emitOpen] { emitOpen(true); });
    connect(exportButton, &QPushButton::clicked, this, &TrialHistoryDialog::exportCurrent);
    connect(remove, &QPushButton::clicked, this, &TrialHistoryDialog::deleteCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(820, 420);
}

int TrialHistoryDialog::currentRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void TrialHistoryDialog::exportCurrent()
{
    if (const int row = currentRow(); row >= 0)
        exportTrialRecord(this, m_model->record(row));
}

void TrialHistoryDialog::deleteCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    if (auto removed = m_history->remove(m_model->record(row).id); !removed) {
        QMessageBox::warning(this, tr("Cannot delete the trial"), removed.error());
        return;
    }
    m_model->removeTrial(row);
}

void exportTrialRecord(QWidget *parent, const trial::TrialRecord &record)
{
    QString filter;
    const QString markdown = TrialHistoryDialog::tr("Markdown (*.md)");
    const QString json = TrialHistoryDialog::tr("JSON (*.json)");
    const QString path =
        FileDialogs::saveFile(parent, TrialHistoryDialog::tr("Export Trial"), QStringLiteral("trial/exportDir"),
                              QStringLiteral("trial.md"), markdown + QStringLiteral(";;") + json, &filter);
    if (path.isEmpty())
        return;
    const bool asJson = filter == json || path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(asJson ? QJsonDocument(trial::TrialFormat::toJson(record)).toJson()
                          : trial::TrialFormat::toMarkdown(record).toUtf8());
    }
    if (!file.commit())
        QMessageBox::warning(parent, TrialHistoryDialog::tr("Cannot export the trial"),
                             TrialHistoryDialog::tr("Cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace md
