#include "modellistpanel.h"

#include "core/datasetmodel.h"
#include "core/modelfilterproxy.h"
#include "core/modelselection.h"

#include <QActionGroup>
#include <QComboBox>
#include <QCryptographicHash>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSet>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace md {

namespace {
const QString SavedGroup = QStringLiteral("selections/");
}

ModelListPanel::ModelListPanel(ModelSelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_filter(new ModelFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_provider(new QComboBox(this))
    , m_filters(new QToolButton(this))
    , m_view(new QListView(this))
    , m_topCount(new QSpinBox(this))
    , m_top(new QToolButton(this))
    , m_saved(new QComboBox(this))
    , m_status(new QLabel(this))
{
    m_filter->setSourceModel(selection);
    m_search->setObjectName(QStringLiteral("modelSearch"));
    m_search->setPlaceholderText(tr("Search models (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Name, id, vendor or provider; every word must match"));
    m_view->setObjectName(QStringLiteral("modelList"));
    m_view->setModel(m_filter);
    m_view->setUniformItemSizes(true); // 3,000 rows lay out without measuring each
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setIconSize(QSize(12, 12));
    m_view->setToolTip(tr("Models shown in the charts and the calculator. Space or a click ticks one; "
                          "clicking a model in the chart's legend unticks it here too."));
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("modelStatus"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(m_search);
    layout->addWidget(buildFilterRow());
    layout->addWidget(m_view, 1);
    layout->addWidget(buildActionRow());
    layout->addWidget(m_status);

    auto *find = new QShortcut(QKeySequence::Find, this, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setContext(Qt::WindowShortcut);
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(150);
    connect(m_search, &QLineEdit::textChanged, &m_searchTimer, qOverload<>(&QTimer::start));
    connect(&m_searchTimer, &QTimer::timeout, this, [this] { m_filter->setSearchText(m_search->text()); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ModelListPanel::updateStatus);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ModelListPanel::updateStatus);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ModelListPanel::updateStatus);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ModelListPanel::updateStatus);
    connect(selection, &ModelSelection::selectionChanged, this, &ModelListPanel::updateStatus);
    connect(selection, &ModelSelection::selectionChanged, this, &ModelListPanel::remember);
    DatasetModel *source = selection->source();
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_resetting = true; });
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        fillProviders();
        fillTopMenu();
        fillSaved();
        m_resetting = false;
        restoreRemembered();
    });
    connect(source, &QAbstractItemModel::headerDataChanged, this, &ModelListPanel::fillTopMenu);
    fillProviders();
    fillTopMenu();
    fillSaved();
    restoreRemembered();
    updateStatus();
}

ModelListPanel::~ModelListPanel() = default;

void ModelListPanel::restoreRemembered()
{
    // The selection of the last session with this dataset, if there was one.
    const QVariant remembered = QSettings().value(SavedGroup + datasetKey() + QStringLiteral("/current"));
    if (remembered.isValid())
        m_selection->setSelectedIds(remembered.toStringList());
}

void ModelListPanel::remember()
{
    // Kept at every change: the window's parts are gone in no fixed order when it closes.
    if (!m_resetting)
        QSettings().setValue(SavedGroup + datasetKey() + QStringLiteral("/current"), m_selection->selectedIds());
}

