#pragma once

#include "core/costtablemodel.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace md {

// The calculator's "From text…": a typical request (pasted, or read from files or a folder) and optionally a
// typical answer. Each model's tokens are then counted with its own tokenizer (counter()).
class TextWorkloadDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextWorkloadDialog)

public:
    explicit TextWorkloadDialog(QWidget *parent = nullptr);

    QPlainTextEdit *inputEdit() const { return m_input; }
    QPlainTextEdit *outputEdit() const { return m_output; }
    // Appends the files' text to the request; a file that cannot be read is named below the fields.
    void addFiles(const QStringList &paths);
    void addFolder(const QString &folder);

    // Counts per tokenizer, once each, on first use: the model's own when public, else the estimate.
    static CostTableModel::TokenCounter counter(const QString &input, const QString &output);

private:
    QPlainTextEdit *m_input;
    QPlainTextEdit *m_output;
    QLabel *m_problems;
};

} // namespace md
