#include "exportchartdialog.h"

#include "charts/chartexporter.h"
#include "filedialogs.h"

#include <QComboBox>
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
    , m_which(new QComboBox(this))
    , m_theme(new QComboBox(this))
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

    m_which->addItem(tr("Overview chart (benchmarks)"), int(Which::Overview));
    m_which->addItem(tr("Cost chart (calculator)"), int(Which::Cost));
    m_which->setToolTip(tr("The chart on the Overview page as it is set up, or the calculator's cost chart for "
                           "its workload"));
    m_which->setCurrentIndex(std::max(0, m_which->findData(settings.value(QStringLiteral("export/which"), 0))));
    m_theme->addItem(tr("As in the window"), -1);
    m_theme->addItem(tr("Light"), int(ChartTheme::Light));
    m_theme->addItem(tr("Dark"), int(ChartTheme::Dark));
    m_theme->setToolTip(tr("Light suits print and most documents; dark suits dark slides and pages"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(settings.value(QStringLiteral("export/theme"), -1))));

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
    form->addRow(label(tr("C&hart:"), m_which), m_which);
    form->addRow(label(tr("&Theme:"), m_theme), m_theme);
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

ExportChartDialog::Which ExportChartDialog::which() const
{
    return Which(m_which->currentData().toInt());
}

void ExportChartDialog::setWhich(Which which)
{
    m_which->setCurrentIndex(m_which->findData(int(which)));
}

std::optional<ChartTheme> ExportChartDialog::theme() const
{
    const int theme = m_theme->currentData().toInt();
    return theme < 0 ? std::nullopt : std::optional<ChartTheme>(ChartTheme(theme));
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
    settings.setValue(QStringLiteral("export/which"), m_which->currentData());
    settings.setValue(QStringLiteral("export/theme"), m_theme->currentData());
    QDialog::accept();
}

} // namespace md
