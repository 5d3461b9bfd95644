#pragma once

#include <QTableView>

namespace md {

// A table whose first column stays put while the others scroll sideways (Qt's "frozen column"
// pattern: a second view over the same model shows only that column, on top, in step).
class FrozenTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrozenTableView)

public:
    explicit FrozenTableView(QWidget *parent = nullptr);
    ~FrozenTableView() override;

    void setModel(QAbstractItemModel *model) override;
    QTableView *frozenView() const { return m_frozen; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;

private:
    void updateFrozenGeometry();
    void syncColumns();

    QTableView *m_frozen;
};

} // namespace md
