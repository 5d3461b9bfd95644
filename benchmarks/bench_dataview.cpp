// The Data page with 3,000 models: a header click (sort), a search and a page of scrolling, each repainted.
#include "core/datasetdocument.h"
#include "core/datasetfilterproxy.h"
#include "core/datasetjson.h"
#include "core/datasetmodel.h"
#include "ui/dataview.h"

#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace md;

class BenchDataView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sortColumn_data();
    void sortColumn();
    void search();
    void scrollPage();

private:
    DatasetModel m_model;
    std::unique_ptr<DatasetDocument> m_document;
    std::unique_ptr<DataView> m_view;
};

void BenchDataView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Dataset d = DatasetJson::builtIn();
    const ModelInfo templ = d.models.front();
    for (int i = 0; d.models.size() < 3000; ++i) {
        ModelInfo m = templ;
        m.id = QStringLiteral("vendor%1/model-%2").arg(i % 40).arg(i);
        m.name = QStringLiteral("Model %1").arg(i);
        m.vendor = QStringLiteral("Vendor %1").arg(i % 40);
        m.contextWindow = 8192 << (i % 8);
        m.prices.back().input = 10'000 + (i * 7919) % 5'000'000;
        for (auto it = m.scores.begin(); it != m.scores.end(); ++it)
            it->value = double((i * 31 + int(it.key().size()) * 17) % 1000) / 10.0;
        if (i % 9 == 0)
            m.scores.remove(QStringLiteral("mmlu"));
        d.models.push_back(std::move(m));
    }
    m_model.setDataset(std::move(d));
    m_document = std::make_unique<DatasetDocument>(&m_model);
    m_view = std::make_unique<DataView>(m_document.get());
    m_view->resize(1400, 900);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    qInfo("data view: %d models x %d columns", m_model.rowCount(), m_model.columnCount());
}

void BenchDataView::sortColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addRow("name") << int(DatasetModel::NameColumn);
    QTest::addRow("input price") << int(DatasetModel::InputPriceColumn);
    QTest::addRow("context") << int(DatasetModel::ContextWindowColumn);
    QTest::addRow("MMLU score") << int(DatasetModel::ColumnCount);
}

void BenchDataView::sortColumn()
{
    QFETCH(int, column);
    QTableView *table = m_view->table();
    QBENCHMARK
    {
        table->sortByColumn(column, Qt::AscendingOrder);
        table->viewport()->repaint();
        table->sortByColumn(column, Qt::DescendingOrder);
        table->viewport()->repaint();
    }
    QCOMPARE(m_view->proxy()->rowCount(), 3000);
}

void BenchDataView::search()
{
    QTableView *table = m_view->table();
    int shown = 0;
    QBENCHMARK
    {
        m_view->proxy()->setSearchText(QStringLiteral("vendor 7"));
        table->viewport()->repaint();
        shown = m_view->proxy()->rowCount();
        m_view->proxy()->setSearchText(QString());
        table->viewport()->repaint();
    }
    QVERIFY(shown > 0 && shown < 3000);
}

void BenchDataView::scrollPage()
{
    QScrollBar *bar = m_view->table()->verticalScrollBar();
    int step = 0;
    QBENCHMARK
    {
        bar->setValue((step++ * bar->pageStep()) % qMax(1, bar->maximum()));
        m_view->table()->viewport()->repaint();
    }
}

QTEST_MAIN(BenchDataView)
#include "bench_dataview.moc"
