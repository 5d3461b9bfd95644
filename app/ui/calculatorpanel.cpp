#include "calculatorpanel.h"

#include "core/costtablemodel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>

namespace md {

namespace {
QSpinBox *tokenBox(int maximum, const QString &suffix, const QString &tip, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, maximum);
    box->setGroupSeparatorShown(true);
    box->setSuffix(suffix);
    box->setToolTip(tip);
    box->setAccelerated(true);
    return box;
}
} // namespace

CalculatorPanel::CalculatorPanel(DatasetModel *model, QWidget *parent)
    : QWidget(parent)
    , m_costs(new CostTableModel(model, this))
    , m_inputTokens(tokenBox(10'000'000, tr(" tokens"), tr("Prompt tokens sent with each request"), this))
    , m_outputTokens(tokenBox(1'000'000, tr(" tokens"), tr("Tokens the model writes for each request"), this))
    , m_requests(tokenBox(2'000'000'000, QString(), tr("How many requests a month"), this))
    , m_table(new QTableView(this))
{
    QSettings settings;
    m_inputTokens->setValue(settings.value(QStringLiteral("calculator/inputTokens"), 1000).toInt());
    m_outputTokens->setValue(settings.value(QStringLiteral("calculator/outputTokens"), 500).toInt());
    m_requests->setValue(settings.value(QStringLiteral("calculator/requests"), 100'000).toInt());

    auto *form = new QFormLayout;
    form->addRow(tr("&Input tokens per request:"), m_inputTokens);
    form->addRow(tr("&Output tokens per request:"), m_outputTokens);
    form->addRow(tr("&Requests per month:"), m_requests);

    m_table->setModel(m_costs);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);

    for (QSpinBox *box : {m_inputTokens, m_outputTokens, m_requests})
        connect(box, &QSpinBox::valueChanged, this, &CalculatorPanel::updateWorkload);
    updateWorkload();
}

CalculatorPanel::~CalculatorPanel()
{
    QSettings settings;
    settings.setValue(QStringLiteral("calculator/inputTokens"), m_inputTokens->value());
    settings.setValue(QStringLiteral("calculator/outputTokens"), m_outputTokens->value());
    settings.setValue(QStringLiteral("calculator/requests"), m_requests->value());
}

void CalculatorPanel::updateWorkload()
{
    Workload w = m_costs->workload();
    w.inputTokens = m_inputTokens->value();
    w.outputTokens = m_outputTokens->value();
    w.requests = m_requests->value();
    m_costs->setWorkload(w);
}

} // namespace md
