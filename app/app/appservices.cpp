#include "appservices.h"

#include "core/datasetdocument.h"
#include "core/datasetmodel.h"
#include "core/modelselection.h"
#include "trial/trialservice.h"

namespace md {

AppServices::AppServices()
    : m_model(std::make_unique<DatasetModel>())
    , m_document(std::make_unique<DatasetDocument>(m_model.get()))
    , m_selection(std::make_unique<ModelSelection>(m_model.get()))
    , m_trials(std::make_unique<trial::TrialService>(m_model.get()))
{}

AppServices::~AppServices() = default;

} // namespace md
