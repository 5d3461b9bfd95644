#pragma once

#include "trial/providerconfig.h"
#include "trial/trialrecord.h"

#include <QPointer>
#include <QWidget>
#include <vector>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QSplitter;

namespace md {

class DatasetModel;
class ModelSelection;
class TrialColumn;

namespace trial {
class KeyStore;
class TrialHistory;
class TrialHistoryModel;
class TrialSession;
} // namespace trial

// The Trials page: one prompt to 2-4 models side by side, streamed, with metrics and cost.
// Without an endpoint or key it says how to set one up; the rest of the application is unaffected.
class TrialPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrialPanel)

public:
    explicit TrialPanel(DatasetModel *model, QWidget *parent = nullptr);
    // The pickers offer only the selected models (and API models not in the dataset).
    void setModelSelection(const ModelSelection *selection);
    ~TrialPanel() override;

    trial::TrialSession *session() const { return m_session; }
    TrialColumn *column(int i) const { return m_columns.at(size_t(i)); }
    int columnCount() const;
    void setColumnCount(int count);
    void setProviderConfig(trial::ProviderConfig config); // also saves it
    const trial::ProviderConfig &providerConfig() const { return m_config; }
    bool isSetUp() const;

    void send();     // a new trial (Ctrl+Return)
    void followUp(); // continues every column's conversation (Ctrl+Shift+Return)
    void stopAll();
    // Shows a trial from the history; `rerun` sends its first prompt again with its settings.
    void openRecord(const trial::TrialRecord &record, bool rerun);

private:
    void buildUi();
    void refreshChoices();
    void updateState();
    void startTurn(bool newTrial);
    std::vector<trial::ColumnSpec> columnSpecs(QString *problem) const;
    trial::TrialSettings settingsFromUi() const;
    void onTurnFinished(const trial::TrialRecord &record);
    void copyAnswer(int column);
    void copyTrial();
    void exportTrial();
    void showDiff();
    void showProviders();
    void showHistory();
    void saveSettings() const;
    void restoreSettings();

    DatasetModel *m_model;
    QPointer<const ModelSelection> m_selection;
    QNetworkAccessManager *m_network;
    trial::KeyStore *m_keys;
    trial::TrialSession *m_session;
    std::unique_ptr<trial::TrialHistory> m_history;
    trial::TrialHistoryModel *m_historyModel;
    trial::ProviderConfig m_config;
    std::vector<TrialColumn *> m_columns;
    bool m_fetchingKeys = false;

    QLabel *m_setup;
    QSpinBox *m_columnCount;
    QSplitter *m_splitter;
    QLineEdit *m_system;
    QPlainTextEdit *m_prompt;
    QDoubleSpinBox *m_temperature;
    QSpinBox *m_maxTokens;
    QCheckBox *m_stream;
    QPushButton *m_send;
    QPushButton *m_followUp;
    QPushButton *m_stop;
    QPushButton *m_diff;
    QPushButton *m_copyAll;
    QPushButton *m_export;
    QLabel *m_message;
};

} // namespace md
