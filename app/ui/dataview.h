#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace md {

class DatasetDocument;
class DatasetFilterProxy;

// The Data page: every model with its facts, prices and scores in an editable table over the shared model,
// a search box, and buttons to add and remove models and benchmarks. Every change is an undo step.
class DataView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataView)

public:
    explicit DataView(DatasetDocument *document, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    DatasetFilterProxy *proxy() const { return m_proxy; }
    QLineEdit *searchBox() const { return m_search; }
    static constexpr int SearchDelayMs = 200;

    void addModel();
    void removeSelectedModels();
    void addBenchmark();
    void removeCurrentBenchmark();

private:
    void updateCount();
    QStringList selectedModelIds() const;

    DatasetDocument *m_document;
    DatasetFilterProxy *m_proxy;
    QTableView *m_table;
    QLineEdit *m_search;
    QLabel *m_count;
    QTimer *m_searchTimer;
};

} // namespace md
