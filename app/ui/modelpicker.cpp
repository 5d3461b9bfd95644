#include "modelpicker.h"

#include "core/datasetmodel.h"
#include "core/modelselection.h"

#include <QAbstractListModel>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace md {

namespace {
// The models of the dataset as choices: "None" first when offered, then one row per model.
class ModelChoices final : public QAbstractListModel
{
public:
    ModelChoices(DatasetModel *source, bool offerNone, QObject *parent)
        : QAbstractListModel(parent)
        , m_source(source)
        , m_none(offerNone ? 1 : 0)
    {
        connect(source, &QAbstractItemModel::modelAboutToBeReset, this, &ModelChoices::beginResetModel);
        connect(source, &QAbstractItemModel::modelReset, this, &ModelChoices::endResetModel);
        connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
                [this](const QModelIndex &, int a, int b) { beginInsertRows({}, a + m_none, b + m_none); });
        connect(source, &QAbstractItemModel::rowsInserted, this, &ModelChoices::endInsertRows);
        connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [this](const QModelIndex &, int a, int b) { beginRemoveRows({}, a + m_none, b + m_none); });
        connect(source, &QAbstractItemModel::rowsRemoved, this, &ModelChoices::endRemoveRows);
        connect(source, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &a, const QModelIndex &b) {
            if (a.column() <= DatasetModel::VendorColumn)
                emit dataChanged(index(a.row() + m_none), index(b.row() + m_none));
        });
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_source->dataset().models.size()) + m_none;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        if (index.row() < m_none) {
            if (role == Qt::DisplayRole)
                return ModelPicker::tr("None");
            return role == Qt::UserRole ? QVariant(QString()) : QVariant();
        }
        const ModelInfo &m = m_source->dataset().models[size_t(index.row() - m_none)];
        switch (role) {
        case Qt::DisplayRole:
            return m.name.isEmpty() ? m.id : m.name;
        case Qt::ToolTipRole:
            return m.vendor.isEmpty() ? m.id : QStringLiteral("%1 · %2").arg(m.vendor, m.id);
        case Qt::UserRole:
            return m.id;
        case ModelSelection::SearchTextRole:
            return QStringList{m.name, m.id, m.vendor, ModelSelection::provider(m)}.join(QLatin1Char(' '));
        default:
            return {};
        }
    }

private:
    DatasetModel *m_source;
    int m_none;
};
} // namespace

ModelPicker::ModelPicker(DatasetModel *model, bool offerNone, QWidget *parent)
    : QComboBox(parent)
    , m_popup(new QWidget(this, Qt::Popup))
    , m_search(new QLineEdit(m_popup))
    , m_list(new QListView(m_popup))
    , m_filter(new QSortFilterProxyModel(this))
{
    setModel(new ModelChoices(model, offerNone, this));
    m_filter->setSourceModel(this->model());
    m_filter->setFilterRole(ModelSelection::SearchTextRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_search->setPlaceholderText(tr("Search models"));
    m_search->setClearButtonEnabled(true);
    m_list->setModel(m_filter);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(3, 3, 3, 3);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    m_search->installEventFilter(this); // arrows reach the list while typing
    connect(m_search, &QLineEdit::textChanged, m_filter, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        if (m_filter->rowCount() > 0)
            m_list->setCurrentIndex(m_filter->index(0, 0));
    });
    connect(m_list, &QListView::clicked, this, &ModelPicker::pick);
    connect(m_list, &QListView::activated, this, &ModelPicker::pick);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { pick(m_list->currentIndex()); });
    // The choice is a model id: it survives models coming and going; when it goes, "None" (or the first).
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_restoring)
            m_currentId = currentData().toString();
    });
    QAbstractItemModel *choices = this->model();
    connect(choices, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { m_restoring = true; });
    connect(choices, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_restoring = true; });
    for (auto signal : {&QAbstractItemModel::rowsRemoved, &QAbstractItemModel::rowsInserted})
        connect(choices, signal, this, &ModelPicker::restoreCurrent);
    connect(choices, &QAbstractItemModel::modelReset, this, &ModelPicker::restoreCurrent);
}

void ModelPicker::restoreCurrent()
{
    const int i = findData(m_currentId);
    m_restoring = false;
    setCurrentIndex(i >= 0 ? i : 0);
    m_currentId = currentData().toString();
}

ModelPicker::~ModelPicker() = default;

bool ModelPicker::setCurrentId(const QString &modelId)
{
    const int i = findData(modelId);
    if (i < 0)
        return false;
    setCurrentIndex(i);
    return true;
}

void ModelPicker::showPopup()
{
    m_search->clear();
    const QPoint below = mapToGlobal(QPoint(0, height()));
    const int width = std::max(this->width(), 320);
    m_popup->resize(width, 360);
    QRect area = screen() ? screen()->availableGeometry() : QRect(below, QSize(width, 360));
    m_popup->move(std::min(below.x(), area.right() - width), std::min(below.y(), area.bottom() - 360));
    const QModelIndex current = m_filter->mapFromSource(model()->index(currentIndex(), 0));
    m_list->setCurrentIndex(current);
    m_list->scrollTo(current, QAbstractItemView::PositionAtCenter);
    m_popup->show();
    m_search->setFocus(Qt::PopupFocusReason);
}

void ModelPicker::hidePopup()
{
    m_popup->hide();
    QComboBox::hidePopup();
}

bool ModelPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QComboBox::eventFilter(watched, event);
}

void ModelPicker::pick(const QModelIndex &proxyIndex)
{
    if (proxyIndex.isValid())
        setCurrentIndex(m_filter->mapToSource(proxyIndex).row());
    hidePopup();
}

} // namespace md
