#pragma once

#include "arena/arenasession.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace md {

class DatasetDocument;
class ModelSelection;

namespace trial {
class TrialService;
}

// The Trials page's Arena: blind A/B rounds over the shared model selection. Answers show as "Model A" and
// "Model B"; names, speed and cost appear only after the vote (keys 1–4). It shows an ArenaSession's state and
// calls it; the leaderboard opens over the same votes and can write them into the dataset.
class ArenaPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArenaPanel)

public:
    // `trials` and `document` must outlive the page; `votesPath` empty: the person's votes file.
    ArenaPanel(trial::TrialService *trials, DatasetDocument *document, const QString &votesPath = {},
               QWidget *parent = nullptr);
    ~ArenaPanel() override;
    void setModelSelection(const ModelSelection *selection);

    arena::ArenaSession *session() const { return m_session; }
    void ask();      // a new prompt to a new pair (Ctrl+Return)
    void nextPair(); // the same prompt to another pair
    void newPrompt();
    void vote(arena::Winner winner);
    void showLeaderboard();
    QString sideTitle(int side) const;
    QString sideText(int side) const;
    QString message() const;
    QString poolText() const;

private:
    void refreshPool();
    void updateState();
    void reveal();
    void saveCategory();

    trial::TrialService *m_trials;
    DatasetDocument *m_document;
    QPointer<const ModelSelection> m_selection;
    arena::ArenaSession *m_session;
    QLabel *m_pool;
    QComboBox *m_category;
    QPlainTextEdit *m_prompt;
    QPushButton *m_ask;
    QGroupBox *m_side[2];
    QTextBrowser *m_answer[2];
    QLabel *m_metrics[2];
    QString m_text[2];
    QPushButton *m_votes[4];
    QPushButton *m_next;
    QPushButton *m_newPrompt;
    QPushButton *m_stop;
    QPushButton *m_leaderboard;
    QLabel *m_message;
};

} // namespace md
