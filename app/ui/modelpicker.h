#pragma once

#include <QComboBox>
#include <QPointer>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace md {

class DatasetModel;

// Picks one model of the shared dataset, however many there are: a combo box whose popup is a
// search field over a list (name, id, vendor), not thousands of menu rows. Its items are a view
// of the DatasetModel (nothing copied); `currentData()` is the model id, "" for "None" when offered.
class ModelPicker final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelPicker)

public:
    explicit ModelPicker(DatasetModel *model, bool offerNone, QWidget *parent = nullptr);
    ~ModelPicker() override;

    QString currentId() const { return currentData().toString(); }
    // Selects `modelId`; false (and no change) when it is not there.
    bool setCurrentId(const QString &modelId);
    // The popup's search field, for tests.
    QLineEdit *searchField() const { return m_search; }
    void showPopup() override;
    void hidePopup() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void pick(const QModelIndex &proxyIndex);
    void restoreCurrent();

    QWidget *m_popup;
    QLineEdit *m_search;
    QListView *m_list;
    QSortFilterProxyModel *m_filter;
    QString m_currentId;
    bool m_restoring = false;
};

} // namespace md
