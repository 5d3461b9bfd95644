#pragma once

#include <QDialog>

namespace md {

struct Dataset;

// About ModelDesk: version, licence, and every data source the open dataset cites.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(const Dataset &dataset, QWidget *parent = nullptr);

    static QStringList sources(const Dataset &dataset);
};

} // namespace md
