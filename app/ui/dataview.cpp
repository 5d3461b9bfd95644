#include "dataview.h"

#include "core/datasetdocument.h"
#include "core/datasetfilterproxy.h"
#include "core/datasetmodel.h"
#include "datadelegate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace md {

namespace {
// "Claude 3.5 Sonnet" -> "claude-3-5-sonnet": a readable id that is unique in `taken`.
QString idFromName(const QString &name, const std::function<bool(const QString &)> &taken)
{
    QString id = name.toLower();
    id.replace(QRegularExpression(QStringLiteral("[^a-z0-9._/]+")), QStringLiteral("-"));
    id = id.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    if (id.isEmpty())
        id = QStringLiteral("item");
    QString candidate = id;
    for (int n = 2; taken(candidate); ++n)
        candidate = id + QLatin1Char('-') + QString::number(n);
    return candidate;
}

QToolButton *button(const QString &text, const QString &icon, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setIcon(QIcon::fromTheme(icon));
    b->setToolTip(tip);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setAutoRaise(true);
    return b;
}
} // namespace

DataView::DataView(DatasetDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_proxy(new DatasetFilterProxy(this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("DataView"));
    m_proxy->setSourceModel(document->model());

    m_search->setPlaceholderText(tr("Search models by name, id or vendor"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Every word must match (Ctrl+F)"));
    m_search->setMinimumWidth(280);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);
    // Typing fast must not filter 3,000 rows on every key: wait for a pause.
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { m_proxy->setSearchText(m_search->text()); });

    auto *addModelButton = button(tr("Add model"), QStringLiteral("list-add"), tr("Add a model to the dataset"), this);
    auto *removeModelButton =
        button(tr("Remove models"), QStringLiteral("list-remove"), tr("Remove the selected models (Delete)"), this);
    auto *addBenchButton = button(tr("Add benchmark"), QStringLiteral("insert-table"), tr("Add a score column"), this);
    auto *removeBenchButton = button(tr("Remove benchmark"), QStringLiteral("edit-table-delete-column"),
                                     tr("Remove the benchmark of the current column and its scores"), this);
    connect(addModelButton, &QToolButton::clicked, this, &DataView::addModel);
    connect(removeModelButton, &QToolButton::clicked, this, &DataView::removeSelectedModels);
    connect(addBenchButton, &QToolButton::clicked, this, &DataView::addBenchmark);
    connect(removeBenchButton, &QToolButton::clicked, this, &DataView::removeCurrentBenchmark);
    auto *remove = new QAction(this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &DataView::removeSelectedModels);
    m_table->addAction(remove);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search);
    bar->addWidget(m_count);
    bar->addStretch();
    bar->addWidget(addModelButton);
    bar->addWidget(removeModelButton);
    bar->addSpacing(12);
    bar->addWidget(addBenchButton);
    bar->addWidget(removeBenchButton);

    m_table->setObjectName(QStringLiteral("DataTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new DataDelegate(document, m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // dataset order until a header is clicked
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // uniform rows: 3,000 scroll smoothly
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setColumnWidth(DatasetModel::IdColumn, 200);
    m_table->setColumnWidth(DatasetModel::NameColumn, 180);
    m_table->setColumnWidth(DatasetModel::ModalitiesColumn, 140);
    m_table->setColumnWidth(DatasetModel::KnowledgeCutoffColumn, 130);
    for (int c = DatasetModel::InputPriceColumn; c <= DatasetModel::BatchOutputPriceColumn; ++c)
        m_table->setColumnWidth(c, 130);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table);

    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &DataView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &DataView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DataView::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &DataView::updateCount);
    updateCount();
}

void DataView::updateCount()
{
    const int total = m_document->model()->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? tr("%1 models").arg(total) : tr("%1 of %2 models").arg(shown).arg(total));
}

QStringList DataView::selectedModelIds() const
{
    QStringList ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedIndexes()) {
        const QString id = i.data(DatasetModel::ModelIdRole).toString();
        if (!ids.contains(id))
            ids << id;
    }
    if (ids.isEmpty() && m_table->currentIndex().isValid())
        ids << m_table->currentIndex().data(DatasetModel::ModelIdRole).toString();
    return ids;
}

void DataView::addModel()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Add Model"), tr("Name of the new model:"), QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    ModelInfo m;
    m.name = name;
    m.id = idFromName(name, [this](const QString &id) { return m_document->model()->rowForModel(id) >= 0; });
    m.modalities << QStringLiteral("text");
    const QString id = m.id;
    if (!m_document->addModel(std::move(m)))
        return;
    m_search->clear();
    m_proxy->setSearchText(QString());
    const QModelIndex source =
        m_document->model()->index(m_document->model()->rowForModel(id), DatasetModel::VendorColumn);
    const QModelIndex shown = m_proxy->mapFromSource(source);
    m_table->scrollTo(shown);
    m_table->setCurrentIndex(shown);
    m_table->edit(shown);
}

void DataView::removeSelectedModels()
{
    const QStringList ids = selectedModelIds();
    if (ids.isEmpty())
        return;
    m_document->removeModels(ids); // undoable: no need to ask first
}

void DataView::addBenchmark()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add Benchmark"), tr("Name of the benchmark (scores 0–100):"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    Benchmark b;
    b.name = name;
    b.id =
        idFromName(name, [this](const QString &id) { return m_document->model()->dataset().benchmarkIndex(id) >= 0; });
    const QString id = b.id;
    if (m_document->addBenchmark(std::move(b)))
        m_table->scrollTo(m_proxy->index(0, m_document->model()->columnForBenchmark(id)));
}

void DataView::removeCurrentBenchmark()
{
    const int column = m_table->currentIndex().column();
    const int b = m_document->model()->benchmarkIndexForColumn(column);
    if (b < 0) {
        QMessageBox::information(this, tr("Remove Benchmark"), tr("Select a cell in the benchmark's column first."));
        return;
    }
    m_document->removeBenchmark(m_document->model()->dataset().benchmarks[size_t(b)].id);
}

} // namespace md
