#pragma once

#include "trial/trialrecord.h"

#include <QFrame>
#include <QTimer>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace md {

// One model's column on the Trials page: which model, its answer as it streams, then its metrics.
class TrialColumn final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrialColumn)

public:
    explicit TrialColumn(int index, QWidget *parent = nullptr);

    QComboBox *modelBox() const { return m_model; }
    // Entries are "provider\nmodel id" in Qt::UserRole; the text is what people read.
    void setChoices(const QList<QPair<QString, QString>> &labelAndData, const QString &current);
    QString currentChoice() const;

    void clearAnswer();
    void showPrompt(const QString &prompt); // a follow-up: the new prompt opens the next part
    void appendText(const QString &delta);
    void setRunning(bool running);
    void setRetrying(const QString &reason, int delayMs);
    void showResult(const trial::TrialAnswer &answer);
    QString answerText() const;
    QString statusText() const;
    // Before Send: the prompt's tokens with this model's tokenizer and what they cost.
    void setPromptCost(const QString &text);
    QString promptCostText() const;

signals:
    void stopRequested();
    void copyRequested();
    void choiceChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void flush();
    void setStatus(const QString &text, bool error);

    QComboBox *m_model;
    QToolButton *m_stop;
    QToolButton *m_copy;
    QPlainTextEdit *m_answer;
    QLabel *m_status;
    QLabel *m_promptCost;
    QTimer m_flushTimer;
    QString m_pending; // deltas not yet drawn: drawing every delta would stall the window
    qsizetype m_received = 0;
    bool m_error = false;
};

} // namespace md
