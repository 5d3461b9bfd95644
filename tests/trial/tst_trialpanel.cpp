#include "core/datasetdocument.h"
#include "core/datasetjson.h"
#include "core/datasetmodel.h"
#include "fakeserver.h"
#include "trial/keystore.h"
#include "trial/trialhistory.h"
#include "trial/trialhistorymodel.h"
#include "trial/trialservice.h"
#include "trial/trialsession.h"
#include "ui/answerdiffview.h"
#include "ui/providersdialog.h"
#include "ui/trialcolumn.h"
#include "ui/trialhistorydialog.h"
#include "ui/trialpanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>

using namespace md;

// The Trials page against the fake server. With MODELDESK_SHOT_DIR set it also saves screenshots
// (run under Xvfb with QT_QPA_PLATFORM=xcb to see the real style).
class TestTrialPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void withoutEndpoint_saysHowToSetUp();
    void send_streamsEveryColumnWithMetrics();
    void promptCost_beforeSend_perModelTokenizer();
    void settings_rememberedBetweenSessions();
    void modelAddedOnDataPage_namesItsColumnChoice();
    void dialogs_providersRoundTripAndHistoryLists();
    void openedTrial_actionsAndFollowUpActOnIt();
    void answer_markdownRenderedWithRawToggle();
    void providers_variableRenameRowsAndFetchModels();

private:
    static void shot(QWidget *widget, const QString &name);
    trial::ProviderConfig fakeProvider() const;

    FakeServer m_server;
    DatasetModel m_model;
};

void TestTrialPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    qunsetenv("OPENAI_API_KEY");
    QFile::remove(trial::TrialHistory().path()); // the test mode's history, from an earlier run
    QVERIFY(m_server.listen());
    m_model.setDataset(DatasetJson::builtIn());
}

void TestTrialPanel::shot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("MODELDESK_SHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

trial::ProviderConfig TestTrialPanel::fakeProvider() const
{
    trial::ProviderConfig config;
    config.providers = {{QStringLiteral("Local test server"),
                         m_server.baseUrl(),
                         trial::KeySource::None,
                         {},
                         {QStringLiteral("gpt-4o-mini"), QStringLiteral("poem-1"), QStringLiteral("poem-2"),
                          QStringLiteral("error-401")}}};
    config.links = {
        {QStringLiteral("gpt-4o"), QStringLiteral("Local test server"), QStringLiteral("poem-1")},
        {QStringLiteral("claude-3-haiku-20240307"), QStringLiteral("Local test server"), QStringLiteral("poem-2")}};
    return config;
}

void TestTrialPanel::withoutEndpoint_saysHowToSetUp()
{
    trial::TrialService trials(&m_model);
    TrialPanel panel(&trials);
    panel.resize(1400, 860);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *hint = panel.findChild<QLabel *>(QStringLiteral("TrialSetupHint"));
    QVERIFY(hint && hint->isVisible());
    QVERIFY(hint->text().contains(QLatin1String("OPENAI_API_KEY")));
    QVERIFY(hint->text().contains(QLatin1String("http://localhost:11434/v1")));
    panel.findChild<QPlainTextEdit *>(QStringLiteral("TrialPrompt"))->setPlainText(QStringLiteral("hi"));
    QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("TrialSend"))->isEnabled());
    shot(&panel, QStringLiteral("trials-setup"));
    panel.setProviderConfig(fakeProvider());
    QVERIFY(!hint->isVisible());
    QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("TrialSend"))->isEnabled());
}

