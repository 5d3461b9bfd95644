#pragma once

#include "trial/providerconfig.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace md {

namespace trial {
class KeyStore;
}

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

private:
    void addProvider(const trial::Provider &provider);
    void removeProvider();
    void showProvider(int row);
    void storeForm();
    void updateKeyState();
    void storeKey();
    void addLink();

    trial::ProviderConfig m_config;
    QStringList m_datasetIds;
    trial::KeyStore *m_keys;
    int m_current = -1;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_baseUrl;
    QComboBox *m_keySource;
    QLineEdit *m_variable;
    QLineEdit *m_key;
    QPushButton *m_storeKey;
    QLabel *m_keyState;
    QLineEdit *m_models;
    QTableWidget *m_links;
};

} // namespace md
