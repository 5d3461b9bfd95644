<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Common</name>
    <message numerus="yes">
        <source>Wrote %n battles to %1</source>
        <translation>
            <numerusform>Wrote %n battle to %1</numerusform>
            <numerusform>Wrote %n battles to %1</numerusform>
        </translation>
    </message>
</context>
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
    <name>md::ArenaLeaderboard</name>
    <message numerus="yes">
        <source>%n votes, Bradley–Terry on the Elo scale (mean 1000)</source>
        <translation>
            <numerusform>%n vote, Bradley–Terry on the Elo scale (mean 1000)</numerusform>
            <numerusform>%n votes, Bradley–Terry on the Elo scale (mean 1000)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 against %2: %3% of %n votes</source>
        <translation>
            <numerusform>%1 against %2: %3% of %n vote</numerusform>
            <numerusform>%1 against %2: %3% of %n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n votes; 95% intervals from 1,000 bootstrap rounds. Rank 1 + the number of models clearly above. * fewer than 30 votes: preliminary.</source>
        <translation>
            <numerusform>%n vote; 95% intervals from 1,000 bootstrap rounds. Rank 1 + the number of models clearly above. * fewer than 30 votes: preliminary.</numerusform>
            <numerusform>%n votes; 95% intervals from 1,000 bootstrap rounds. Rank 1 + the number of models clearly above. * fewer than 30 votes: preliminary.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n ratings into the dataset as &quot;Arena (private)&quot;; Edit &gt; Undo takes them back.</source>
        <translation>
            <numerusform>Wrote %n rating into the dataset as &quot;Arena (private)&quot;; Edit &gt; Undo takes them back.</numerusform>
            <numerusform>Wrote %n ratings into the dataset as &quot;Arena (private)&quot;; Edit &gt; Undo takes them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ArenaPanel</name>
    <message numerus="yes">
        <source>Vote recorded (%n in all). Next Pair asks two other models the same prompt.</source>
        <translation>
            <numerusform>Vote recorded (%n in all). Next Pair asks two other models the same prompt.</numerusform>
            <numerusform>Vote recorded (%n in all). Next Pair asks two other models the same prompt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pool: %n models from the selection, paired blind.</source>
        <translation>
            <numerusform>Pool: %n model from the selection, paired blind.</numerusform>
            <numerusform>Pool: %n models from the selection, paired blind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The arena needs at least two models that a provider offers: tick them in the Overview&apos;s model list and set up a provider under Side by Side &gt; Providers… (%n in the pool now).</source>
        <translation>
            <numerusform>The arena needs at least two models that a provider offers: tick them in the Overview&apos;s model list and set up a provider under Side by Side &gt; Providers… (%n in the pool now).</numerusform>
            <numerusform>The arena needs at least two models that a provider offers: tick them in the Overview&apos;s model list and set up a provider under Side by Side &gt; Providers… (%n in the pool now).</numerusform>
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
    <name>md::SuitePanel</name>
    <message numerus="yes">
        <source>%n check(s) of a type ModelDesk does not run will be skipped (shown as skipped, never as passed).</source>
        <translation>
            <numerusform>%n check of a type ModelDesk does not run will be skipped (shown as skipped, never as passed).</numerusform>
            <numerusform>%n checks of a type ModelDesk does not run will be skipped (shown as skipped, never as passed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) changed since that run (marked in bold, with the earlier verdict).</source>
        <translation>
            <numerusform>%n cell changed since that run (marked in bold, with the earlier verdict).</numerusform>
            <numerusform>%n cells changed since that run (marked in bold, with the earlier verdict).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added &quot;%1&quot; to the dataset with %n model(s)&apos; pass rates (Edit &gt; Undo takes it back).</source>
        <translation>
            <numerusform>Added &quot;%1&quot; to the dataset with %n model&apos;s pass rate (Edit &gt; Undo takes it back).</numerusform>
            <numerusform>Added &quot;%1&quot; to the dataset with %n models&apos; pass rates (Edit &gt; Undo takes it back).</numerusform>
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
