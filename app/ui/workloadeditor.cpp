#include "workloadeditor.h"

#include "spinboxfit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>

namespace md {

namespace {
QSpinBox *countBox(int maximum, const QString &suffix, const QString &tip, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, maximum);
    box->setGroupSeparatorShown(true);
    box->setSuffix(suffix);
    box->setToolTip(tip);
    box->setAccelerated(true);
    box->setKeyboardTracking(true);
    // Never narrower than its largest figure: a squeezed box clips "2,000" to what reads as "2.000".
    fitSpinBox(box, QLocale().toString(maximum) + suffix);
    return box;
}

const QString CalculatorKey = QStringLiteral("calculator/");
} // namespace

WorkloadEditor::WorkloadEditor(QWidget *parent)
    : QWidget(parent)
    , m_preset(new QComboBox(this))
    , m_savePreset(new QToolButton(this))
    , m_presetMenu(new QToolButton(this))
    , m_presetState(new QLabel(this))
    , m_inputTokens(countBox(100'000'000, tr(" tokens"), tr("Prompt tokens sent with each request"), this))
    , m_outputTokens(countBox(100'000'000, tr(" tokens"), tr("Tokens the model writes for each request"), this))
    , m_requests(countBox(2'000'000'000, QString(), tr("How many requests in the period"), this))
    , m_period(new QComboBox(this))
    , m_cachedShare(new QDoubleSpinBox(this))
    , m_cacheWriteShare(new QDoubleSpinBox(this))
    , m_asOf(new QDateEdit(QDate::currentDate(), this))
    , m_asOfToday(new QToolButton(this))
    , m_asOfLaunch(new QToolButton(this))
    , m_batch(new QCheckBox(tr("&Batch API prices (results within 24 hours)"), this))
{
    m_preset->setToolTip(tr("A typical workload to start from; edit the figures and save them as your own"));
    m_preset->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_preset->setMinimumContentsLength(16);
    m_savePreset->setText(tr("Save"));
    // No Ctrl+S here: the window's File menu may claim it, and an ambiguous shortcut fires neither.
    m_savePreset->setToolTip(tr("Keep the figures below in this preset"));
    auto *menu = new QMenu(m_presetMenu);
    menu->addAction(tr("Save as &New Preset…"), this, &WorkloadEditor::askSaveAsNew);
    menu->addAction(tr("&Rename Preset…"), this, &WorkloadEditor::askRename);
    menu->addAction(tr("&Delete Preset"), this, &WorkloadEditor::deleteCurrentPreset);
    menu->addSeparator();
    menu->addAction(tr("Restore &Built-in Presets"), this, &WorkloadEditor::restoreBuiltInPresets);
    m_presetMenu->setMenu(menu);
    m_presetMenu->setPopupMode(QToolButton::InstantPopup);
    m_presetMenu->setText(tr("More"));
    m_presetMenu->setToolTip(tr("More preset actions"));
    m_presetState->setToolTip(tr("The figures differ from the saved preset"));

    m_period->addItem(tr("per day"), int(Workload::Period::Day));
    m_period->addItem(tr("per month"), int(Workload::Period::Month));
    m_period->setToolTip(tr("A month is %1 days").arg(Workload::DaysPerMonth));
    m_cachedShare->setRange(0.0, 100.0);
    m_cachedShare->setDecimals(2);
    m_cachedShare->setSuffix(tr(" %"));
    m_cachedShare->setToolTip(tr("Share of the prompt read from the provider's prompt cache, billed at the "
                                 "cached-input price where the model has one"));
    m_cacheWriteShare->setRange(0.0, 100.0);
    m_cacheWriteShare->setDecimals(2);
    m_cacheWriteShare->setSuffix(tr(" %"));
    m_cacheWriteShare->setToolTip(tr("Share of the prompt written to the prompt cache, billed at the cache-write "
                                     "price where the model has one (Anthropic: 1.25 times the input price)"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setMinimumDate(QDate(2000, 1, 1));
    m_asOf->setToolTip(tr("Every price shown, charted or exported is the one in force on this day"));
    m_asOfToday->setText(tr("Today"));
    m_asOfToday->setToolTip(tr("Price with today's entries, and follow the date"));
    m_asOfLaunch->setText(tr("Launch day"));
    m_asOfLaunch->setVisible(false);
    m_batch->setToolTip(tr("OpenAI's and Anthropic's Batch APIs halve both prices; models without batch prices "
                           "keep their list prices and say so"));
    // What's This (Shift+F1, or Help > What's This?): what each figure means and where it goes.
    m_preset->setWhatsThis(tr("<b>Preset</b><br>A typical workload to start from. Change the figures below, then "
                              "Save keeps them in this preset; More saves them as a new preset, renames or deletes "
                              "it, or restores the built-in ones."));
    m_inputTokens->setWhatsThis(tr("<b>Input tokens per request</b><br>The prompt sent with each request: system "
                                   "prompt, conversation so far and any documents. About 750 English words make "
                                   "1,000 tokens. A prompt longer than a model's context window is marked ⚠."));
    m_outputTokens->setWhatsThis(tr("<b>Output tokens per request</b><br>What the model writes back each time. "
                                    "Output is priced higher than input (four times for GPT-4o mini)."));
    m_requests->setWhatsThis(tr("<b>Requests</b><br>How many requests are made per day or per month (a month "
                                "counts as %1 days). The totals in the table are for this period.")
                                 .arg(Workload::DaysPerMonth));
    m_period->setWhatsThis(m_requests->whatsThis());
    m_cachedShare->setWhatsThis(tr("<b>Cached input</b><br>The share of each prompt the provider reads from its "
                                   "prompt cache (a system prompt or document sent again and again). That part is "
                                   "billed at the cached-input price where the model has one. Use 0% when unsure."));
    m_batch->setWhatsThis(tr("<b>Batch API prices</b><br>Requests sent as a batch and answered within 24 hours cost "
                             "half at OpenAI and Anthropic. Models without batch prices keep their list prices, and "
                             "the summary names them."));

    auto *presetRow = new QHBoxLayout;
    presetRow->addWidget(m_preset, 1);
    presetRow->addWidget(m_savePreset);
    presetRow->addWidget(m_presetMenu);
    auto *requestsRow = new QHBoxLayout;
    requestsRow->addWidget(m_requests, 1);
    requestsRow->addWidget(m_period);
    auto *asOfRow = new QHBoxLayout;
    asOfRow->addWidget(m_asOf, 1);
    asOfRow->addWidget(m_asOfToday);
    asOfRow->addWidget(m_asOfLaunch);

    auto *form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // long translations wrap instead of clipping
    // Rows holding a layout need their label's buddy set by hand for the mnemonic to work.
    auto *presetLabel = new QLabel(tr("&Preset:"), this);
    presetLabel->setBuddy(m_preset);
    auto *requestsLabel = new QLabel(tr("&Requests:"), this);
    requestsLabel->setBuddy(m_requests);
    form->addRow(presetLabel, presetRow);
    form->addRow(QString(), m_presetState);
    form->addRow(tr("&Input tokens per request:"), m_inputTokens);
    form->addRow(tr("&Output tokens per request:"), m_outputTokens);
    form->addRow(requestsLabel, requestsRow);
    form->addRow(tr("&Cached input:"), m_cachedShare);
    form->addRow(tr("Cache &writes:"), m_cacheWriteShare);
    form->addRow(m_batch);
    auto *asOfLabel = new QLabel(tr("Prices &as of:"), this);
    asOfLabel->setBuddy(m_asOf);
    form->addRow(asOfLabel, asOfRow);

    QSettings settings;
    m_presets = WorkloadPresets::load(settings);
    const QString presetId = settings.value(CalculatorKey + QStringLiteral("preset"), m_presets.front().id).toString();
    int current = 0;
    for (int i = 0; i < int(m_presets.size()); ++i)
        current = m_presets[size_t(i)].id == presetId ? i : current;
    fillPresetBox(current);
    Workload w = m_presets[size_t(current)].workload;
    if (settings.contains(CalculatorKey + QStringLiteral("inputTokens"))) {
        w.inputTokens = settings.value(CalculatorKey + QStringLiteral("inputTokens")).toLongLong();
        w.outputTokens = settings.value(CalculatorKey + QStringLiteral("outputTokens")).toLongLong();
        w.requests = settings.value(CalculatorKey + QStringLiteral("requests")).toLongLong();
        w.period = settings.value(CalculatorKey + QStringLiteral("period")).toString() == QLatin1String("day")
                       ? Workload::Period::Day
                       : Workload::Period::Month;
        w.cachedShareBasisPoints =
            settings.value(CalculatorKey + QStringLiteral("cachedShareBasisPoints")).toLongLong();
        w.cacheWriteShareBasisPoints =
            settings.value(CalculatorKey + QStringLiteral("cacheWriteShareBasisPoints")).toLongLong();
        w.batch = settings.value(CalculatorKey + QStringLiteral("batch")).toBool();
    }
    // "today" follows the calendar from one run to the next; "launch" follows the dataset's date.
    const QString asOf =
        settings.value(CalculatorKey + QStringLiteral("pricesAsOf"), QStringLiteral("today")).toString();
    if (asOf == QLatin1String("launch"))
        m_asOfMode = AsOfMode::Launch; // applied once the dataset's date is known (setLaunchDate)
    else if (const QDate d = QDate::fromString(asOf, Qt::ISODate); d.isValid())
        setAsOfMode(AsOfMode::Chosen, d);
    setWorkload(w);

    connect(m_preset, &QComboBox::activated, this, &WorkloadEditor::applyPreset);
    connect(m_savePreset, &QToolButton::clicked, this, &WorkloadEditor::saveCurrentPreset);
    for (QSpinBox *box : {m_inputTokens, m_outputTokens, m_requests})
        connect(box, &QSpinBox::valueChanged, this, &WorkloadEditor::valuesEdited);
    connect(m_period, &QComboBox::currentIndexChanged, this, &WorkloadEditor::valuesEdited);
    connect(m_cachedShare, &QDoubleSpinBox::valueChanged, this, &WorkloadEditor::valuesEdited);
    connect(m_cacheWriteShare, &QDoubleSpinBox::valueChanged, this, &WorkloadEditor::valuesEdited);
    connect(m_batch, &QCheckBox::toggled, this, &WorkloadEditor::valuesEdited);
    connect(m_asOf, &QDateEdit::dateChanged, this, &WorkloadEditor::asOfEdited);
    connect(m_asOfToday, &QToolButton::clicked, this, [this] { setAsOfMode(AsOfMode::Today); });
    connect(m_asOfLaunch, &QToolButton::clicked, this, [this] { setAsOfMode(AsOfMode::Launch); });
}

WorkloadEditor::~WorkloadEditor()
{
    const Workload w = workload();
    QSettings settings;
    settings.setValue(CalculatorKey + QStringLiteral("inputTokens"), w.inputTokens);
    settings.setValue(CalculatorKey + QStringLiteral("outputTokens"), w.outputTokens);
    settings.setValue(CalculatorKey + QStringLiteral("requests"), w.requests);
    settings.setValue(CalculatorKey + QStringLiteral("period"),
                      w.period == Workload::Period::Day ? QStringLiteral("day") : QStringLiteral("month"));
    settings.setValue(CalculatorKey + QStringLiteral("cachedShareBasisPoints"), w.cachedShareBasisPoints);
    settings.setValue(CalculatorKey + QStringLiteral("cacheWriteShareBasisPoints"), w.cacheWriteShareBasisPoints);
    settings.setValue(CalculatorKey + QStringLiteral("batch"), w.batch);
    settings.setValue(CalculatorKey + QStringLiteral("pricesAsOf"),
                      m_asOfMode == AsOfMode::Today    ? QStringLiteral("today")
                      : m_asOfMode == AsOfMode::Launch ? QStringLiteral("launch")
                                                       : w.pricesAsOf.toString(Qt::ISODate));
    const int i = m_preset->currentIndex();
    if (i >= 0 && i < int(m_presets.size()))
        settings.setValue(CalculatorKey + QStringLiteral("preset"), m_presets[size_t(i)].id);
}

Workload WorkloadEditor::workload() const
{
    Workload w = figures();
    w.pricesAsOf = m_asOf->date();
    return w;
}

Workload WorkloadEditor::figures() const
{
    Workload w;
    w.inputTokens = m_inputTokens->value();
    w.outputTokens = m_outputTokens->value();
    w.requests = m_requests->value();
    w.period = Workload::Period(m_period->currentData().toInt());
    // Two decimals of a percent are whole basis points; round the spin box's double to them.
    w.cachedShareBasisPoints = qRound64(m_cachedShare->value() * 100.0);
    w.cacheWriteShareBasisPoints = qRound64(m_cacheWriteShare->value() * 100.0);
    w.batch = m_batch->isChecked();
    return w;
}

void WorkloadEditor::setWorkload(const Workload &w)
{
    m_applying = true;
    m_inputTokens->setValue(int(qBound(qint64(0), w.inputTokens, qint64(m_inputTokens->maximum()))));
    m_outputTokens->setValue(int(qBound(qint64(0), w.outputTokens, qint64(m_outputTokens->maximum()))));
    m_requests->setValue(int(qBound(qint64(0), w.requests, qint64(m_requests->maximum()))));
    m_period->setCurrentIndex(m_period->findData(int(w.period)));
    m_cachedShare->setValue(double(qBound(qint64(0), w.cachedShareBasisPoints, qint64(10'000))) / 100.0);
    m_cacheWriteShare->setValue(double(qBound(qint64(0), w.cacheWriteShareBasisPoints, qint64(10'000))) / 100.0);
    m_batch->setChecked(w.batch);
    if (w.pricesAsOf.isValid())
        setAsOfMode(AsOfMode::Chosen, w.pricesAsOf);
    m_applying = false;
    valuesEdited();
}

void WorkloadEditor::setLaunchDate(const QDate &date)
{
    m_launchDate = date;
    m_asOfLaunch->setVisible(date.isValid());
    m_asOfLaunch->setToolTip(date.isValid()
                                 ? tr("Price as on the day the dataset describes, %1").arg(date.toString(Qt::ISODate))
                                 : QString());
    if (m_asOfMode == AsOfMode::Launch)
        setAsOfMode(AsOfMode::Launch);
}

void WorkloadEditor::setAsOfMode(AsOfMode mode, const QDate &chosen)
{
    if (mode == AsOfMode::Launch && !m_launchDate.isValid()) {
        // Remembered for the dataset with a launch day; another dataset prices as of today meanwhile.
        m_asOfMode = mode;
        mode = AsOfMode::Today;
    } else {
        m_asOfMode = mode;
    }
    const QDate date = mode == AsOfMode::Today    ? QDate::currentDate()
                       : mode == AsOfMode::Launch ? m_launchDate
                                                  : chosen;
    if (date.isValid() && date != m_asOf->date()) {
        const QSignalBlocker blocker(m_asOf);
        m_asOf->setDate(date);
        if (!m_applying)
            emit workloadChanged(workload());
    }
}

void WorkloadEditor::asOfEdited()
{
    const QDate date = m_asOf->date();
    m_asOfMode = date == QDate::currentDate()                     ? AsOfMode::Today
                 : m_launchDate.isValid() && date == m_launchDate ? AsOfMode::Launch
                                                                  : AsOfMode::Chosen;
    if (!m_applying)
        emit workloadChanged(workload());
}

void WorkloadEditor::valuesEdited()
{
    if (m_applying)
        return;
    updatePresetState();
    emit workloadChanged(workload());
}

void WorkloadEditor::fillPresetBox(int current)
{
    const QSignalBlocker blocker(m_preset);
    m_preset->clear();
    for (const WorkloadPreset &p : m_presets)
        m_preset->addItem(p.name, p.id);
    m_preset->setCurrentIndex(qBound(0, current, m_preset->count() - 1));
}

void WorkloadEditor::applyPreset(int index)
{
    if (index < 0 || index >= int(m_presets.size()))
        return;
    if (m_preset->currentIndex() != index) {
        const QSignalBlocker blocker(m_preset);
        m_preset->setCurrentIndex(index);
    }
    setWorkload(m_presets[size_t(index)].workload);
}

bool WorkloadEditor::isPresetModified() const
{
    const int i = m_preset->currentIndex();
    return i >= 0 && i < int(m_presets.size()) && !(m_presets[size_t(i)].workload == figures());
}

void WorkloadEditor::updatePresetState()
{
    const bool modified = isPresetModified();
    m_savePreset->setEnabled(modified);
    m_presetState->setText(modified ? tr("Edited — Save keeps these figures in the preset") : QString());
    m_presetState->setVisible(modified);
}

void WorkloadEditor::storePresets()
{
    QSettings settings;
    WorkloadPresets::save(settings, m_presets);
    updatePresetState();
}

void WorkloadEditor::saveCurrentPreset()
{
    const int i = m_preset->currentIndex();
    if (i < 0 || i >= int(m_presets.size()))
        return;
    m_presets[size_t(i)].workload = figures();
    storePresets();
}

void WorkloadEditor::saveAsNewPreset(const QString &name)
{
    if (name.trimmed().isEmpty())
        return;
    WorkloadPreset p;
    p.id = QStringLiteral("custom-%1").arg(QDateTime::currentMSecsSinceEpoch());
    p.name = name.trimmed();
    p.workload = figures();
    m_presets.push_back(p);
    fillPresetBox(int(m_presets.size()) - 1);
    storePresets();
}

void WorkloadEditor::renameCurrentPreset(const QString &name)
{
    const int i = m_preset->currentIndex();
    if (i < 0 || i >= int(m_presets.size()) || name.trimmed().isEmpty())
        return;
    m_presets[size_t(i)].name = name.trimmed();
    fillPresetBox(i);
    storePresets();
}

void WorkloadEditor::deleteCurrentPreset()
{
    const int i = m_preset->currentIndex();
    if (i < 0 || i >= int(m_presets.size()) || m_presets.size() <= 1)
        return; // the picker always keeps one preset
    m_presets.erase(m_presets.begin() + i);
    fillPresetBox(qMin(i, int(m_presets.size()) - 1));
    storePresets();
}

void WorkloadEditor::restoreBuiltInPresets()
{
    QSettings settings;
    WorkloadPresets::reset(settings);
    m_presets = WorkloadPresets::builtIn();
    fillPresetBox(0);
    applyPreset(0);
    updatePresetState();
}

void WorkloadEditor::askSaveAsNew()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save as New Preset"), tr("Name of the new preset:"),
                                               QLineEdit::Normal, m_preset->currentText(), &ok);
    if (ok)
        saveAsNewPreset(name);
}

void WorkloadEditor::askRename()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Preset"), tr("New name:"), QLineEdit::Normal,
                                               m_preset->currentText(), &ok);
    if (ok)
        renameCurrentPreset(name);
}

} // namespace md
