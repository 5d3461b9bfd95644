<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChartExporter</name>
    <message>
        <source>%1: no file extension; use .png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown extension &quot;.%2&quot;; use .png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid size &quot;%1&quot;; expected WIDTHxHEIGHT, e.g. 1200x700</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size &quot;%1&quot; out of range; each side must be %2 to %3 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid scale &quot;%1&quot;; expected a number from 0.25 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2x%3 at scale %4 is too large an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ModelDesk chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported by ModelDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot draw the chart into %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>Grouped bars: every benchmark, one bar per model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking: one benchmark, models sorted best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: score against blended price, with the Pareto frontier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost: what the workload costs on each model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart &quot;%1&quot; takes no argument (use &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart &quot;%1&quot; needs a benchmark: %1:&lt;benchmark-id&gt;, one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown benchmark &quot;%1&quot; in chart &quot;%2&quot;; known: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown chart &quot;%1&quot;; use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dataset to chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Commands (modeldesk COMMAND --help for their options):</source>
        <translation>命令（运行 modeldesk COMMAND --help 查看各命令的选项）：</translation>
    </message>
    <message>
        <source>Compare large language models: benchmark charts, workload prices and live prompt trials.</source>
        <translation>对比大语言模型：基准测试图表、工作负载价格与实时提示词试用。</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; (%1) instead of the system&apos;s or the one chosen in View &gt; Language.</source>
        <translation>使用&lt;语言&gt;（%1），代替系统语言或“视图 &gt; 语言”中的选择。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>modeldesk: unknown command &quot;%1&quot;
%2</source>
        <translation>modeldesk: 未知命令“%1”
%2</translation>
    </message>
    <message>
        <source>Cannot open dataset</source>
        <translation>无法打开数据集</translation>
    </message>
    <message>
        <source>Read the dataset from &lt;file&gt; instead of the built-in one.</source>
        <translation>从&lt;文件&gt;读取数据集，而不使用内置数据集。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>modeldesk %1: %2</source>
        <translation>modeldesk %1: %2</translation>
    </message>
    <message>
        <source>modeldesk: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). See modeldesk --help for the commands that need none.</source>
        <translation>modeldesk: 没有可用于打开窗口的显示器（DISPLAY 和 WAYLAND_DISPLAY 均未设置）。不需要显示器的命令请见 modeldesk --help。</translation>
    </message>
    <message>
        <source>Write the dataset as JSON, as CSV (one row per model with its prices and scores) or as a Markdown table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json, csv or markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modeldesk export-data: --format must be json, csv or markdown, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modeldesk export-data: --out FILE is required and takes no other arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 models to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the dataset as JSON, CSV or Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a public price list into a dataset and write the result. Models already in the dataset get the list&apos;s limits and prices; values edited by hand are kept. Prints what was added, updated and skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list&apos;s format: litellm or openrouter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the merged dataset to &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LiteLLM&apos;s model_prices_and_context_window.json or OpenRouter&apos;s /api/v1/models response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modeldesk import: --from must be litellm or openrouter, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modeldesk import: give exactly one list FILE to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modeldesk import: --out FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge LiteLLM or OpenRouter prices into a dataset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cost</name>
    <message>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per request: %1 input + %2 output. Requests per %4: %3. Cached input: %5%. %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch API prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">模型</translation>
    </message>
    <message>
        <source>Per request</source>
        <translation type="unfinished">单次请求费用</translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* cheapest for this workload. A month is %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a workload costs on each model of the dataset.

