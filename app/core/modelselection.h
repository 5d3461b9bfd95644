#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QSet>
#include <optional>

namespace md {

class DatasetModel;
struct Dataset;
struct ModelInfo;

// Which models a person is looking at: one checkable row per model of the shared DatasetModel
// (in its order), and the set of ids ticked. The charts, the calculator and the Trials pickers
// all read it, so unticking a model in one place removes it everywhere. It holds ids only, never
// a copy of the data; rows follow the source as models come and go.
class ModelSelection final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelSelection)

public:
    enum Column { NameColumn, ColumnCount };
    enum Role {
        ModelIdRole = Qt::UserRole, // QString
        VendorRole,                 // QString
        ProviderRole,               // QString: the id's prefix before "/" ("openrouter/..."), else the vendor
        HasScoresRole,              // bool
        HasPriceRole,               // bool: input and output price known
        IsFreeRole,                 // bool: priced at 0 for input and output
        ContextWindowRole,          // qint64, 0 when unknown
        BlendedPriceRole,           // double, USD per 1M tokens (input:output 3:1), invalid without a price
        SearchTextRole,             // QString: name, id, vendor and provider, for a search box
    };
    // Up to this many models, a dataset opens with all of them selected.
    static constexpr int SelectAllUpTo = 30;
    // A dataset without scores opens with this many of its cheapest priced models.
    static constexpr int CheapestByDefault = 10;

    explicit ModelSelection(DatasetModel *source, QObject *parent = nullptr);
    ~ModelSelection() override;

    DatasetModel *source() const { return m_source; }
    bool isSelected(const QString &modelId) const { return m_selected.contains(modelId); }
    // Selected ids in dataset order.
    QStringList selectedIds() const;
    int selectedCount() const;
    void setSelected(const QString &modelId, bool selected);
    // Ticks or unticks all of `modelIds` in one change (select all shown, none shown).
    void setSelected(const QStringList &modelIds, bool selected);
    // Replaces the selection (unknown ids are kept, for models that come back).
    void setSelectedIds(const QStringList &modelIds);
    void selectAll();
    void clear();
    // The selection a dataset opens with: everything up to SelectAllUpTo models; above, the models
    // with scores, or with none, the CheapestByDefault cheapest priced (not free) models.
    static QStringList defaultSelection(const Dataset &data);
    void applyDefault();

    static QString provider(const ModelInfo &model);
    static std::optional<double> blendedPrice(const ModelInfo &model);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    // After every change of which models are selected (also when rows come or go).
    void selectionChanged();

private:
    void resetFromSource();
    void rowsAdded(const QModelIndex &parent, int first, int last);
    void sourceDataChanged(const QModelIndex &from, const QModelIndex &to);
    void emitAllChecksChanged();

    QPointer<DatasetModel> m_source;
    QSet<QString> m_selected;
};

} // namespace md
