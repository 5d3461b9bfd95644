#pragma once

#include "trial/providerconfig.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace md {

namespace trial {
class KeyStore;
class TrialService;
} // namespace trial

// Edits the OpenAI-compatible endpoints, where their keys come from, and which API model stands
// for which dataset model. Keys typed here go straight to the system keychain, never to settings.
class ProvidersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvidersDialog)

public:
    ProvidersDialog(trial::ProviderConfig config, const QStringList &datasetModelIds, trial::KeyStore *keys,
                    QWidget *parent = nullptr);

    trial::ProviderConfig config();
    // Enables Test Connection and Fetch Models (GET /models at the provider being edited).
    void setService(trial::TrialService *trials);
    // The model ids the last fetch offered (for tests and the picker).
    const QStringList &fetchedModels() const { return m_fetched; }

private:
    void addProvider(const trial::Provider &provider);
    void removeProvider();
    void showProvider(int row);
    void storeForm();
    void updateKeyState();
    void storeKey();
    void addLink();
    void renameProvider(const QString &name);
    void queryModels(bool pick); // pick: let the person choose ids from the answer
    void pickModels();

    trial::ProviderConfig m_config;
    QStringList m_datasetIds;
    trial::KeyStore *m_keys;
    int m_current = -1;
    QListWidget *m_list;
    QFormLayout *m_form = nullptr;
    QLayout *m_keyRow = nullptr;
    QLineEdit *m_name;
    QLineEdit *m_baseUrl;
    QComboBox *m_keySource;
    QLineEdit *m_variable;
    QLineEdit *m_key;
    QPushButton *m_storeKey;
    QLabel *m_keyState;
    QLineEdit *m_models;
    QPushButton *m_test;
    QPushButton *m_fetch;
    QLabel *m_connection;
    QTableWidget *m_links;
    trial::TrialService *m_trials = nullptr;
    QStringList m_fetched;
    QString m_shownName; // the current provider's name as the list and the links know it
};

} // namespace md
