#include "trialcolumn.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace md {

TrialColumn::TrialColumn(int index, QWidget *parent)
    : QFrame(parent)
    , m_model(new QComboBox)
    , m_stop(new QToolButton)
    , m_copy(new QToolButton)
    , m_answer(new QTextBrowser)
    , m_leader(new QLabel)
    , m_status(new QLabel)
    , m_promptCost(new QLabel)
{
    setObjectName(QStringLiteral("TrialColumn%1").arg(index + 1));
    setFrameShape(QFrame::StyledPanel);
    m_model->setObjectName(QStringLiteral("TrialModel%1").arg(index + 1));
    m_model->setToolTip(tr("The model that answers in this column (set up models with Providers…)"));
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_model->setMinimumContentsLength(12);
    m_stop->setText(tr("Stop"));
    m_stop->setIcon(QIcon::fromTheme(QStringLiteral("process-stop")));
    m_stop->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_stop->setToolTip(tr("Stop this model's answer; the others go on"));
    m_stop->setEnabled(false);
    m_copy->setText(tr("Copy"));
    m_copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copy->setToolTip(tr("Copy this answer, headed by the model's name"));
    m_answer->setOpenExternalLinks(true);
    m_answer->setObjectName(QStringLiteral("TrialAnswer%1").arg(index + 1));
    m_answer->setPlaceholderText(tr("The answer appears here as it streams."));
    m_leader->setObjectName(QStringLiteral("TrialLeader%1").arg(index + 1));
    m_leader->setToolTip(tr("Of the answers that came back whole: the one that finished first, and the one that "
                            "cost least"));
    QFont bold = m_leader->font();
    bold.setBold(true);
    m_leader->setFont(bold);
    m_leader->hide();
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("TrialMetrics%1").arg(index + 1));

    auto *header = new QHBoxLayout;
    header->addWidget(m_model, 1);
    header->addWidget(m_stop);
    header->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_promptCost->setObjectName(QStringLiteral("TrialPromptCost%1").arg(index + 1));
    m_promptCost->setToolTip(tr("The prompt's tokens with this model's tokenizer (chat framing included) and what "
                                "they cost at its price; ~ marks an estimate (the tokenizer is not public)"));
    layout->addLayout(header);
    layout->addWidget(m_promptCost);
    layout->addWidget(m_answer, 1);
    layout->addWidget(m_leader);
    layout->addWidget(m_status);

    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(40); // 25 repaints a second read as smooth streaming
    connect(&m_flushTimer, &QTimer::timeout, this, &TrialColumn::flush);
    connect(m_stop, &QToolButton::clicked, this, &TrialColumn::stopRequested);
    connect(m_copy, &QToolButton::clicked, this, &TrialColumn::copyRequested);
    connect(m_model, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setToolTip(m_model->currentText()); // the box may be too narrow for "model · provider"
        emit choiceChanged();
    });
}

void TrialColumn::setPromptCost(const QString &text)
{
    m_promptCost->setText(text);
    m_promptCost->setVisible(!text.isEmpty());
}

QString TrialColumn::promptCostText() const
{
    return m_promptCost->text();
}

void TrialColumn::setChoices(const QList<QPair<QString, QString>> &labelAndData, const QString &current)
{
    const QSignalBlocker blocker(m_model);
    m_model->clear();
    for (const auto &[label, choice] : labelAndData)
        m_model->addItem(label, choice);
    const int i = m_model->findData(current);
    m_model->setCurrentIndex(i >= 0 ? i : 0);
}

QString TrialColumn::currentChoice() const
{
    return m_model->currentData().toString();
}

void TrialColumn::clearAnswer()
{
    m_turns.clear();
    m_received = 0;
    render();
    setStatus({}, false);
    setLeader({});
}

void TrialColumn::beginTurn(const QString &prompt)
{
    flush();
    m_turns.append(Turn{prompt, {}, false});
    m_received = 0;
    render();
    setLeader({});
}

