#pragma once

#include "costcalculator.h"

#include <QCoreApplication>
#include <QString>
#include <vector>

class QSettings;

namespace md {

// A named workload a person recognises ("Customer-support chat"), editable and remembered.
struct WorkloadPreset {
    QString id;   // stable key; built-in presets keep theirs when edited
    QString name; // shown in the picker
    Workload workload;

    friend bool operator==(const WorkloadPreset &, const WorkloadPreset &) = default;
};

class WorkloadPresets
{
    Q_DECLARE_TR_FUNCTIONS(WorkloadPresets)

public:
    // The presets shipped with the app, with translated names.
    static std::vector<WorkloadPreset> builtIn();
    // The person's presets from `settings`, or the built-in ones when none were saved.
    static std::vector<WorkloadPreset> load(QSettings &settings);
    static void save(QSettings &settings, const std::vector<WorkloadPreset> &presets);
    // Forgets the saved presets: the built-in ones return.
    static void reset(QSettings &settings);
};

} // namespace md