void TestTrialPanel::send_streamsEveryColumnWithMetrics()
{
    trial::TrialService trials(&m_model);
    TrialPanel panel(&trials);
    panel.setProviderConfig(fakeProvider());
    panel.resize(1400, 860);
    panel.setColumnCount(4);
    const QStringList models{QStringLiteral("gpt-4o-mini"), QStringLiteral("poem-1"), QStringLiteral("poem-2"),
                             QStringLiteral("error-401")};
    for (int i = 0; i < 4; ++i) {
        QComboBox *box = panel.column(i)->modelBox();
        box->setCurrentIndex(box->findData(QString(QStringLiteral("Local test server\n") + models[i])));
        QVERIFY(box->currentIndex() >= 0);
    }
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&panel)); // shortcuts need the active window
    auto *prompt = panel.findChild<QPlainTextEdit *>(QStringLiteral("TrialPrompt"));
    prompt->setPlainText(QStringLiteral("Do small models answer as well as big ones?"));
    prompt->setFocus();
    QSignalSpy done(panel.session(), &trial::TrialSession::turnFinished);
    QTest::keyClick(prompt, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(panel.session()->isRunning());
    QVERIFY(done.wait(15000));
    QTest::qWait(60); // the last repaint of the streamed text
    QCOMPARE(panel.column(0)->answerText(), QStringLiteral("Hello, world!"));
    QVERIFY(panel.column(1)->answerText().startsWith(QLatin1String("Small models")));
    QVERIFY2(panel.column(0)->statusText().contains(QLatin1String("TTFT")), qPrintable(panel.column(0)->statusText()));
    QVERIFY(panel.column(0)->statusText().contains(QLatin1String("$"))); // gpt-4o-mini has a price
    QVERIFY(panel.column(3)->statusText().contains(QLatin1String("401")));
    QCOMPARE(panel.column(1)->modelBox()->currentText(), QStringLiteral("GPT-4o · Local test server"));
    // The first prompt heads every column, as later ones do.
    QVERIFY(panel.column(0)->document()->toPlainText().startsWith(
        QStringLiteral("▶ Do small models answer as well as big ones?")));
    // One fastest and one cheapest answer among the whole ones; the failed column is neither.
    int fastest = 0, cheapest = 0;
    for (int i = 0; i < 4; ++i) {
        fastest += panel.column(i)->leaderText().contains(trial::TrialFormat::tr("Fastest")) ? 1 : 0;
        cheapest += panel.column(i)->leaderText().contains(trial::TrialFormat::tr("Cheapest")) ? 1 : 0;
    }
    QCOMPARE(fastest, 1);
    QCOMPARE(cheapest, 1);
    QVERIFY(panel.column(3)->leaderText().isEmpty());
    shot(&panel, QStringLiteral("trials-done"));
    if (qEnvironmentVariableIsSet("MODELDESK_SHOT_DIR")) {
        const QPalette light = qApp->palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        qApp->setPalette(dark);
        QTest::qWait(50);
        shot(&panel, QStringLiteral("trials-done-dark"));
        qApp->setPalette(light);
    }

    QStringList labels, answers;
    for (int i = 1; i < 3; ++i) {
        labels << panel.column(i)->modelBox()->currentText();
        answers << panel.column(i)->answerText();
    }
    AnswerDiffView diff(labels, answers);
    diff.show();
    QVERIFY(QTest::qWaitForWindowExposed(&diff));
    shot(&diff, QStringLiteral("trials-diff"));
}

void TestTrialPanel::promptCost_beforeSend_perModelTokenizer()
{
    trial::TrialService trials(&m_model);
    TrialPanel panel(&trials);
    panel.setProviderConfig(fakeProvider());
    panel.setColumnCount(2);
    const QStringList models{QStringLiteral("gpt-4o-mini"), QStringLiteral("error-401")};
    for (int i = 0; i < 2; ++i) {
        QComboBox *box = panel.column(i)->modelBox();
        box->setCurrentIndex(box->findData(QString(QStringLiteral("Local test server\n") + models[i])));
        QVERIFY(box->currentIndex() >= 0);
    }
    QVERIFY(panel.column(0)->promptCostText().isEmpty());
    panel.findChild<QPlainTextEdit *>(QStringLiteral("TrialPrompt"))
        ->setPlainText(QStringLiteral("Do small models answer as well as big ones?"));
    // 3 + "user" + 9 tokens of prompt + 3 priming (tiktoken); GPT-4o mini's price: 17 x $0.15/1M.
    QTRY_COMPARE(panel.column(0)->promptCostText(), QStringLiteral("Prompt: 17 tokens · $0.000003"));
    // A model the dataset does not know: an estimate, marked, and no price.
    QCOMPARE(panel.column(1)->promptCostText(), QStringLiteral("Prompt: ~17 tokens"));
    panel.resize(1200, 700);
    shot(&panel, QStringLiteral("trials-prompt-cost"));
    panel.findChild<QPlainTextEdit *>(QStringLiteral("TrialPrompt"))->clear();
    QTRY_VERIFY(panel.column(0)->promptCostText().isEmpty());
}