void TrialColumn::appendText(const QString &delta)
{
    if (m_turns.isEmpty())
        m_turns.append(Turn());
    m_turns.last().text += delta;
    m_pending += delta;
    m_received += delta.size();
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void TrialColumn::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    QScrollBar *bar = m_answer->verticalScrollBar();
    const bool follow = bar->value() == bar->maximum(); // keep the place of someone reading above
    QTextCursor cursor(m_answer->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(std::exchange(m_pending, {}), QTextCharFormat());
    if (follow)
        bar->setValue(bar->maximum());
    setStatus(tr("Streaming… %1 characters").arg(QLocale().toString(m_received)), false);
}

void TrialColumn::render()
{
    m_flushTimer.stop();
    m_pending.clear(); // drawn below with the rest
    QScrollBar *bar = m_answer->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    const int scrolled = bar->value();
    QTextDocument *doc = m_answer->document();
    doc->clear();
    const QColor shade = palette().color(QPalette::AlternateBase);
    QTextBlockFormat promptBlock;
    promptBlock.setBackground(shade);
    promptBlock.setBottomMargin(4);
    QTextCharFormat promptChars;
    promptChars.setFontWeight(QFont::Bold);
    QTextCursor cursor(doc);
    for (qsizetype i = 0; i < m_turns.size(); ++i) {
        const Turn &turn = m_turns[i];
        promptBlock.setTopMargin(i == 0 ? 0 : 12);
        if (i == 0) {
            cursor.setBlockFormat(promptBlock);
            cursor.setBlockCharFormat(promptChars);
        } else {
            cursor.insertBlock(promptBlock, promptChars);
        }
        cursor.insertText(QStringLiteral("▶ ") + turn.prompt, promptChars);
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        if (!m_markdown || !turn.finished) {
            cursor.insertText(turn.text, QTextCharFormat());
            continue;
        }
        const int from = cursor.position();
        cursor.insertMarkdown(turn.text);
        // Code blocks get the importer's fixed font; a shade sets them apart from the prose.
        for (QTextBlock b = doc->findBlock(from); b.isValid() && b.position() <= cursor.position(); b = b.next()) {
            QTextBlockFormat format = b.blockFormat();
            if (!format.hasProperty(QTextFormat::BlockCodeFence) && !format.hasProperty(QTextFormat::BlockCodeLanguage))
                continue;
            format.setBackground(shade);
            QTextCursor(b).setBlockFormat(format);
        }
    }
    bar->setValue(atEnd ? bar->maximum() : scrolled);
}

void TrialColumn::setMarkdown(bool rendered)
{
    if (m_markdown == rendered)
        return;
    flush();
    m_markdown = rendered;
    render();
}

void TrialColumn::setLeader(const QString &text)
{
    m_leader->setText(text.isEmpty() ? QString() : QStringLiteral("★ ") + text);
    m_leader->setVisible(!text.isEmpty());
}

QString TrialColumn::leaderText() const
{
    return m_leader->text();
}

QTextDocument *TrialColumn::document() const
{
    return m_answer->document();
}

void TrialColumn::setRunning(bool running)
{
    m_stop->setEnabled(running);
    m_model->setEnabled(!running);
    if (running)
        setStatus(tr("Waiting for the first token…"), false);
}

void TrialColumn::setRetrying(const QString &reason, int delayMs)
{
    setStatus(tr("Retrying in %1 s: %2").arg(QLocale().toString(delayMs / 1000.0, 'f', 1), reason), false);
}

void TrialColumn::showResult(const trial::TrialAnswer &answer)
{
    flush();
    setRunning(false);
    if (m_turns.isEmpty())
        m_turns.append(Turn());
    m_turns.last().text = answer.text;
    m_turns.last().finished = true;
    render();
    const trial::TrialMetrics &m = answer.metrics;
    const QString metrics = trial::TrialFormat::timing(m) + QLatin1Char('\n') + trial::TrialFormat::tokenCounts(m) +
                            QStringLiteral(" · ") + trial::TrialFormat::cost(m);
    if (answer.cancelled)
        setStatus(tr("Stopped.") + QLatin1Char('\n') + metrics, false);
    else if (!answer.ok())
        setStatus(answer.error, true);
    else
        setStatus(metrics, false);
}

QString TrialColumn::answerText() const
{
    return m_turns.isEmpty() ? QString() : m_turns.last().text;
}

QString TrialColumn::statusText() const
{
    return m_status->text();
}

void TrialColumn::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) { // light to dark: pick the error and shade colours again
        setStatus(m_status->text(), m_error);
        flush();
        render();
    }
}

void TrialColumn::setStatus(const QString &text, bool error)
{
    m_error = error;
    m_status->setText(text);
    QPalette palette = this->palette();
    if (error) {
        const bool dark = palette.color(QPalette::Window).lightness() < 128;
        palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20));
    }
    m_status->setPalette(palette);
}

} // namespace md
