#pragma once

#include <memory>

namespace md {

class DatasetDocument;
class DatasetModel;
class ModelSelection;

namespace trial {
class TrialService;
}

// What the application shares, made once by main(): the dataset model (the single source of truth), the
// document every edit goes through, the shared selection of models, and the services. The command line and the window
// get them from here; nothing below creates its own. Create it after the QApplication and its names (QSettings, data
// folders).
class AppServices final
{
public:
    AppServices();
    ~AppServices();
    AppServices(const AppServices &) = delete;
    AppServices &operator=(const AppServices &) = delete;

    DatasetModel *model() const { return m_model.get(); }
    DatasetDocument *document() const { return m_document.get(); }
    ModelSelection *selection() const { return m_selection.get(); } // which models the person looks at
    trial::TrialService *trials() const { return m_trials.get(); }

private:
    // Declared in the order they depend on each other; destroyed in reverse.
    std::unique_ptr<DatasetModel> m_model;
    std::unique_ptr<DatasetDocument> m_document;
    std::unique_ptr<ModelSelection> m_selection;
    std::unique_ptr<trial::TrialService> m_trials;
};

} // namespace md
