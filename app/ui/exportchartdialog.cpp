#include "exportchartdialog.h"

#include "charts/chartexporter.h"
#include "filedialogs.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

namespace md {

ExportChartDialog::ExportChartDialog(QWidget *parent)
    : QDialog(parent)
    , m_path(new QLineEdit(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_scale(new QDoubleSpinBox(this))
{
    setWindowTitle(tr("Export Chart"));
    QSettings settings;
    const QString dir = FileDialogs::startFolder(QStringLiteral("export/lastDir"), QStandardPaths::PicturesLocation);
    m_path->setText(
        QDir(dir).filePath(settings.value(QStringLiteral("export/lastName"), QStringLiteral("chart.png")).toString()));
    m_path->setToolTip(
        tr("The format follows the extension: .png, .svg or .pdf (SVG and PDF are vector, with text as text)"));
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(ChartExporter::MinSide, ChartExporter::MaxSide);
        box->setSuffix(tr(" px"));
        box->setSingleStep(50);
    }
    m_width->setValue(settings.value(QStringLiteral("export/width"), ChartExporter::DefaultSize.width()).toInt());
    m_height->setValue(settings.value(QStringLiteral("export/height"), ChartExporter::DefaultSize.height()).toInt());
    m_scale->setRange(0.25, ChartExporter::MaxScale);
    m_scale->setSingleStep(0.5);
    m_scale->setDecimals(2);
    m_scale->setValue(settings.value(QStringLiteral("export/scale"), 1.0).toDouble());
    m_scale->setToolTip(
        tr("Pixels per chart pixel in a PNG: 2 gives a sharp image on high-density screens and in print"));

    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportChartDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch();

    // Labels with buddies, so their mnemonics work and the "&" does not show.
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    m_path->setMinimumWidth(360);
    auto *form = new QFormLayout;
    form->addRow(label(tr("&File:"), m_path), pathRow);
    form->addRow(label(tr("&Size:"), m_width), sizeRow);
    form->addRow(label(tr("S&cale (PNG):"), m_scale), m_scale);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportChartDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportChartDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_path, &QLineEdit::textChanged, this, &ExportChartDialog::updateState);
    updateState();
}

QString ExportChartDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportChartDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

QSize ExportChartDialog::chartSize() const
{
    return {m_width->value(), m_height->value()};
}

double ExportChartDialog::scale() const
{
    return m_scale->isEnabled() ? m_scale->value() : 1.0;
}

void ExportChartDialog::browse()
{
    const QString chosen =
        FileDialogs::saveFile(this, tr("Export Chart"), QStringLiteral("export/lastDir"), path(),
                              tr("PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)"), nullptr,
                              QStandardPaths::PicturesLocation);
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ExportChartDialog::updateState()
{
    const auto format = ChartExporter::formatForPath(path());
    m_ok->setEnabled(format.ok());
    m_scale->setEnabled(format.ok() && format.value() == ChartExporter::Format::Png);
    m_path->setToolTip(format.ok() ? tr("The format follows the extension: .png, .svg or .pdf") : format.error());
}

void ExportChartDialog::accept()
{
    QSettings settings;
    const QFileInfo info(path());
    settings.setValue(QStringLiteral("export/lastDir"), info.absolutePath());
    settings.setValue(QStringLiteral("export/lastName"), info.fileName());
    settings.setValue(QStringLiteral("export/width"), m_width->value());
    settings.setValue(QStringLiteral("export/height"), m_height->value());
    settings.setValue(QStringLiteral("export/scale"), m_scale->value());
    QDialog::accept();
}

} // namespace md