void TestTrialPanel::settings_rememberedBetweenSessions()
{
    {
        trial::TrialService trials(&m_model);
        TrialPanel panel(&trials);
        panel.setProviderConfig(fakeProvider());
        panel.setColumnCount(3);
        panel.column(2)->modelBox()->setCurrentIndex(2);
    }
    trial::TrialService againTrials(&m_model);
    TrialPanel again(&againTrials);
    QCOMPARE(again.columnCount(), 3);
    QCOMPARE(again.column(2)->modelBox()->currentIndex(), 2);
    QCOMPARE(again.providerConfig().providers.front().name, QStringLiteral("Local test server"));
}

void TestTrialPanel::modelAddedOnDataPage_namesItsColumnChoice()
{
    DatasetModel model;
    DatasetDocument document(&model);
    document.setContent(DatasetJson::builtIn(), QString());
    trial::TrialService trials(&model);
    TrialPanel panel(&trials);
    trial::ProviderConfig config = fakeProvider();
    config.providers.front().models << QStringLiteral("brand-new");
    panel.setProviderConfig(config);
    QComboBox *box = panel.column(0)->modelBox();
    const int index = box->findData(QString(QStringLiteral("Local test server\nbrand-new")));
    QVERIFY(index >= 0);
    QCOMPARE(box->itemText(index), QStringLiteral("brand-new · Local test server"));
    ModelInfo added;
    added.id = QStringLiteral("brand-new");
    added.name = QStringLiteral("Brand New");
    QVERIFY(document.addModel(added)); // rowsInserted only, no reset: the page follows it
    QCOMPARE(box->itemText(box->findData(QString(QStringLiteral("Local test server\nbrand-new")))),
             QStringLiteral("Brand New · Local test server"));
}

void TestTrialPanel::dialogs_providersRoundTripAndHistoryLists()
{
    trial::KeyStore keys;
    trial::ProviderConfig config = fakeProvider();
    config.providers.push_back(trial::ProviderConfig::presets().front());
    ProvidersDialog dialog(config, {QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini")}, &keys);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = dialog.findChild<QListWidget *>();
    list->setCurrentRow(1); // OpenAI: the environment variable and whether it is set
    QVERIFY(dialog.findChild<QLineEdit *>() != nullptr);
    bool passwordField = false;
    for (const QLineEdit *edit : dialog.findChildren<QLineEdit *>())
        passwordField = passwordField || edit->echoMode() == QLineEdit::Password;
    QVERIFY(passwordField);
    shot(&dialog, QStringLiteral("trials-providers"));
    QCOMPARE(dialog.config().providers, config.providers);
    QCOMPARE(dialog.config().links, config.links);

    trial::TrialHistoryModel model;
    trial::TrialRecord record{QStringLiteral("x"),
                              QDateTime::currentDateTimeUtc(),
                              {},
                              {{{}, {}, {}, {}, QStringLiteral("GPT-4o")}},
                              {{QStringLiteral("Do small models answer as well as big ones?"), {{}}}}};
    model.setRecords({record});
    QTemporaryDir dir;
    trial::TrialHistory history(dir.filePath(QStringLiteral("h.json")));
    TrialHistoryDialog historyDialog(&model, &history);
    historyDialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&historyDialog));
    shot(&historyDialog, QStringLiteral("trials-history"));
    QSignalSpy open(&historyDialog, &TrialHistoryDialog::openRequested);
    for (QPushButton *b : historyDialog.findChildren<QPushButton *>()) {
        if (b->text() == TrialHistoryDialog::tr("&Re-run"))
            b->click();
    }
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.constFirst().at(1).toBool(), true);
}

