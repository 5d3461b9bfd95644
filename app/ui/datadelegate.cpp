#include "datadelegate.h"

#include "core/datasetdocument.h"
#include "core/datasetmodel.h"
#include "core/modelfields.h"

#include <QAbstractProxyModel>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QMetaProperty>
#include <QSpinBox>

namespace md {

namespace {

constexpr double PriceNa = -0.000001; // one micro-dollar below zero: the "n/a" step of the money editor
constexpr double ScoreNa = -0.01;
const QDate DateNa(1990, 1, 1);

// Shows $0.15 rather than $0.150000 while keeping micro-dollar precision.
class MoneySpinBox final : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;
    QString textFromValue(double value) const override
    {
        QString s = locale().toString(value, 'f', decimals());
        const QString point = locale().decimalPoint();
        if (s.contains(point)) {
            while (s.endsWith(QLatin1Char('0')) && s.size() - s.indexOf(point) > 3)
                s.chop(1);
        }
        return s;
    }
};

bool isPercent(const QModelIndex &index)
{
    // Score columns of "%" benchmarks hold 0..100; the tooltip-free way to know is the header's benchmark.
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(index.model());
    const auto *model = qobject_cast<const DatasetModel *>(proxy ? proxy->sourceModel() : index.model());
    const int b = model ? model->benchmarkIndexForColumn(index.column()) : -1;
    return b < 0 || model->dataset().benchmarks[size_t(b)].unit == QLatin1String("%");
}

} // namespace

DataDelegate::DataDelegate(DatasetDocument *document, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_document(document)
{}

QWidget *DataDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int column = index.column();
    const ModelField *field = ModelFields::forColumn(column);
    const ModelField::Kind kind = field ? field->kind : ModelField::Text; // score columns have no field
    if (kind == ModelField::Price) {
        auto *box = new MoneySpinBox(parent);
        box->setPrefix(QStringLiteral("$"));
        box->setDecimals(6);
        box->setRange(PriceNa, 1'000'000.0);
        box->setSingleStep(0.01);
        box->setSpecialValueText(tr("n/a"));
        box->setToolTip(tr("US dollars per 1M tokens; step below $0 for n/a"));
        box->setFrame(false);
        return box;
    }
    if (DatasetModel::isScoreColumn(column)) {
        auto *box = new QDoubleSpinBox(parent);
        box->setDecimals(2);
        box->setRange(isPercent(index) ? ScoreNa : -1e9, isPercent(index) ? 100.0 : 1e9);
        box->setSingleStep(0.1);
        box->setSpecialValueText(tr("n/a"));
        box->setToolTip(tr("Score 0–100; step below 0 for n/a (not reported)"));
        box->setFrame(false);
        return box;
    }
    if (kind == ModelField::Count) {
        auto *box = new QSpinBox(parent);
        box->setRange(0, std::numeric_limits<int>::max());
        box->setSingleStep(1024);
        box->setGroupSeparatorShown(true);
        box->setSpecialValueText(tr("n/a"));
        box->setSuffix(tr(" tokens"));
        box->setFrame(false);
        return box;
    }
    if (kind == ModelField::Date) {
        auto *edit = new QDateEdit(parent);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMinimumDate(DateNa);
        edit->setSpecialValueText(tr("n/a"));
        edit->setFrame(false);
        return edit;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void DataDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *money = dynamic_cast<MoneySpinBox *>(editor)) {
        money->setValue(value.isValid() ? value.toDouble() : PriceNa);
    } else if (auto *score = qobject_cast<QDoubleSpinBox *>(editor)) {
        score->setValue(value.isValid() ? value.toDouble() : score->minimum());
    } else if (auto *count = qobject_cast<QSpinBox *>(editor)) {
        count->setValue(int(qMin<qint64>(value.toLongLong(), std::numeric_limits<int>::max())));
    } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        date->setDate(value.toDate().isValid() ? value.toDate() : DateNa);
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void DataDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    QVariant value;
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->interpretText();
        value = spin->value() <= spin->minimum() ? QVariant(QString()) : QVariant(spin->value());
    } else if (auto *count = qobject_cast<QSpinBox *>(editor)) {
        count->interpretText();
        value = qint64(count->value());
    } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        value = date->date() <= DateNa ? QVariant(QString()) : QVariant(date->date());
    } else {
        value = editor->property(editor->metaObject()->userProperty().name());
    }
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model);
    const QModelIndex source = proxy ? proxy->mapToSource(index) : index;
    m_document->setCell(source.row(), source.column(), value);
}

void DataDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // Values typed in by hand read in italics: an import will not overwrite them without asking.
    if (index.data(DatasetModel::HandEditedRole).toBool())
        option->font.setItalic(true);
    if (index.data(DatasetModel::IsMissingRole).toBool())
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
}

} // namespace md
