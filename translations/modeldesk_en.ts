<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DatasetMerge</name>
    <message numerus="yes">
        <source>%n dated entries</source>
        <translation>
            <numerusform>%n dated entry</numerusform>
            <numerusform>%n dated entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message numerus="yes">
        <source>an object of %n entries</source>
        <translation>
            <numerusform>an object of %n entry</numerusform>
            <numerusform>an object of %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a list of %n items</source>
        <translation>
            <numerusform>a list of %n item</numerusform>
            <numerusform>a list of %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriceImport</name>
    <message numerus="yes">
        <source>%1: none of its %n entries could be read (the first, %2: %3)</source>
        <translation>
            <numerusform>%1: its %n entry could not be read (%2: %3)</numerusform>
            <numerusform>%1: none of its %n entries could be read (the first, %2: %3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::CalculatorPanel</name>
    <message numerus="yes">
        <source>%1 and %Ln more at the same price</source>
        <translation>
            <numerusform>%1 and %Ln more at the same price</numerusform>
            <numerusform>%1 and %Ln more at the same price</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No batch prices for %1 and %Ln more: list prices used.</source>
        <translation>
            <numerusform>No batch prices for %1 and %Ln more: list prices used.</numerusform>
            <numerusform>No batch prices for %1 and %Ln more: list prices used.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Input tokens counted per model in a request of %n characters (Tokens column).</source>
        <translation>
            <numerusform>Input tokens counted per model in a request of %n character (Tokens column).</numerusform>
            <numerusform>Input tokens counted per model in a request of %n characters (Tokens column).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Input and output tokens counted per model in a request of %n characters and its answer (Tokens column).</source>
        <translation>
            <numerusform>Input and output tokens counted per model in a request of %n character and its answer (Tokens column).</numerusform>
            <numerusform>Input and output tokens counted per model in a request of %n characters and its answer (Tokens column).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::GroupedBarChart</name>
    <message numerus="yes">
        <source>%Ln model(s) without any of these scores not shown</source>
        <translation>
            <numerusform>%Ln model without any of these scores not shown</numerusform>
            <numerusform>%Ln models without any of these scores not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::MainWindow</name>
    <message numerus="yes">
        <source>Opened %1: %n model(s)</source>
        <translation>
            <numerusform>Opened %1: %n model</numerusform>
            <numerusform>Opened %1: %n models</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::PriceListFetcher</name>
    <message numerus="yes">
        <source>%1: no complete answer from %2 within %n seconds</source>
        <translation>
            <numerusform>%1: no complete answer from %2 within %n second</numerusform>
            <numerusform>%1: no complete answer from %2 within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ProvidersDialog</name>
    <message numerus="yes">
        <source>Connected: the endpoint offers %n model(s).</source>
        <translation>
            <numerusform>Connected: the endpoint offers %n model.</numerusform>
            <numerusform>Connected: the endpoint offers %n models.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::RankingChart</name>
    <message numerus="yes">
        <source>%Ln model(s) without a %1 score not listed</source>
        <translation>
            <numerusform>%Ln model without a %1 score not listed</numerusform>
            <numerusform>%Ln models without a %1 score not listed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ValueChart</name>
    <message numerus="yes">
        <source>Mean score of %n benchmarks</source>
        <translation>
            <numerusform>Mean score of %n benchmark</numerusform>
            <numerusform>Mean score of %n benchmarks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln model(s) lack a %1 score or a price</source>
        <translation>
            <numerusform>%Ln model lacks a %1 score or a price</numerusform>
            <numerusform>%Ln models lack a %1 score or a price</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln model(s) lack one of these scores or a price</source>
        <translation>
            <numerusform>%Ln model lacks one of these scores or a price</numerusform>
            <numerusform>%Ln models lack one of these scores or a price</numerusform>
        </translation>
    </message>
</context>
</TS>
