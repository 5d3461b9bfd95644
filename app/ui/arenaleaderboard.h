#pragma once

#include "arena/arenaratings.h"
#include "charts/chartoptions.h"

#include <QDialog>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QTableWidget;

namespace md {

class DatasetDocument;

namespace arena {
class ArenaSession;
}

// The arena's leaderboard over the person's votes: ratings with their 95% intervals as a chart (exported like
// the others), rank, votes and win rate per model, a pairwise win-rate heatmap, and Update Dataset, which writes
// the ratings into the shared dataset as the benchmark "Arena (private)" in one undo step.
class ArenaLeaderboard final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArenaLeaderboard)

public:
    ArenaLeaderboard(const arena::ArenaSession *session, DatasetDocument *document, QWidget *parent = nullptr);

    const arena::ArenaRatings &ratings() const { return m_ratings; }
    bool updateDataset();
    QString note() const;
    QTableWidget *table() const { return m_table; }
    QTableWidget *heatmap() const { return m_heatmap; }
    // The ratings with interval whiskers, best first; the caller owns it.
    static QChart *ratingChart(const arena::ArenaRatings &ratings, const QStringList &labels, ChartTheme theme);

private:
    void recompute();
    void exportChart();
    QString label(const QString &model) const;
    QStringList labels() const;

    const arena::ArenaSession *m_session;
    DatasetDocument *m_document;
    arena::ArenaRatings m_ratings;
    QComboBox *m_category;
    QChartView *m_chart;
    QTableWidget *m_table;
    QTableWidget *m_heatmap;
    QLabel *m_note;
};

} // namespace md
