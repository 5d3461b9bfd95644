#pragma once

#include "trial/providerconfig.h"
#include "trial/trialrecord.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <vector>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QHBoxLayout;
class QFormLayout;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QSplitter;

namespace md {

class ModelSelection;
class TrialColumn;

namespace trial {
class TrialService;
class TrialSession;
} // namespace trial

// The Trials page: one prompt to 2-4 models side by side, streamed, with metrics and cost.
// Without an endpoint or key it says how to set one up; the rest of the application is unaffected.
// It shows the TrialService's state and calls it; the service owns the network, keys, session and history.
class TrialPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrialPanel)

public:
    // `trials` is the application's trial service; it must outlive the page.
    explicit TrialPanel(trial::TrialService *trials, QWidget *parent = nullptr);
    // The pickers offer only the selected models (and API models not in the dataset).
    void setModelSelection(const ModelSelection *selection);
    ~TrialPanel() override;

    trial::TrialSession *session() const;
    TrialColumn *column(int i) const { return m_columns.at(size_t(i)); }
    int columnCount() const;
    void setColumnCount(int count);
    void setProviderConfig(trial::ProviderConfig config); // also saves it
    const trial::ProviderConfig &providerConfig() const;
    bool isSetUp() const;

    void send();     // a new trial (Ctrl+Return)
    void followUp(); // continues every column's conversation (Ctrl+Shift+Return)
    void stopAll();
    // Shows a trial from the history; `rerun` sends its first prompt again with its settings.
    void openRecord(const trial::TrialRecord &record, bool rerun);

private:
    void buildUi();
    QHBoxLayout *buildToolbar();
    QFormLayout *buildPromptForm();
    QHBoxLayout *buildOptions();
    void addShortcuts();
    void refreshChoices();
    void updateState();
    void updatePromptCosts();
    void startTurn(bool newTrial);
    std::vector<trial::ColumnSpec> columnSpecs(QString *problem) const;
    trial::TrialSettings settingsFromUi() const;
    void onTurnStarted(const QString &prompt);
    void onTurnFinished(const trial::TrialRecord &record);
    void showLeaders(const trial::TrialRecord &record);
    void copyAnswer(int column);
    void copyTrial();
    void exportTrial();
    void showDiff();
    void showProviders();
    void showHistory();
    void saveSettings() const;
    void restoreSettings();

    trial::TrialService *m_trials;
    QPointer<const ModelSelection> m_selection;
    trial::TrialSession *m_session;
    std::vector<TrialColumn *> m_columns;

    QLabel *m_setup;
    QSpinBox *m_columnCount;
    QSplitter *m_splitter;
    QLineEdit *m_system;
    QPlainTextEdit *m_prompt;
    QDoubleSpinBox *m_temperature;
    QSpinBox *m_maxTokens;
    QCheckBox *m_stream;
    QCheckBox *m_markdown;
    QPushButton *m_send;
    QPushButton *m_followUp;
    QPushButton *m_stop;
    QPushButton *m_diff;
    QPushButton *m_copyAll;
    QPushButton *m_export;
    QPushButton *m_providers;
    QPushButton *m_history;
    QLabel *m_message;
    QTimer m_costTimer; // recounts the prompt's tokens a moment after typing stops
};

} // namespace md
