#include "core/datasetjson.h"
#include "core/datasetmodel.h"
#include "core/modelfields.h"

#include <QSet>
#include <QTest>

using namespace md;

// The one table of model fields: every fixed column has exactly one row, keys are unique, and each field's
// value goes through the editors' setValue, the model and the JSON file unchanged.
class TestModelFields : public QObject
{
    Q_OBJECT

private slots:
    void table_oneFieldPerFixedColumnWithUniqueKeys();
    void setValue_roundTripsThroughModelAndJson_data();
    void setValue_roundTripsThroughModelAndJson();
    void setValue_refusesBadValues_data();
    void setValue_refusesBadValues();
    void tokenizerForModelId_knowsOpenAiFamilies_data();
    void tokenizerForModelId_knowsOpenAiFamilies();
};

void TestModelFields::table_oneFieldPerFixedColumnWithUniqueKeys()
{
    QSet<QString> keys;
    for (int column = 0; column < DatasetModel::ColumnCount; ++column) {
        const ModelField *field = ModelFields::forColumn(column);
        QVERIFY2(field, qPrintable(QString::number(column)));
        QCOMPARE(field->column, column);
        QVERIFY(!keys.contains(field->jsonKey()));
        keys.insert(field->jsonKey());
        QCOMPARE(ModelFields::forKey(field->jsonKey()), field);
        QCOMPARE(DatasetModel::columnTitle(column), field->translatedTitle());
        QCOMPARE(field->kind == ModelField::Price, DatasetModel::isPriceColumn(column));
    }
    QVERIFY(!ModelFields::forColumn(DatasetModel::ColumnCount));
    QVERIFY(!ModelFields::forColumn(DatasetModel::IdColumn)->has(ModelField::Editable));
}

void TestModelFields::setValue_roundTripsThroughModelAndJson_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QVariant>("expected");
    QTest::addRow("name") << QStringLiteral("name") << QVariant(QStringLiteral(" Model X "))
                          << QVariant(QStringLiteral("Model X"));
    QTest::addRow("vendor") << QStringLiteral("vendor") << QVariant(QStringLiteral("Acme"))
                            << QVariant(QStringLiteral("Acme"));
    QTest::addRow("date") << QStringLiteral("release_date") << QVariant(QStringLiteral("2024-07-18"))
                          << QVariant(QDate(2024, 7, 18));
    QTest::addRow("count") << QStringLiteral("context_window") << QVariant(qint64(200000)) << QVariant(qint64(200000));
    QTest::addRow("list") << QStringLiteral("modalities") << QVariant(QStringLiteral("text, image,"))
                          << QVariant(QStringLiteral("text, image"));
    QTest::addRow("price") << QStringLiteral("cached_input") << QVariant(QStringLiteral("$0.075")) << QVariant(0.075);
    QTest::addRow("price n/a") << QStringLiteral("batch_output") << QVariant(QStringLiteral("n/a")) << QVariant();
    QTest::addRow("tokenizer") << QStringLiteral("tokenizer") << QVariant(QStringLiteral(" cl100k_base "))
                               << QVariant(QStringLiteral("cl100k_base"));
    QTest::addRow("tokenizer none") << QStringLiteral("tokenizer") << QVariant(QStringLiteral("none"))
                                    << QVariant(QString());
}

void TestModelFields::setValue_roundTripsThroughModelAndJson()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QFETCH(QVariant, expected);
    const ModelField *field = ModelFields::forKey(key);
    QVERIFY(field);
    Dataset d = DatasetJson::builtIn();
    ModelInfo &m = d.models.front();
    QVERIFY(field->setValue(m, value));
    QCOMPARE(field->value(m), expected);
    DatasetModel model;
    model.setDataset(d);
    QCOMPARE(model.index(0, field->column).data(Qt::EditRole), expected);
    const auto reread = DatasetJson::parse(DatasetJson::serialize(d), QStringLiteral("round trip"));
    QVERIFY2(reread.ok(), qPrintable(reread.error()));
    QCOMPARE(field->value(reread->models.front()), expected);
    QVERIFY(reread.value() == d);
}

void TestModelFields::setValue_refusesBadValues_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::addRow("empty name") << QStringLiteral("name") << QVariant(QStringLiteral("  "));
    QTest::addRow("bad date") << QStringLiteral("release_date") << QVariant(QStringLiteral("soon"));
    QTest::addRow("negative count") << QStringLiteral("max_output_tokens") << QVariant(qint64(-1));
    QTest::addRow("negative price") << QStringLiteral("input") << QVariant(-0.5);
    QTest::addRow("price as words") << QStringLiteral("output") << QVariant(QStringLiteral("cheap"));
    QTest::addRow("unknown tokenizer") << QStringLiteral("tokenizer") << QVariant(QStringLiteral("p50k_base"));
}

void TestModelFields::tokenizerForModelId_knowsOpenAiFamilies_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("tokenizer");
    const QString o200k = QStringLiteral("o200k_base");
    const QString cl100k = QStringLiteral("cl100k_base");
    QTest::addRow("gpt-4o-mini") << QStringLiteral("gpt-4o-mini") << o200k;
    QTest::addRow("dated gpt-4o") << QStringLiteral("gpt-4o-2024-08-06") << o200k;
    QTest::addRow("OpenRouter id") << QStringLiteral("openai/gpt-4o-mini") << o200k;
    QTest::addRow("o1-mini") << QStringLiteral("o1-mini") << o200k;
    QTest::addRow("gpt-4.1") << QStringLiteral("gpt-4.1-nano") << o200k;
    QTest::addRow("gpt-4") << QStringLiteral("gpt-4") << cl100k;
    QTest::addRow("gpt-4-turbo") << QStringLiteral("gpt-4-turbo-2024-04-09") << cl100k;
    QTest::addRow("gpt-3.5-turbo") << QStringLiteral("gpt-3.5-turbo-0125") << cl100k;
    QTest::addRow("azure gpt-35") << QStringLiteral("azure/gpt-35-turbo") << cl100k;
    QTest::addRow("claude") << QStringLiteral("claude-3-haiku-20240307") << QString();
    QTest::addRow("o1 look-alike") << QStringLiteral("o1x-preview") << QString();
    QTest::addRow("gemini") << QStringLiteral("gemini-1.5-flash") << QString();
}

void TestModelFields::tokenizerForModelId_knowsOpenAiFamilies()
{
    QFETCH(QString, id);
    QFETCH(QString, tokenizer);
    QCOMPARE(ModelFields::tokenizerForModelId(id), tokenizer);
}

void TestModelFields::setValue_refusesBadValues()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    const ModelField *field = ModelFields::forKey(key);
    QVERIFY(field);
    ModelInfo m = DatasetJson::builtIn().models.front();
    const ModelInfo before = m;
    QVERIFY(!field->setValue(m, value));
    QVERIFY(m == before);
}

QTEST_GUILESS_MAIN(TestModelFields)
#include "tst_modelfields.moc"
