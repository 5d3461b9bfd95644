#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QSet>

namespace md {

class DatasetModel;

// A checkable list of the shared model's models or benchmarks, for choosing what a chart shows.
// It follows the dataset (rows come and go with it) and remembers choices by id, so an edit or a
// reload keeps them; anything new starts checked. The last checked item cannot be unchecked:
// a chart of nothing helps no one.
class SelectionListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelectionListModel)

public:
    enum class Kind { Models, Benchmarks };
    enum Column { NameColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole };

    SelectionListModel(Kind kind, DatasetModel *source, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    // Checked ids in dataset order.
    QStringList checkedIds() const;
    bool allChecked() const;
    QStringList uncheckedIds() const;
    void setUncheckedIds(const QStringList &ids);
    void setAllChecked();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void checkedChanged();

private:
    QString idAt(int row) const;
    void resetFromSource();
    void namesChanged();

    Kind m_kind;
    QPointer<DatasetModel> m_source;
    QSet<QString> m_unchecked;
};

} // namespace md
