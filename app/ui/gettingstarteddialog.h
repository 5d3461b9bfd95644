#pragma once

#include <QDialog>

class QTextBrowser;

namespace md {

// Help > Getting Started: a short page on what each tab does and where to begin.
class GettingStartedDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GettingStartedDialog)

public:
    explicit GettingStartedDialog(QWidget *parent = nullptr);

    static QString html();
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace md
