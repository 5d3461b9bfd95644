#include "arenaleaderboard.h"

#include "arena/arenadataset.h"
#include "arena/arenasession.h"
#include "charts/chartexporter.h"
#include "charts/chartstyle.h"
#include "core/datasetdocument.h"
#include "core/datasetmodel.h"
#include "filedialogs.h"

#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPen>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>

namespace md {

using arena::ArenaRatings;
using arena::ModelRating;

ArenaLeaderboard::ArenaLeaderboard(const arena::ArenaSession *session, DatasetDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_document(document)
    , m_category(new QComboBox)
    , m_chart(new QChartView)
    , m_table(new QTableWidget)
    , m_heatmap(new QTableWidget)
    , m_note(new QLabel)
{
    setObjectName(QStringLiteral("ArenaLeaderboard"));
    setWindowTitle(tr("Arena Leaderboard"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Category:")));
    m_category->addItem(tr("All categories"), QString());
    QStringList categories;
    for (const arena::Vote &vote : session->votes())
        if (!vote.category.isEmpty() && !categories.contains(vote.category, Qt::CaseInsensitive))
            categories << vote.category;
    categories.sort(Qt::CaseInsensitive);
    for (const QString &c : categories)
        m_category->addItem(c, c);
    top->addWidget(m_category);
    top->addStretch();
    layout->addLayout(top);

    auto *tabs = new QTabWidget;
    auto *ratingsPage = new QWidget;
    auto *ratingsLayout = new QVBoxLayout(ratingsPage);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    ratingsLayout->addWidget(m_chart, 3);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    ratingsLayout->addWidget(m_table, 2);
    tabs->addTab(ratingsPage, tr("Ratings"));
    m_heatmap->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_heatmap->setToolTip(tr("How often the row's model beat the column's model (ties count half)"));
    tabs->addTab(m_heatmap, tr("Win Rates"));
    layout->addWidget(tabs, 1);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *exportButton = buttons->addButton(tr("Export Chart…"), QDialogButtonBox::ActionRole);
    QPushButton *update = buttons->addButton(tr("Update Dataset"), QDialogButtonBox::ActionRole);
    update->setToolTip(tr("Write these ratings into the dataset as the benchmark \"Arena (private)\" (one undo step), "
                          "so they appear in the ranking and value charts"));
    connect(exportButton, &QPushButton::clicked, this, &ArenaLeaderboard::exportChart);
    connect(update, &QPushButton::clicked, this, &ArenaLeaderboard::updateDataset);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_category, &QComboBox::currentIndexChanged, this, &ArenaLeaderboard::recompute);
    resize(900, 640);
    recompute();
}

QString ArenaLeaderboard::label(const QString &model) const
{
    const ModelInfo *info = m_document ? m_document->model()->dataset().model(model) : nullptr;
    return info && !info->name.isEmpty() ? info->name : model;
}

QStringList ArenaLeaderboard::labels() const
{
    QStringList out;
    for (const ModelRating &m : m_ratings.models)
        out << label(m.model);
    return out;
}

QChart *ArenaLeaderboard::ratingChart(const ArenaRatings &ratings, const QStringList &labels, ChartTheme theme)
{
    auto *chart = new QChart;
    chart->setTitle(
        ChartStyle::titleHtml(tr("Arena (private): rating with 95% interval"),
                              tr("%n votes, Bradley–Terry on the Elo scale (mean 1000)", nullptr, ratings.votes)));
    auto *series = new QBoxPlotSeries;
    series->setName(tr("Rating"));
    double low = 1000;
    double high = 1000;
    for (size_t k = 0; k < ratings.models.size(); ++k) {
        const ModelRating &m = ratings.models[k];
        // A box of no height at the rating, whiskers to the interval's ends.
        auto *set = new QBoxSet(m.lower, m.rating, m.rating, m.rating, m.upper, labels.value(qsizetype(k)));
        series->append(set);
        low = std::min(low, m.lower);
        high = std::max(high, m.upper);
    }
    chart->addSeries(series);
    chart->createDefaultAxes();
    if (auto *axis = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0))) {
        const double pad = std::max(10.0, (high - low) * 0.08);
        axis->setRange(low - pad, high + pad);
        axis->applyNiceNumbers();
        axis->setTitleText(tr("Elo"));
        axis->setLabelFormat(QStringLiteral("%.0f"));
    }
    chart->legend()->hide();
    ChartStyle::apply(chart, theme);
    // After the theme, which would draw the whiskers in a grey that vanishes on the dark background.
    const QColor accent = theme == ChartTheme::Dark ? QColor(110, 168, 255) : QColor(38, 99, 214);
    series->setPen(QPen(accent, 2));
    series->setBrush(accent);
    series->setBoxWidth(0.35);
    return chart;
}

void ArenaLeaderboard::recompute()
{
    arena::RatingOptions options;
    options.category = m_category->currentData().toString();
    m_ratings = arena::Arena::rate(m_session->votes(), options);
    const QStringList names = labels();
    QChart *old = m_chart->chart();
    m_chart->setChart(ratingChart(m_ratings, names, ChartStyle::themeFor(palette())));
    delete old;

    const QStringList headers{tr("Rank"), tr("Model"), tr("Rating"), tr("95% interval"), tr("Votes"), tr("Win rate")};
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(m_ratings.models.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const ModelRating &m = m_ratings.models[size_t(row)];
        const QStringList cells{
            QString::number(m.rank),
            names[row] + (m.preliminary ? QStringLiteral(" *") : QString()),
            locale().toString(m.rating, 'f', 0),
            QStringLiteral("%1 – %2").arg(locale().toString(m.lower, 'f', 0), locale().toString(m.upper, 'f', 0)),
            locale().toString(m.votes),
            locale().toString(100.0 * m.winRate(), 'f', 1) + QLatin1Char('%')};
        for (int column = 0; column < int(cells.size()); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column != 1)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    const int n = int(m_ratings.models.size());
    m_heatmap->clear();
    m_heatmap->setRowCount(n);
    m_heatmap->setColumnCount(n);
    m_heatmap->setHorizontalHeaderLabels(names);
    m_heatmap->setVerticalHeaderLabels(names);
    const bool dark = ChartStyle::isDark(palette());
    for (int row = 0; row < n; ++row)
        for (int column = 0; column < n; ++column) {
            auto *item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignCenter);
            const auto rate = m_ratings.winRateAt(size_t(row), size_t(column));
            if (rate) {
                item->setText(locale().toString(100.0 * *rate, 'f', 0) + QLatin1Char('%'));
                item->setToolTip(
                    tr("%1 against %2: %3% of %n votes", nullptr, m_ratings.pairVotesAt(size_t(row), size_t(column)))
                        .arg(names[row], names[column], locale().toString(100.0 * *rate, 'f', 1)));
                // Blue for winning, red for losing, stronger the further from even.
                const double t = std::clamp(std::abs(*rate - 0.5) * 2.0, 0.0, 1.0);
                const QColor hue = *rate >= 0.5 ? QColor(52, 120, 246) : QColor(229, 72, 77);
                QColor cell = dark ? QColor(40, 40, 44) : QColor(Qt::white);
                cell.setRgbF(cell.redF() + (hue.redF() - cell.redF()) * t * 0.8,
                             cell.greenF() + (hue.greenF() - cell.greenF()) * t * 0.8,
                             cell.blueF() + (hue.blueF() - cell.blueF()) * t * 0.8);
                item->setBackground(cell);
                item->setForeground(ChartStyle::textOn(cell));
            } else {
                item->setText(row == column ? QString() : tr("–"));
            }
            m_heatmap->setItem(row, column, item);
        }
    m_heatmap->resizeColumnsToContents();

    QStringList notes;
    if (m_ratings.models.empty())
        notes << tr("No votes yet%1.")
                     .arg(options.category.isEmpty() ? QString() : tr(" in the category \"%1\"").arg(options.category));
    else
        notes << tr("%n votes; 95% intervals from 1,000 bootstrap rounds. Rank 1 + the number of models clearly "
                    "above. * fewer than 30 votes: preliminary.",
                    nullptr, m_ratings.votes);
    if (!m_ratings.connected()) {
        QStringList groups;
        for (const QStringList &group : m_ratings.groups) {
            QStringList named;
            for (const QString &model : group)
                named << label(model);
            groups << named.join(QLatin1String(", "));
        }
        notes << tr("These groups were never compared with each other, so their ratings cannot be compared: %1")
                     .arg(groups.join(QLatin1String(" | ")));
    }
    m_note->setText(notes.join(QLatin1Char('\n')));
}

QString ArenaLeaderboard::note() const
{
    return m_note->text();
}

bool ArenaLeaderboard::updateDataset()
{
    if (!m_document || m_ratings.models.empty())
        return false;
    const auto update =
        arena::ArenaDataset::update(m_ratings, m_document->model()->dataset(), m_session->votesFile().path(),
                                    arena::ArenaDataset::newestDay(m_session->votes()));
    if (update.scores.isEmpty()) {
        m_note->setText(tr("None of the rated models is in the dataset; nothing was written."));
        return false;
    }
    if (!m_document->setBenchmarkScores(update.benchmark, update.scores, tr("Update Arena (private)"))) {
        m_note->setText(tr("The dataset refused the ratings."));
        return false;
    }
    QString text = tr("Wrote %n ratings into the dataset as \"Arena (private)\"; Edit > Undo takes them back.", nullptr,
                      int(update.scores.size()));
    if (!update.unknownModels.isEmpty())
        text += QLatin1Char(' ') + tr("Not in the dataset: %1.").arg(update.unknownModels.join(QLatin1String(", ")));
    m_note->setText(text);
    return true;
}

void ArenaLeaderboard::exportChart()
{
    const QString path =
        FileDialogs::saveFile(this, tr("Export Chart"), QStringLiteral("export/chart"), QStringLiteral("arena.png"),
                              tr("PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    std::unique_ptr<QChart> chart(ratingChart(m_ratings, labels(), ChartStyle::themeFor(palette())));
    const auto written = ChartExporter::exportChart(chart.get(), path);
    m_note->setText(written ? tr("Wrote %1").arg(written.value()) : written.error());
}

} // namespace md
