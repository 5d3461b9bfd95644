#pragma once

#include <QDialog>

class QComboBox;
class QTextBrowser;

namespace md {

// Two answers compared word by word: struck-through words only the first has, underlined words
// only the second has.
class AnswerDiffView final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnswerDiffView)

public:
    // `labels` and `answers` pair up, one per column; at least two.
    AnswerDiffView(const QStringList &labels, const QStringList &answers, QWidget *parent = nullptr);

    static QString toHtml(const QString &a, const QString &b, bool dark);

private:
    void update();

    QStringList m_answers;
    QComboBox *m_left;
    QComboBox *m_right;
    QTextBrowser *m_view;
};

} // namespace md
