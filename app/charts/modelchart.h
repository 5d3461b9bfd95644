#pragma once

#include "chartoptions.h"

#include <QChart>
#include <QPointer>

class QLegendMarker;

namespace md {

class DatasetModel;
struct Dataset;

// The base of ModelDesk's charts: it reads the shared model on refresh() and holds nothing of its
// own beyond what is drawn. It ties legend entries to model ids (a click asks to hide or show that
// model) and reports hover texts, so the panel shows one kind of tooltip whatever the chart.
class ModelChart : public QChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelChart)

public:
    ~ModelChart() override;

    const ChartOptions &options() const { return m_options; }
    void setOptions(const ChartOptions &options);
    // Rebuilds series, axes and labels from the model.
    void refresh();

    // How many models the chart draws of those it was asked for: above its capacity (see
    // ChartStyle::capacity) it draws the best ones by its own order and says so in its subtitle.
    int shownCount() const { return m_shown; }
    int totalCount() const { return m_total; }
    QString capacityNote() const;

    // Marks the objects (QBarSet, QAbstractSeries) that stand for a model, for the legend.
    static void tagModel(QObject *object, const QString &modelId);
    static QString taggedModel(const QObject *object);
    static QString modelIdOf(QLegendMarker *marker);

signals:
    // Rich text for a tooltip while the pointer is over a bar or point; empty when it leaves.
    void hoverTextChanged(const QString &text);
    // A legend entry was clicked: the owner decides (usually toggles ChartOptions::hiddenModelIds).
    void modelToggled(const QString &modelId);

protected:
    ModelChart(const DatasetModel *model, const ChartOptions &options, QGraphicsItem *parent);

    const Dataset *dataset() const;
    bool isHidden(const QString &modelId) const { return m_options.hiddenModelIds.contains(modelId); }
    // "Source: ..." for the subtitle.
    QString sourceLine() const;
    // The tooltip text of one figure.
    static QString hoverText(const QString &model, const QString &what, const QString &value, const QString &source);

    virtual void build() = 0;
    void setShownCount(int shown, int total)
    {
        m_shown = shown;
        m_total = total;
    }
    // "Prices as of 2024-07-18" when the options price as of a day; empty for the newest prices.
    static QString pricesAsOfLine(const QDate &date);
    // sourceLine() and, when capped, the capacity note under it.
    QString subtitle(const QString &extra = {}) const;
    // ChartStyle::titleHtml with the subtitle wrapped to the chart's width, so no line is cut.
    QString titleHtml(const QString &title, const QString &subtitle) const;
    // A small chart in a file: a legend whose entries the chart already names (a ranking's rows, labelled
    // points) is left out, so the plot keeps the width.
    bool dropsNamingLegend() const;
    // Hand-placed labels follow the plot area; called after every layout change.
    virtual void layoutLabels() {}

private:
    void bindLegend();
    bool fitLegend();

    QPointer<const DatasetModel> m_model;
    ChartOptions m_options;
    int m_shown = 0;
    int m_total = 0;
    Qt::Alignment m_legendAlignment = Qt::AlignBottom; // as the chart asked for it, before fitLegend()
    QFont m_baseFont;                                  // the chart's fonts before a small size scaled them
    QFont m_baseTitleFont;
};

} // namespace md
