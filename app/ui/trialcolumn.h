#pragma once

#include "trial/trialrecord.h"

#include <QFrame>
#include <QTimer>

class QComboBox;
class QLabel;
class QTextBrowser;
class QTextDocument;
class QToolButton;

namespace md {

// One model's column on the Trials page: which model, the conversation (each prompt, then the answer as
// it streams), then its metrics. A finished answer is shown as Markdown (code blocks in a fixed font) unless
// the raw text is asked for; while it streams it is plain text, which is cheap to append.
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
    void beginTurn(const QString &prompt); // every turn, the first too, opens with its prompt
    void appendText(const QString &delta);
    void setRunning(bool running);
    void setRetrying(const QString &reason, int delayMs);
    void showResult(const trial::TrialAnswer &answer);
    void setLeader(const QString &text); // "Fastest · Cheapest", or empty
    void setMarkdown(bool rendered);
    bool isMarkdown() const { return m_markdown; }
    QString answerText() const; // the latest answer as the model wrote it
    QString statusText() const;
    // Before Send: the prompt's tokens with this model's tokenizer and what they cost.
    void setPromptCost(const QString &text);
    QString promptCostText() const;
    QString leaderText() const;
    QTextDocument *document() const;

signals:
    void stopRequested();
    void copyRequested();
    void choiceChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Turn {
        QString prompt;
        QString text;
        bool finished = false;
    };

    void flush();
    void render();
    void setStatus(const QString &text, bool error);

    QComboBox *m_model;
    QToolButton *m_stop;
    QToolButton *m_copy;
    QTextBrowser *m_answer;
    QLabel *m_leader;
    QLabel *m_status;
    QLabel *m_promptCost;
    QTimer m_flushTimer;
    QList<Turn> m_turns;
    QString m_pending; // deltas not yet drawn: drawing every delta would stall the window
    qsizetype m_received = 0;
    bool m_error = false;
    bool m_markdown = true;
};

} // namespace md
