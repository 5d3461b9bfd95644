<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>md::ValueChart</name>
    <message numerus="yes">
        <source>Mean score of %n benchmarks</source>
        <translation>
            <numerusform>Mean score of %n benchmark</numerusform>
            <numerusform>Mean score of %n benchmarks</numerusform>
        </translation>
    </message>
</context>
</TS>
