#pragma once

#include "charts/chartoptions.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace md {

// Asks which chart to export (the Overview chart or the cost chart), where (PNG, SVG or PDF by extension), at
// what size and in which theme. The last choices are remembered.
class ExportChartDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportChartDialog)

public:
    explicit ExportChartDialog(QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    QSize chartSize() const;
    enum class Which { Overview, Cost };
    Which which() const;
    void setWhich(Which which);
    // The file's theme; nullopt: as in the window.
    std::optional<ChartTheme> theme() const;
    double scale() const;

    void accept() override;

private:
    void browse();
    void updateState();

    QComboBox *m_which;
    QComboBox *m_theme;
    QLineEdit *m_path;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QDoubleSpinBox *m_scale;
    QPushButton *m_ok = nullptr;
};

} // namespace md
