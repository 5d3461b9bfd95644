#pragma once

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QSpinBox;
class QToolButton;

namespace md {

class ModelFilterProxy;
class ModelSelection;

// The models list of the chart page, made for thousands of models: a search box (Ctrl+F), filters
// (provider, scores, prices, free or priced, context window), select all shown or none, "top N by
// a benchmark or by price", and named selections saved per dataset. Ticks (Space or a click) go
// to the shared ModelSelection; a line under the list says how many of how many are shown.
class ModelListPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelListPanel)

public:
    explicit ModelListPanel(ModelSelection *selection, QWidget *parent = nullptr);
    ~ModelListPanel() override;

    QLineEdit *searchBox() const { return m_search; }
    QListView *view() const { return m_view; }
    ModelFilterProxy *filter() const { return m_filter; }
    QLabel *statusLabel() const { return m_status; }

    void selectShown();
    void selectNone();
    // Selects the best `n` of the shown models by a benchmark ("" : the cheapest by blended price).
    void selectTop(int n, const QString &benchmarkId);
    // Named selections of this dataset (QSettings), sorted by name.
    QStringList savedNames() const;
    void saveSelection(const QString &name);
    bool restoreSelection(const QString &name);
    void removeSelection(const QString &name);
    // The settings group of the dataset now shown: selections are remembered per dataset.
    QString datasetKey() const;

private:
    QWidget *buildFilterRow();
    QWidget *buildActionRow();
    void fillProviders();
    void fillTopMenu();
    void fillSaved();
    void updateStatus();
    void askToSave();
    void remember();
    void restoreRemembered();

    ModelSelection *m_selection;
    ModelFilterProxy *m_filter;
    QLineEdit *m_search;
    QComboBox *m_provider;
    QToolButton *m_filters;
    QListView *m_view;
    QSpinBox *m_topCount;
    QToolButton *m_top;
    QComboBox *m_saved;
    QLabel *m_status;
    QTimer m_searchTimer;
    bool m_resetting = false;
};

} // namespace md