QWidget *ModelListPanel::buildFilterRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_provider->setObjectName(QStringLiteral("providerFilter"));
    m_provider->setToolTip(tr("Only the models of one provider or vendor"));
    m_provider->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_provider->setMinimumContentsLength(8);
    connect(m_provider, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setProvider(m_provider->currentData().toString()); });
    m_filters->setText(tr("Filters"));
    m_filters->setObjectName(QStringLiteral("modelFilters"));
    m_filters->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_filters);
    QAction *scores = menu->addAction(tr("Has scores"));
    scores->setCheckable(true);
    connect(scores, &QAction::toggled, m_filter, &ModelFilterProxy::setHasScores);
    QAction *prices = menu->addAction(tr("Has prices"));
    prices->setCheckable(true);
    connect(prices, &QAction::toggled, m_filter, &ModelFilterProxy::setHasPrice);
    menu->addSection(tr("Price"));
    auto *priceGroup = new QActionGroup(menu);
    const std::pair<ModelFilterProxy::Price, QString> kinds[] = {{ModelFilterProxy::Price::Any, tr("Free or priced")},
                                                                 {ModelFilterProxy::Price::Free, tr("Free only")},
                                                                 {ModelFilterProxy::Price::Priced, tr("Priced only")}};
    for (const auto &[kind, text] : kinds) {
        QAction *a = menu->addAction(text);
        a->setCheckable(true);
        a->setChecked(kind == ModelFilterProxy::Price::Any);
        priceGroup->addAction(a);
        connect(a, &QAction::triggered, m_filter, [this, kind = kind] { m_filter->setPrice(kind); });
    }
    menu->addSection(tr("Context window"));
    auto *contextGroup = new QActionGroup(menu);
    for (const qint64 tokens : {qint64(0), qint64(32'000), qint64(128'000), qint64(200'000), qint64(1'000'000)}) {
        QAction *a = menu->addAction(tokens == 0 ? tr("Any context window")
                                                 : tr("At least %1K tokens").arg(QLocale().toString(tokens / 1000)));
        a->setCheckable(true);
        a->setChecked(tokens == 0);
        contextGroup->addAction(a);
        connect(a, &QAction::triggered, m_filter, [this, tokens] { m_filter->setMinContext(tokens); });
    }
    m_filters->setMenu(menu);
    layout->addWidget(m_provider, 1);
    layout->addWidget(m_filters);
    return row;
}

QWidget *ModelListPanel::buildActionRow()
{
    auto *box = new QWidget(this);
    auto *grid = new QVBoxLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(3);
    auto *first = new QHBoxLayout;
    auto *all = new QToolButton(box);
    all->setText(tr("All shown"));
    all->setToolTip(tr("Tick every model the search and filters show"));
    connect(all, &QToolButton::clicked, this, &ModelListPanel::selectShown);
    auto *none = new QToolButton(box);
    none->setText(tr("None"));
    none->setToolTip(tr("Untick every model"));
    connect(none, &QToolButton::clicked, this, &ModelListPanel::selectNone);
    m_topCount->setRange(1, 200);
    m_topCount->setValue(10);
    m_topCount->setToolTip(tr("How many models \"Top\" ticks"));
    m_top->setText(tr("Top"));
    m_top->setObjectName(QStringLiteral("topButton"));
    m_top->setPopupMode(QToolButton::InstantPopup);
    m_top->setToolTip(tr("Tick only the best of the shown models by a benchmark, or the cheapest"));
    m_top->setMenu(new QMenu(m_top));
    first->addWidget(all);
    first->addWidget(none);
    first->addStretch(1);
    first->addWidget(m_top);
    first->addWidget(m_topCount);
    auto *second = new QHBoxLayout;
    m_saved->setObjectName(QStringLiteral("savedSelections"));
    m_saved->setToolTip(tr("Named selections of this dataset"));
    m_saved->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_saved->setMinimumContentsLength(8);
    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            restoreSelection(m_saved->itemData(index).toString());
    });
    auto *save = new QToolButton(box);
    save->setText(tr("Save…"));
    save->setToolTip(tr("Save the ticked models under a name, for this dataset"));
    connect(save, &QToolButton::clicked, this, &ModelListPanel::askToSave);
    second->addWidget(m_saved, 1);
    second->addWidget(save);
    grid->addLayout(first);
    grid->addLayout(second);
    return box;
}

void ModelListPanel::fillProviders()
{
    const QString current = m_provider->currentData().toString();
    const QSignalBlocker block(m_provider);
    m_provider->clear();
    m_provider->addItem(tr("All providers"), QString());
    QStringList names;
    QSet<QString> seen;
    for (const ModelInfo &m : m_selection->source()->dataset().models) {
        for (const QString &name : {ModelSelection::provider(m), m.vendor}) {
            if (!name.isEmpty() && !seen.contains(name)) {
                seen.insert(name);
                names << name;
            }
        }
    }
    names.sort(Qt::CaseInsensitive);
    for (const QString &name : std::as_const(names))
        m_provider->addItem(name, name);
    const int again = m_provider->findData(current);
    m_provider->setCurrentIndex(again >= 0 ? again : 0);
    m_filter->setProvider(m_provider->currentData().toString());
}

