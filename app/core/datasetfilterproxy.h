#pragma once

#include <QSortFilterProxyModel>

namespace md {

class DatasetModel;

// The data view's sorting and search over the shared DatasetModel. Search matches the model's id, name and
// vendor (case-insensitive, every word must match); numbers sort as numbers and a missing figure sorts
// after every reported one in either order, so "n/a" never sits among the best.
class DatasetFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetFilterProxy)

public:
    explicit DatasetFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    void setSearchText(const QString &text);
    QString searchText() const { return m_words.join(QLatin1Char(' ')); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    DatasetModel *m_dataset = nullptr;
    QStringList m_words;
};

} // namespace md