void TestTrialPanel::openedTrial_actionsAndFollowUpActOnIt()
{
    trial::TrialService trials(&m_model);
    TrialPanel panel(&trials);
    panel.setProviderConfig(fakeProvider());
    panel.setColumnCount(2);
    auto *prompt = panel.findChild<QPlainTextEdit *>(QStringLiteral("TrialPrompt"));
    QPushButton *followUp = nullptr;
    for (QPushButton *b : panel.findChildren<QPushButton *>())
        followUp = b->text() == TrialPanel::tr("&Follow Up") ? b : followUp;
    QVERIFY(followUp);
    QSignalSpy done(panel.session(), &trial::TrialSession::turnFinished);
    QStringList ids;
    for (const QString &text : {QStringLiteral("Trial A"), QStringLiteral("Trial B")}) {
        prompt->setPlainText(text);
        panel.send();
        QVERIFY(done.wait(15000));
        ids << panel.session()->record().id;
    }
    QVERIFY(!followUp->isEnabled()); // "Trial B" still in the box: the same prompt is not a follow-up
    trial::TrialRecord a;
    for (const trial::TrialRecord &r : trials.historyModel()->records())
        a = r.id == ids.constFirst() ? r : a;
    QCOMPARE(a.turns.size(), size_t(1));

    panel.openRecord(a, false);
    QCOMPARE(panel.session()->record().id, a.id);
    QVERIFY(prompt->toPlainText().isEmpty());
    QVERIFY(panel.column(0)->document()->toPlainText().contains(QStringLiteral("▶ Trial A")));
    for (QPushButton *b : panel.findChildren<QPushButton *>()) {
        if (b->text() == TrialPanel::tr("Copy &Trial"))
            b->click();
    }
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.contains(QLatin1String("Trial A")) && !copied.contains(QLatin1String("Trial B")),
             qPrintable(copied));

    prompt->setPlainText(QStringLiteral("More on A"));
    QVERIFY(followUp->isEnabled());
    panel.followUp();
    QVERIFY(prompt->toPlainText().isEmpty()); // sent once, not again with the next click
    QVERIFY(done.wait(15000));
    QCOMPARE(panel.session()->record().id, a.id);
    QCOMPARE(panel.session()->record().turns.size(), size_t(2));
    const QString shown = panel.column(0)->document()->toPlainText();
    QVERIFY2(shown.indexOf(QStringLiteral("▶ Trial A")) < shown.indexOf(QStringLiteral("▶ More on A")),
             qPrintable(shown));
}

void TestTrialPanel::answer_markdownRenderedWithRawToggle()
{
    TrialColumn column(0);
    column.beginTurn(QStringLiteral("Show code"));
    trial::TrialAnswer answer;
    answer.text = QStringLiteral("# Result\n\nUse **this**:\n\n```cpp\nint x = 1;\n```\n");
    column.appendText(answer.text);
    column.showResult(answer);
    QTextDocument *doc = column.document();
    QVERIFY(!doc->toPlainText().contains(QLatin1String("```")));
    QVERIFY(!doc->toPlainText().contains(QLatin1String("**")));
    bool code = false;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        if (b.text() == QLatin1String("int x = 1;")) {
            code = b.blockFormat().hasProperty(QTextFormat::BlockCodeFence) ||
                   b.blockFormat().hasProperty(QTextFormat::BlockCodeLanguage);
            QVERIFY(b.blockFormat().background().style() != Qt::NoBrush);
        }
    }
    QVERIFY(code);
    QCOMPARE(column.answerText(), answer.text); // copied as the model wrote it
    column.resize(420, 300);
    shot(&column, QStringLiteral("trials-markdown"));
    column.setMarkdown(false);
    QVERIFY(doc->toPlainText().contains(QLatin1String("```cpp")));
    QVERIFY(doc->toPlainText().startsWith(QStringLiteral("▶ Show code")));
}