void ModelListPanel::fillTopMenu()
{
    QMenu *menu = m_top->menu();
    menu->clear();
    menu->addAction(tr("Cheapest (blended price)"), this, [this] { selectTop(m_topCount->value(), {}); });
    menu->addSeparator();
    for (const Benchmark &b : m_selection->source()->dataset().benchmarks)
        menu->addAction(tr("Best on %1").arg(b.name), this, [this, id = b.id] { selectTop(m_topCount->value(), id); });
}

void ModelListPanel::selectShown()
{
    m_selection->setSelected(m_filter->shownIds(), true);
}

void ModelListPanel::selectNone()
{
    m_selection->clear();
}

void ModelListPanel::selectTop(int n, const QString &benchmarkId)
{
    const Dataset &dataset = m_selection->source()->dataset();
    const Benchmark *benchmark = benchmarkId.isEmpty() ? nullptr : dataset.benchmark(benchmarkId);
    std::vector<std::pair<double, QString>> ranked;
    for (const QString &id : m_filter->shownIds()) {
        const ModelInfo *m = dataset.model(id);
        if (!m)
            continue;
        if (benchmark) {
            if (const auto s = m->score(benchmarkId))
                ranked.emplace_back(benchmark->higherIsBetter ? -s->value : s->value, id);
        } else if (const auto price = ModelSelection::blendedPrice(*m); price && *price > 0) {
            ranked.emplace_back(*price, id);
        }
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList ids;
    for (size_t i = 0; i < ranked.size() && int(i) < n; ++i)
        ids << ranked[i].second;
    m_selection->setSelectedIds(ids);
}

QString ModelListPanel::datasetKey() const
{
    const Dataset &dataset = m_selection->source()->dataset();
    const QByteArray name = (dataset.title + QLatin1Char('\n') + dataset.source).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(name, QCryptographicHash::Sha1).toHex().left(12));
}

QStringList ModelListPanel::savedNames() const
{
    QSettings settings;
    settings.beginGroup(SavedGroup + datasetKey() + QStringLiteral("/named"));
    QStringList names;
    for (const QString &key : settings.childKeys())
        names << QString::fromUtf8(QByteArray::fromPercentEncoding(key.toUtf8()));
    names.sort(Qt::CaseInsensitive);
    return names;
}

void ModelListPanel::saveSelection(const QString &name)
{
    QSettings().setValue(SavedGroup + datasetKey() + QStringLiteral("/named/") +
                             QString::fromLatin1(name.toUtf8().toPercentEncoding()),
                         m_selection->selectedIds());
    fillSaved();
}

bool ModelListPanel::restoreSelection(const QString &name)
{
    const QString key =
        SavedGroup + datasetKey() + QStringLiteral("/named/") + QString::fromLatin1(name.toUtf8().toPercentEncoding());
    QSettings settings;
    if (!settings.contains(key))
        return false;
    m_selection->setSelectedIds(settings.value(key).toStringList());
    return true;
}

void ModelListPanel::removeSelection(const QString &name)
{
    QSettings().remove(SavedGroup + datasetKey() + QStringLiteral("/named/") +
                       QString::fromLatin1(name.toUtf8().toPercentEncoding()));
    fillSaved();
}

void ModelListPanel::fillSaved()
{
    const QSignalBlocker block(m_saved);
    m_saved->clear();
    m_saved->addItem(tr("Saved selections…"), QString());
    for (const QString &name : savedNames())
        m_saved->addItem(name, name);
    m_saved->setEnabled(m_saved->count() > 1);
}

void ModelListPanel::askToSave()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Selection"), tr("Name of the selection:"),
                                               QLineEdit::Normal, tr("My shortlist"), &ok)
                             .trimmed();
    if (ok && !name.isEmpty())
        saveSelection(name);
}

void ModelListPanel::updateStatus()
{
    const QLocale locale;
    const int total = m_selection->rowCount();
    QString text =
        tr("%1 of %2 models selected").arg(locale.toString(m_selection->selectedCount()), locale.toString(total));
    if (m_filter->isFiltering())
        text += QStringLiteral(" · ") + tr("%1 match the search").arg(locale.toString(m_filter->rowCount()));
    if (total > ModelSelection::SelectAllUpTo)
        text += QLatin1Char('\n') + tr("Tick models, search, or use Top to change what is shown.");
    m_status->setText(text);
}

} // namespace md