Money in CSV and JSON is US dollars as exact decimal numbers, not rounded (every cost is a whole number of 1e-16 USD; a monthly workload&apos;s per-day figure and the blended price are divided to the nearest 1e-16 USD); null or empty when a model has no price. The table rounds once, for display. A month is %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these models (comma-separated ids).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare every model with this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table, csv or json (default table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modeldesk %1: %2</source>
        <translation type="unfinished">modeldesk %1: %2</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not table, csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--models: unknown model id &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--models: no model id given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--baseline: unknown model id &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a workload costs on each model (table, CSV or JSON)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostCalculator</name>
    <message>
        <source>%1 costs the same as %2 for this workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 costs %2% less than %3 for this workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 costs %2% more than %3 for this workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 costs %2 times as much as %3 for this workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be compared with %2: one of them has no price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <comment>times as much</comment>
        <translation type="unfinished">%1 倍</translation>
    </message>
    <message>
        <source>no input or output price in the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request exceeds the %1-token context window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output exceeds the %1-token maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no batch prices: list prices used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long-prompt price (above %1 tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cache discount in batch mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cached-input price: full input price used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetExport</name>
    <message>
        <source>n/a</source>
        <translation type="unfinished">暂无</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">模型</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished">厂商</translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished">上下文窗口</translation>
    </message>
    <message>
        <source>Input $/1M</source>
        <translation type="unfinished">输入 $/百万</translation>
    </message>
    <message>
        <source>Output $/1M</source>
        <translation type="unfinished">输出 $/百万</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished">来源：%1</translation>
    </message>
</context>
<context>
    <name>DatasetJson</name>
    <message>
        <source>is required but missing</source>
        <translation>缺少此必填项</translation>
    </message>
    <message>
        <source>must be a string, got %1</source>
        <translation>应为字符串，实际为 %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be a number, got %1</source>
        <translation>应为数字，实际为 %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2, got %3</source>
        <translation>应介于 %1 和 %2 之间，实际为 %3</translation>
    </message>
    <message>
        <source>must be a whole number of at least 0, got %1</source>
        <translation>应为不小于 0 的整数，实际为 %1</translation>
    </message>
    <message>
        <source>must be true or false, got %1</source>
        <translation>应为 true 或 false，实际为 %1</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, got &quot;%1&quot;</source>
        <translation>应为 YYYY-MM-DD 格式的日期，实际为“%1”</translation>
    </message>
    <message>
        <source>must be a list, got %1</source>
        <translation>应为列表，实际为 %1</translation>
    </message>
    <message>
        <source>must be an object, got %1</source>
        <translation>应为对象，实际为 %1</translation>
    </message>
    <message>
        <source>tiers must be listed by increasing prompt length</source>
        <translation>价格档位须按提示词长度从短到长排列</translation>
    </message>
    <message>
        <source>price history must be listed oldest first</source>
        <translation>价格历史须按时间从早到晚排列</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>应为“%1”</translation>
    </message>
    <message>
        <source>is newer than this ModelDesk understands (%1)</source>
        <translation>高于此版本 ModelDesk 支持的格式版本（%1）</translation>
    </message>
    <message>
        <source>duplicate benchmark id &quot;%1&quot;</source>
        <translation>基准测试 ID“%1”重复</translation>
    </message>
    <message>
        <source>duplicate model id &quot;%1&quot;</source>
        <translation>模型 ID“%1”重复</translation>
    </message>
    <message>
        <source>names no model in &quot;models&quot;: &quot;%1&quot;</source>
        <translation>&quot;models&quot; 中没有模型“%1”</translation>
    </message>
    <message>
        <source>names no benchmark in &quot;benchmarks&quot;: &quot;%1&quot;</source>
        <translation>&quot;benchmarks&quot; 中没有基准测试“%1”</translation>
    </message>
    <message>
        <source>a second score for %1 on %2</source>
        <translation>%1 在 %2 上的得分重复出现</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MiB</source>
        <translation>%1: 文件超过 %2 MiB</translation>
    </message>
    <message>
        <source>%1: %2: not valid JSON (%3)</source>
        <translation>%1: %2: 不是有效的 JSON（%3）</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: 文件不存在</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: 无法读取（%2）</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: 无法写入（%2）</translation>
    </message>
    <message>
        <source>%1: saving failed (%2); the previous file is unchanged</source>
        <translation>%1: 保存失败（%2）；原文件未改动</translation>
    </message>
</context>
<context>
    <name>DatasetMerge</name>
    <message>
        <source>the same model as an earlier entry (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from %1 (%2): %3 added, %4 updated, %5 unchanged, %6 skipped, %7 not chat models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  added    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  updated  %1: %2 %3 -&gt; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  kept     %1: %2 %3 (edited by hand; the list says %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  skipped  %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportChartOptions</name>
    <message>
        <source>Draws a chart to PNG, SVG or PDF without opening a window; the format follows the file&apos;s extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to &lt;file&gt; (.png, .svg or .pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished">文件</translation>
    </message>
    <message>
        <source>Chart size in pixels (default 1200x700).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device pixel ratio of a PNG (default 1; 2 for a sharp image on a HiDPI screen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these models (comma-separated ids), in dataset order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these benchmarks (comma-separated ids).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light (default) or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value chart: weights of input and output token prices (default 3:1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IN:OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: unknown id &quot;%2&quot;; known: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: no ids given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modeldesk export-chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chart is required: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE is required (.png, .svg or .pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme: unknown theme &quot;%1&quot;; use light or dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--blend: invalid weights &quot;%1&quot;; expected IN:OUT, e.g. 3:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a chart to PNG, SVG or PDF (no window)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>n/a</source>
        <comment>a figure that was not reported</comment>
        <translation>暂无</translation>
    </message>
</context>
<context>
    <name>PriceImport</name>
    <message>
        <source>must be a price per token, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of at least 0, got %1</source>
        <translation type="unfinished">应为不小于 0 的整数，实际为 %1</translation>
    </message>
    <message>
        <source>must be text, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object, got %1</source>
        <translation type="unfinished">应为对象，实际为 %1</translation>
    </message>
    <message>
        <source>%1: top level: must be an object of models by name (LiteLLM&apos;s price map), got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name appears more than once; only its last entry was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list, got %1</source>
        <translation type="unfinished">应为列表，实际为 %1</translation>
    </message>
    <message>
        <source>must be a list of text, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: top level: must be an object with a &quot;data&quot; list (OpenRouter&apos;s models listing), got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: data: must be a list, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id: listed more than once; the first entry was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MiB</source>
        <translation type="unfinished">%1: 文件超过 %2 MiB</translation>
    </message>
</context>
<context>
    <name>ProviderConfig</name>
    <message>
        <source>No base URL is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with https:// (or http:// for this machine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to send an API key over plain http to %1; use https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrialCommand</name>
    <message>
        <source>Sends one prompt to up to four models at an OpenAI-compatible endpoint and prints the answers with time to first token, total time, tokens and cost. The API key comes from MODELDESK_API_KEY or OPENAI_API_KEY. JSON gives null tokens and cost when the server reports no usage.
Exit status: 0 when every model answered, 1 when one failed, 2 for bad usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint, e.g. https://api.openai.com/v1 or http://localhost:11434/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API model id; repeat for up to four models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A system prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling temperature, 0 to 2 (default: the server&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most tokens to generate per answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for whole answers instead of a stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: markdown (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modeldesk trial: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one to %1 --model options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--prompt is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be markdown or json, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--temperature must be a number from 0 to 2, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-tokens must be a whole number above 0, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a prompt to models at an OpenAI-compatible API</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrialFormat</name>
    <message>
        <source>%1%2 in + %1%3 out tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(estimated: the server sent no usage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost n/a (no price in the dataset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT %1 · total %2 s · %3 tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max tokens: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrialHistory</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged at byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkloadOptions</name>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number from 0 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt tokens per request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output tokens per request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per day or month (see --per).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period of --requests: day or month (default month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent of input tokens read from the prompt cache, 0-100 (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Batch API prices where a model has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cached-share: &quot;%1&quot; is not a percentage from 0 to 100 (at most two decimals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cached-share: %1 is over 100 percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--per: &quot;%1&quot; is not day or month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkloadPresets</name>
    <message>
        <source>Customer-support chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-context: whole code base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch receipt extraction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::AboutDialog</name>
    <message>
        <source>About ModelDesk</source>
        <translation>关于 ModelDesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;ModelDesk %1&lt;/h2&gt;&lt;p&gt;Compare large language models: benchmark charts, workload prices and live prompt trials.&lt;/p&gt;&lt;p&gt;Licensed under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ModelDesk %1&lt;/h2&gt;&lt;p&gt;对比大语言模型：基准测试图表、工作负载价格与实时提示词试用。&lt;/p&gt;&lt;p&gt;基于 MIT 许可证发布。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Data sources of “%1”&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;“%1”的数据来源&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>md::AnswerDiffView</name>
    <message>
        <source>Compare Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Second answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;s&gt;Struck-through&lt;/s&gt; words are only in the first answer, &lt;u&gt;underlined&lt;/u&gt; words only in the second.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::CalculatorPanel</name>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every model&apos;s cost is also said relative to this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The benchmark whose points the &quot;per point&quot; column prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Baseline model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per point &amp;of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheapest for this workload: &lt;b&gt;%1&lt;/b&gt;, %2 a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheapest for this workload: &lt;b&gt;%1&lt;/b&gt;, %2 a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model in the dataset has a price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batch prices for %1: list prices used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The request is too long for %1 of %2 models (context window or max output).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ChartPanel</name>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ChartSelector</name>
    <message>
        <source>What kind of chart to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The benchmark the models are ranked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ranked on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models shown in the chart. Clicking a model in the chart&apos;s legend hides it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Benchmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmarks shown (the value chart averages the checked ones)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::CostBarChart</name>
    <message>
        <source>Cost per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in + %2 out tokens × %3 a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in + %2 out tokens × %3 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch API prices where a model has them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 cheapest of %2 models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · cheapest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ request too long for the model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::CostTableModel</name>
    <message>
        <source>Cheapest for this workload</source>
        <translation>此工作负载下最便宜</translation>
    </message>
    <message>
        <source>cheapest</source>
        <translation>最便宜</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1 倍</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Per request</source>
        <translation>单次请求费用</translation>
    </message>
    <message>
        <source>vs. cheapest</source>
        <translation>相对最便宜</translation>
    </message>
    <message>
        <source>Prices used per 1M tokens: input %1, cached input %2, output %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A month is %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What 1M tokens of this workload cost, input and output together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of the workload compared with the baseline model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly cost divided by the model&apos;s score on the chosen benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blended $/1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs. baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per point / month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per %1 point / month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::DataDelegate</name>
    <message>
        <source>n/a</source>
        <translation type="unfinished">暂无</translation>
    </message>
    <message>
        <source>US dollars per 1M tokens; step below $0 for n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score 0–100; step below 0 for n/a (not reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> tokens</source>
        <translation type="unfinished"> 个 token</translation>
    </message>
</context>
<context>
    <name>md::DataView</name>
    <message>
        <source>Search models by name, id or vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every word must match (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a model to the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected models (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a score column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the benchmark of the current column and its scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the benchmark (scores 0–100):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a cell in the benchmark&apos;s column first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::DatasetDocument</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset has no file yet; choose one with Save As.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add benchmark %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove benchmark %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::DatasetModel</name>
    <message>
        <source>%1 on %2: %3
Source: %4</source>
        <translation>%1 在 %2 上的得分：%3
来源：%4</translation>
    </message>
    <message>
        <source>%1 on %2: not reported</source>
        <translation>%1 在 %2 上的得分：未公布</translation>
    </message>
    <message>
        <source>Per 1M tokens, effective %1
Source: %2</source>
        <translation>每百万 token 价格，自 %1 起生效
来源：%2</translation>
    </message>
    <message>
        <source>No price in the dataset</source>
        <translation>数据集中没有价格</translation>
    </message>
    <message>
        <source>US dollars per 1M tokens, from the newest price entry</source>
        <translation>每百万 token 的美元价格，取自最新的价格条目</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文窗口</translation>
    </message>
    <message>
        <source>Max output</source>
        <translation>最大输出</translation>
    </message>
    <message>
        <source>Knowledge cutoff</source>
        <translation>知识截止日期</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>模态</translation>
    </message>
    <message>
        <source>Input $/1M</source>
        <translation>输入 $/百万</translation>
    </message>
    <message>
        <source>Output $/1M</source>
        <translation>输出 $/百万</translation>
    </message>
    <message>
        <source>Cached input $/1M</source>
        <translation>缓存输入 $/百万</translation>
    </message>
    <message>
        <source>Batch input $/1M</source>
        <translation>批量输入 $/百万</translation>
    </message>
    <message>
        <source>Batch output $/1M</source>
        <translation>批量输出 $/百万</translation>
    </message>
</context>
<context>
    <name>md::DocumentController</name>
    <message>
        <source>%1[*] — ModelDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Dataset…</source>
        <translation type="unfinished">打开数据集(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a ModelDesk dataset file (JSON)</source>
        <translation type="unfinished">打开 ModelDesk 数据集文件（JSON）</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from &amp;LiteLLM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge prices from LiteLLM&apos;s model_prices_and_context_window.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Open&amp;Router…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge prices from a saved OpenRouter /api/v1/models response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the dataset as JSON, CSV or a Markdown table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Dataset</source>
        <translation type="unfinished">打开数据集</translation>
    </message>
    <message>
        <source>ModelDesk datasets (*.json);;All files (*)</source>
        <translation type="unfinished">ModelDesk 数据集 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open dataset</source>
        <translation type="unfinished">无法打开数据集</translation>
    </message>
    <message>
        <source>Cannot save dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Dataset As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ModelDesk datasets (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LiteLLM price map (model_prices_and_context_window.json *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenRouter models listing (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, one row per model (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown table (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ModelDesk dataset (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unsaved dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Unsaved Changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ModelDesk did not close properly. Unsaved changes to %1 from %2 were kept.

Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ExportChartDialog</name>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format follows the extension: .png, .svg or .pdf (SVG and PDF are vector, with text as text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixels per chart pixel in a PNG: 2 gives a sharp image on high-density screens and in print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cale (PNG):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format follows the extension: .png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::GroupedBarChart</name>
    <message>
        <source>Benchmark scores</source>
        <translation>基准测试得分</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>基准测试</translation>
    </message>
    <message>
        <source>Score (%)</source>
        <translation>得分（%）</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Some values are too narrow to label: hover a bar, or show fewer models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a (not reported)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ImportPreviewDialog</name>
    <message>
        <source>%1 in / %2 out per 1M, context %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model / field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — edited by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You typed this value in. It is kept unless you tick it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries that are not chat models (embeddings, images, audio, ...) were left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 models to add, %3 changed values to apply; %4 models unchanged, %5 entries skipped as malformed. Values you edited by hand (in italics) are kept unless you tick them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System Default (%1)</source>
        <translation>跟随系统（%1）(&amp;S)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>ModelDesk will use the new language the next time it starts.</source>
        <translation>ModelDesk 将在下次启动时使用新的语言。</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>立即重启(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
</context>
<context>
    <name>md::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ModelDesk</source>
        <translation>关于 ModelDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n model(s)</source>
        <translation>
            <numerusform>已打开 %1：%n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as PNG, SVG or PDF at a size of your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ModelChart</name>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished">来源：%1</translation>
    </message>
</context>
<context>
    <name>md::ProvidersDialog</name>
    <message>
        <source>Store in Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OpenAI-compatible endpoint up to /v1. Plain http only for this machine (localhost) when a key is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key (local server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a key to store it in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API model ids offered in the trial columns, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Variable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Models:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API model id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Li&amp;nk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset models answered by an API model (for prices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set in ModelDesk&apos;s environment. Set it before starting ModelDesk, or use the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is read from the system keychain (service &quot;%1&quot;, entry named after the provider) when a trial starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is sent. For Ollama, llama.cpp or vLLM on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored %1 in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::RankingChart</name>
    <message>
        <source>Unknown benchmark &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ranking (higher is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ranking (lower is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished">%1: %2 {1.?}</translation>
    </message>
    <message>
        <source>– %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model (best first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 score (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a (not reported)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::SelectionListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::Translations</name>
    <message>
        <source>--lang needs a language: %1</source>
        <translation>--lang 需要指定语言：%1</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; for --lang (available: %2)</source>
        <translation>--lang 不支持语言“%1”（可用：%2）</translation>
    </message>
</context>
<context>
    <name>md::TrialColumn</name>
    <message>
        <source>The model that answers in this column (set up models with Providers…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this model&apos;s answer; the others go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this answer, headed by the model&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer appears here as it streams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming… %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying in %1 s: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::TrialHistoryDialog</name>
    <message>
        <source>Trial History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this trial&apos;s answers and metrics on the Trials page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this trial&apos;s prompt again to the same models with the same settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::TrialPanel</name>
    <message>
        <source>How many models answer side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Providers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints, keys, model ids and links to the dataset&apos;s models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier trials: open, re-run, export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two answers word by word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the prompt and every answer, each headed by its model, as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this trial as Markdown or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. &quot;Answer in one paragraph.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt every model gets. Ctrl+Return sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling temperature; Default leaves it to each server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most tokens per answer; Default leaves it to each server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Str&amp;eam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show answers as they are written (needed for the time to first token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new trial with this prompt (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this prompt as the next message of every column&apos;s conversation (Ctrl+Shift+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop every answer (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Trials need an OpenAI-compatible endpoint.&lt;/b&gt; Set &lt;code&gt;%1&lt;/code&gt; in the environment before starting ModelDesk, or &lt;a href=&quot;providers&quot;&gt;open Providers…&lt;/a&gt; to add Ollama (&lt;code&gt;http://localhost:11434/v1&lt;/code&gt;), a llama.cpp or vLLM server, OpenRouter, or to keep a key in the system keychain. Everything else in ModelDesk works without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 has no model; add one under Providers….</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ValueChart</name>
    <message>
        <source>%1 score</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mean score of %n benchmarks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>mean of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list prices, input:output %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score against price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no %2 score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blended price: %1 per 1M tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pareto frontier (nothing cheaper and better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blended price per 1M tokens, USD (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a, not plotted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::WorkloadEditor</name>
    <message>
        <source> tokens</source>
        <translation type="unfinished"> 个 token</translation>
    </message>
    <message>
        <source>Prompt tokens sent with each request</source>
        <translation type="unfinished">每次请求发送的提示词 token 数</translation>
    </message>
    <message>
        <source>Tokens the model writes for each request</source>
        <translation type="unfinished">模型每次请求生成的 token 数</translation>
    </message>
    <message>
        <source>How many requests in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch API prices (results within 24 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A typical workload to start from; edit the figures and save them as your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the figures below in this preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;New Preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;Built-in Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More preset actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures differ from the saved preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A month is %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the prompt read from the provider&apos;s prompt cache, billed at the cached-input price where the model has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI&apos;s and Anthropic&apos;s Batch APIs halve both prices; models without batch prices keep their list prices and say so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Input tokens per request:</source>
        <translation type="unfinished">每次请求的输入 token 数(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Output tokens per request:</source>
        <translation type="unfinished">每次请求的输出 token 数(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Cached input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited — Save keeps these figures in the preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as New Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::trial::ChatClient</name>
    <message>
        <source>The response is larger than the %1 MB limit; stopped reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a malformed stream chunk (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported an error in the stream: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error: %1. The connection was refused because the server&apos;s certificate is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection dropped before [DONE]; the answer may be cut off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream ended before [DONE] (the connection closed early); the answer may be cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data from the server for %1 s; gave up waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect and send the request within %1 s (connect timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request (400 Bad Request): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was not accepted (401 Unauthorized): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied (403 Forbidden): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found (404): %1. Check the base URL and the model id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited (429 Too Many Requests): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::trial::KeyStore</name>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key for %1 in the system keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::trial::TrialHistoryModel</name>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