void TestTrialPanel::providers_variableRenameRowsAndFetchModels()
{
    qputenv("MODELDESK_TEST_KEY_VAR", "sk-test-abcdefghijklmnop");
    trial::TrialService trials(&m_model);
    trial::ProviderConfig config = fakeProvider();
    config.providers.push_back({QStringLiteral("Env"),
                                QStringLiteral("https://example.invalid/v1"),
                                trial::KeySource::Environment,
                                QStringLiteral("MODELDESK_TEST_KEY_VAR"),
                                {}});
    config.providers.push_back(
        {QStringLiteral("Blank"), QStringLiteral("https://example.invalid/v1"), trial::KeySource::Environment, {}, {}});
    ProvidersDialog dialog(config, {QStringLiteral("gpt-4o")}, trials.keys());
    dialog.setService(&trials);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = dialog.findChild<QListWidget *>();
    auto *form = dialog.findChild<QFormLayout *>();
    QLineEdit *variable = nullptr;
    QLineEdit *name = nullptr;
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
        if (form->labelForField(edit) &&
            form->labelForField(edit)->property("text") == ProvidersDialog::tr("&Variable:"))
            variable = edit;
        if (form->labelForField(edit) && form->labelForField(edit)->property("text") == ProvidersDialog::tr("&Name:"))
            name = edit;
    }
    QVERIFY(variable && name);
    QLabel *variableLabel = qobject_cast<QLabel *>(form->labelForField(variable));

    list->setCurrentRow(1); // the variable is set: shown as text, said to be set
    QCOMPARE(variable->text(), QStringLiteral("MODELDESK_TEST_KEY_VAR"));
    bool saysSet = false;
    for (const QLabel *l : dialog.findChildren<QLabel *>())
        saysSet = saysSet || l->text() == ProvidersDialog::tr("%1 is set (%2).")
                                              .arg(QStringLiteral("MODELDESK_TEST_KEY_VAR"),
                                                   trial::maskKey(QStringLiteral("sk-test-abcdefghijklmnop")));
    QVERIFY(saysSet);
    list->setCurrentRow(2); // no variable saved: the usual one as text, never only a placeholder
    QCOMPARE(variable->text(), QStringLiteral("OPENAI_API_KEY"));

    list->setCurrentRow(0); // no key: the label goes with its field
    QVERIFY(!variable->isVisible());
    QVERIFY(!variableLabel->isVisible());

    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Renamed"));
    QCOMPARE(list->item(0)->text(), QStringLiteral("Renamed")); // listed under its name at once
    const trial::ProviderConfig edited = dialog.config();
    QCOMPARE(edited.providers.front().name, QStringLiteral("Renamed"));
    for (const trial::ModelLink &l : edited.links)
        QCOMPARE(l.provider, QStringLiteral("Renamed")); // links follow the rename

    auto *test = dialog.findChild<QPushButton *>(QStringLiteral("ProviderTest"));
    auto *state = dialog.findChild<QLabel *>(QStringLiteral("ProviderConnectionState"));
    QVERIFY(test && test->isEnabled());
    test->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.fetchedModels().isEmpty(), 10000);
    QCOMPARE(dialog.fetchedModels(), (QStringList{QStringLiteral("gpt-4o-mini"), QStringLiteral("poem-1"),
                                                  QStringLiteral("poem-2"), QStringLiteral("stream")}));
    QVERIFY2(state->text().contains(QLatin1String("4")), qPrintable(state->text()));
    shot(&dialog, QStringLiteral("trials-providers-fetched"));

    // Fetch Models… opens a list of the endpoint's ids to tick; the ticked ones become the provider's models.
    auto *models = dialog.findChild<QLineEdit *>(QStringLiteral("ProviderModels"));
    QVERIFY(models);
    models->setText(QStringLiteral("typed-by-hand"));
    bool picked = false;
    // The picker is modal (exec): a timer looks for it from inside its event loop.
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, &dialog, [&] {
        auto *picker = dialog.findChild<QDialog *>(QStringLiteral("ModelPicker"));
        if (!picker || !picker->isVisible())
            return;
        poll.stop();
        auto *ids = picker->findChild<QListWidget *>();
        QVERIFY(ids);
        QCOMPARE(ids->count(), 5); // the typed id stays offered, ticked, beside the four fetched
        QCOMPARE(ids->item(0)->text(), QStringLiteral("typed-by-hand"));
        QCOMPARE(ids->item(0)->checkState(), Qt::Checked);
        const QList<QListWidgetItem *> poem = ids->findItems(QStringLiteral("poem-2"), Qt::MatchExactly);
        QCOMPARE(poem.size(), 1);
        poem.front()->setCheckState(Qt::Checked);
        shot(picker, QStringLiteral("trials-providers-pick"));
        picked = true;
        picker->accept();
    });
    poll.start();
    dialog.findChild<QPushButton *>(QStringLiteral("ProviderFetchModels"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(picked, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(models->text(), QStringLiteral("typed-by-hand, poem-2"), 10000);
    QCOMPARE(dialog.config().providers.front().models,
             (QStringList{QStringLiteral("typed-by-hand"), QStringLiteral("poem-2")}));
    qunsetenv("MODELDESK_TEST_KEY_VAR");
}

QTEST_MAIN(TestTrialPanel)
#include "tst_trialpanel.moc"
