#pragma once

#include <QDialog>

class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace md {

// Asks where to export the chart (PNG, SVG or PDF by extension) and at what size. The last
// folder, size and scale are remembered.
class ExportChartDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportChartDialog)

public:
    explicit ExportChartDialog(QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    QSize chartSize() const;
    double scale() const;

    void accept() override;

private:
    void browse();
    void updateState();

    QLineEdit *m_path;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QDoubleSpinBox *m_scale;
    QPushButton *m_ok = nullptr;
};

} // namespace md
