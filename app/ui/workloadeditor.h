#pragma once

#include "core/workloadpresets.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QToolButton;

namespace md {

// The workload a person prices: tokens per request, requests per day or month, the cached share
// of the prompt and Batch mode, with presets they recognise, edit and keep (QSettings).
class WorkloadEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkloadEditor)

public:
    explicit WorkloadEditor(QWidget *parent = nullptr);
    ~WorkloadEditor() override;

    // The figures and the "Prices as of" day (Workload::pricesAsOf).
    Workload workload() const;
    // Sets the figures; the price day too when `workload` names one.
    void setWorkload(const Workload &workload);

    // The day the dataset describes (its launch), offered as "Launch day"; invalid hides the offer.
    void setLaunchDate(const QDate &date);
    enum class AsOfMode { Today, Launch, Chosen };
    AsOfMode asOfMode() const { return m_asOfMode; }
    void setAsOfMode(AsOfMode mode, const QDate &chosen = {});

    QSpinBox *inputTokensBox() const { return m_inputTokens; }
    QSpinBox *outputTokensBox() const { return m_outputTokens; }
    QSpinBox *requestsBox() const { return m_requests; }
    QComboBox *periodBox() const { return m_period; }
    QDoubleSpinBox *cachedShareBox() const { return m_cachedShare; }
    QDoubleSpinBox *cacheWriteShareBox() const { return m_cacheWriteShare; }
    QDateEdit *asOfBox() const { return m_asOf; }
    QToolButton *launchDayButton() const { return m_asOfLaunch; }
    QCheckBox *batchBox() const { return m_batch; }
    QComboBox *presetBox() const { return m_preset; }

    const std::vector<WorkloadPreset> &presets() const { return m_presets; }
    void applyPreset(int index);
    // Preset edits, each saved at once.
    void saveCurrentPreset();
    void saveAsNewPreset(const QString &name);
    void renameCurrentPreset(const QString &name);
    void deleteCurrentPreset();
    void restoreBuiltInPresets();
    bool isPresetModified() const;

signals:
    void workloadChanged(const md::Workload &workload);

private:
    void valuesEdited();
    void asOfEdited();
    Workload figures() const; // workload() without the price day: what a preset holds
    void fillPresetBox(int current);
    void updatePresetState();
    void storePresets();
    void askSaveAsNew();
    void askRename();

    std::vector<WorkloadPreset> m_presets;
    QComboBox *m_preset;
    QToolButton *m_savePreset;
    QToolButton *m_presetMenu;
    QLabel *m_presetState;
    QSpinBox *m_inputTokens;
    QSpinBox *m_outputTokens;
    QSpinBox *m_requests;
    QComboBox *m_period;
    QDoubleSpinBox *m_cachedShare;
    QDoubleSpinBox *m_cacheWriteShare;
    QDateEdit *m_asOf;
    QToolButton *m_asOfToday;
    QToolButton *m_asOfLaunch;
    QDate m_launchDate;
    AsOfMode m_asOfMode = AsOfMode::Today;
    QCheckBox *m_batch;
    bool m_applying = false;
};

} // namespace md
