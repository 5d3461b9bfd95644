#include "arenapanel.h"

#include "arenaleaderboard.h"
#include "core/modelselection.h"
#include "trial/trialservice.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace md {

using arena::ArenaSession;
using arena::Winner;

namespace {
const QString CategoryKey = QStringLiteral("arena/category");
const QString CategoriesKey = QStringLiteral("arena/categories");
} // namespace

ArenaPanel::ArenaPanel(trial::TrialService *trials, DatasetDocument *document, const QString &votesPath,
                       QWidget *parent)
    : QWidget(parent)
    , m_trials(trials)
    , m_document(document)
    , m_session(new ArenaSession(trials, votesPath, this))
    , m_pool(new QLabel)
    , m_category(new QComboBox)
    , m_prompt(new QPlainTextEdit)
    , m_ask(new QPushButton(tr("Ask")))
    , m_next(new QPushButton(tr("Next Pair")))
    , m_newPrompt(new QPushButton(tr("New Prompt")))
    , m_stop(new QPushButton(tr("Stop")))
    , m_leaderboard(new QPushButton(tr("Leaderboard…")))
    , m_message(new QLabel)
{
    setObjectName(QStringLiteral("ArenaPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_pool->setWordWrap(true);
    top->addWidget(m_pool, 1);
    top->addWidget(new QLabel(tr("Category:")));
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    m_category->lineEdit()->setPlaceholderText(tr("none"));
    m_category->setToolTip(tr("An optional tag for this prompt (coding, writing, Chinese, …): the leaderboard can "
                              "rate each category on its own"));
    m_category->setMinimumContentsLength(12);
    QSettings settings;
    QStringList categories = settings.value(CategoriesKey).toStringList();
    for (const QString &c : {tr("coding"), tr("writing"), tr("Chinese")})
        if (!categories.contains(c))
            categories << c;
    m_category->addItems(categories);
    m_category->setCurrentText(settings.value(CategoryKey).toString());
    top->addWidget(m_category);
    top->addWidget(m_leaderboard);
    layout->addLayout(top);

    auto *promptRow = new QHBoxLayout;
    m_prompt->setPlaceholderText(tr("A prompt from your own work. Two models from the selection answer it "
                                    "blind; vote for the better answer."));
    m_prompt->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_prompt->setTabChangesFocus(true);
    promptRow->addWidget(m_prompt, 1);
    auto *promptButtons = new QVBoxLayout;
    m_ask->setDefault(true);
    m_ask->setToolTip(tr("Send the prompt to a new pair of models (Ctrl+Return)"));
    promptButtons->addWidget(m_ask);
    promptButtons->addWidget(m_stop);
    promptButtons->addStretch();
    promptRow->addLayout(promptButtons);
    layout->addLayout(promptRow);

    auto *answers = new QHBoxLayout;
    for (int side = 0; side < 2; ++side) {
        m_side[side] = new QGroupBox;
        m_answer[side] = new QTextBrowser;
        m_answer[side]->setOpenExternalLinks(false);
        m_metrics[side] = new QLabel;
        m_metrics[side]->setWordWrap(true);
        m_metrics[side]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *box = new QVBoxLayout(m_side[side]);
        box->addWidget(m_answer[side], 1);
        box->addWidget(m_metrics[side]);
        answers->addWidget(m_side[side], 1);
    }
    layout->addLayout(answers, 1);

    auto *voteRow = new QHBoxLayout;
    const struct {
        Winner winner;
        QString text;
        QString tip;
    } buttons[] = {
        {Winner::ModelA, tr("A Is Better"), tr("Model A gave the better answer (1)")},
        {Winner::ModelB, tr("B Is Better"), tr("Model B gave the better answer (2)")},
        {Winner::Tie, tr("Tie"), tr("Both answers are about as good (3)")},
        {Winner::BothBad, tr("Both Are Bad"), tr("Neither answer is good enough; counts as a tie (4)")},
    };
    for (int k = 0; k < 4; ++k) {
        m_votes[k] = new QPushButton(QStringLiteral("%1  %2").arg(k + 1).arg(buttons[k].text));
        m_votes[k]->setToolTip(buttons[k].tip);
        const Winner winner = buttons[k].winner;
        connect(m_votes[k], &QPushButton::clicked, this, [this, winner] { vote(winner); });
        auto *key = new QShortcut(QKeySequence(Qt::Key_1 + k), this);
        key->setContext(Qt::WidgetWithChildrenShortcut);
        connect(key, &QShortcut::activated, this, [this, winner] { vote(winner); });
        voteRow->addWidget(m_votes[k]);
    }
    voteRow->addStretch();
    m_next->setToolTip(tr("The same prompt to another pair of models"));
    m_newPrompt->setToolTip(tr("Clear the prompt and write a new one"));
    voteRow->addWidget(m_next);
    voteRow->addWidget(m_newPrompt);
    layout->addLayout(voteRow);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto *send = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    send->setContext(Qt::WidgetWithChildrenShortcut);
    connect(send, &QShortcut::activated, this, &ArenaPanel::ask);
    connect(m_ask, &QPushButton::clicked, this, &ArenaPanel::ask);
    connect(m_next, &QPushButton::clicked, this, &ArenaPanel::nextPair);
    connect(m_newPrompt, &QPushButton::clicked, this, &ArenaPanel::newPrompt);
    connect(m_stop, &QPushButton::clicked, m_session, &ArenaSession::stop);
    connect(m_leaderboard, &QPushButton::clicked, this, &ArenaPanel::showLeaderboard);
    connect(m_prompt, &QPlainTextEdit::textChanged, this, &ArenaPanel::updateState);
    connect(m_session, &ArenaSession::stateChanged, this, &ArenaPanel::updateState);
    connect(m_session, &ArenaSession::text, this, [this](int side, const QString &delta) {
        m_text[side] += delta;
        m_answer[side]->moveCursor(QTextCursor::End);
        m_answer[side]->insertPlainText(delta);
    });
    connect(m_session, &ArenaSession::answerFinished, this, [this](int side, const trial::TrialAnswer &answer) {
        m_text[side] = answer.text;
        if (answer.ok())
            m_answer[side]->setMarkdown(answer.text);
        else
            m_metrics[side]->setText(tr("Failed: %1").arg(answer.cancelled ? tr("stopped") : answer.error));
    });
    connect(m_session, &ArenaSession::voided, m_message, &QLabel::setText);
    connect(m_session, &ArenaSession::failed, m_message, &QLabel::setText);
    connect(m_session, &ArenaSession::voted, this, [this] {
        reveal();
        m_message->setText(tr("Vote recorded (%n in all). Next Pair asks two other models the same prompt.", nullptr,
                              int(m_session->votes().size())));
    });
    connect(m_trials, &trial::TrialService::choicesChanged, this, &ArenaPanel::refreshPool);
    refreshPool();
    if (!m_session->loadError().isEmpty())
        m_message->setText(m_session->loadError());
    updateState();
}

ArenaPanel::~ArenaPanel()
{
    saveCategory();
}

void ArenaPanel::setModelSelection(const ModelSelection *selection)
{
    m_selection = selection;
    connect(selection, &ModelSelection::selectionChanged, this, &ArenaPanel::refreshPool);
    refreshPool();
}

void ArenaPanel::refreshPool()
{
    std::vector<trial::ColumnSpec> pool;
    for (const trial::ModelChoice &c : m_trials->choices()) {
        const auto spec = m_trials->resolve(c.provider, c.apiModel);
        if (!spec || (m_selection && !spec->datasetModelId.isEmpty() && !m_selection->isSelected(spec->datasetModelId)))
            continue;
        pool.push_back(*spec);
    }
    m_session->setPool(std::move(pool));
    const int n = int(m_session->pool().size());
    m_pool->setText(n >= 2 ? tr("Pool: %n models from the selection, paired blind.", nullptr, n)
                           : tr("The arena needs at least two models that a provider offers: tick them in the "
                                "Overview's model list and set up a provider under Side by Side > Providers… "
                                "(%n in the pool now).",
                                nullptr, n));
    updateState();
}

void ArenaPanel::updateState()
{
    const ArenaSession::State state = m_session->state();
    const bool running = state == ArenaSession::State::Running;
    const bool enough = m_session->pool().size() >= 2;
    m_ask->setEnabled(enough && !running && !m_prompt->toPlainText().trimmed().isEmpty());
    m_stop->setEnabled(running);
    for (QPushButton *b : m_votes)
        b->setEnabled(state == ArenaSession::State::Voting);
    m_next->setEnabled(enough && !m_session->prompt().isEmpty() &&
                       (state == ArenaSession::State::Voted || state == ArenaSession::State::Void));
    m_newPrompt->setEnabled(!running);
    for (int side = 0; side < 2; ++side)
        if (state != ArenaSession::State::Voted)
            m_side[side]->setTitle(side == 0 ? tr("Model A") : tr("Model B"));
    if (state == ArenaSession::State::Voting)
        m_message->setText(tr("Which answer is better? Vote with 1–4; names, speed and cost show after the vote."));
}

void ArenaPanel::saveCategory()
{
    QSettings settings;
    const QString current = m_category->currentText().trimmed();
    settings.setValue(CategoryKey, current);
    QStringList categories;
    for (int k = 0; k < m_category->count(); ++k)
        categories << m_category->itemText(k);
    if (!current.isEmpty() && !categories.contains(current)) {
        categories.prepend(current);
        m_category->insertItem(0, current);
    }
    settings.setValue(CategoriesKey, categories.mid(0, 20));
}

void ArenaPanel::ask()
{
    if (!m_ask->isEnabled())
        return;
    saveCategory();
    for (int side = 0; side < 2; ++side) {
        m_answer[side]->clear();
        m_metrics[side]->clear();
        m_text[side].clear();
    }
    m_message->clear();
    if (m_session->start(m_prompt->toPlainText(), m_category->currentText()))
        m_message->setText(tr("Both models are answering…"));
}

void ArenaPanel::nextPair()
{
    if (!m_next->isEnabled())
        return;
    for (int side = 0; side < 2; ++side) {
        m_answer[side]->clear();
        m_metrics[side]->clear();
        m_text[side].clear();
    }
    m_message->clear();
    m_session->nextPair();
}

void ArenaPanel::newPrompt()
{
    m_prompt->clear();
    m_prompt->setFocus();
}

void ArenaPanel::vote(Winner winner)
{
    if (m_session->state() == ArenaSession::State::Voting)
        m_session->vote(winner);
}

void ArenaPanel::reveal()
{
    for (int side = 0; side < 2; ++side) {
        const trial::ColumnSpec &column = m_session->columns()[size_t(side)];
        m_side[side]->setTitle((side == 0 ? tr("Model A: %1") : tr("Model B: %1")).arg(column.label));
        m_metrics[side]->setText(trial::TrialFormat::answerMetrics(m_session->answer(side), locale()));
    }
}

QString ArenaPanel::sideTitle(int side) const
{
    return m_side[side]->title();
}

QString ArenaPanel::sideText(int side) const
{
    return m_answer[side]->toPlainText() + QLatin1Char('\n') + m_metrics[side]->text();
}

QString ArenaPanel::message() const
{
    return m_message->text();
}

QString ArenaPanel::poolText() const
{
    return m_pool->text();
}

void ArenaPanel::showLeaderboard()
{
    auto *dialog = new ArenaLeaderboard(m_session, m_document, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace md
