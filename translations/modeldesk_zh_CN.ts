<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>Format</name>
    <message>
        <source>n/a</source>
        <comment>a figure that was not reported</comment>
        <translation>暂无</translation>
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
    <name>md::CalculatorPanel</name>
    <message>
        <source> tokens</source>
        <translation> 个 token</translation>
    </message>
    <message>
        <source>Prompt tokens sent with each request</source>
        <translation>每次请求发送的提示词 token 数</translation>
    </message>
    <message>
        <source>Tokens the model writes for each request</source>
        <translation>模型每次请求生成的 token 数</translation>
    </message>
    <message>
        <source>How many requests a month</source>
        <translation>每月的请求次数</translation>
    </message>
    <message>
        <source>&amp;Input tokens per request:</source>
        <translation>每次请求的输入 token 数(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Output tokens per request:</source>
        <translation>每次请求的输出 token 数(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Requests per month:</source>
        <translation>每月请求数(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>md::CostTableModel</name>
    <message>
        <source>%1 has no input or output price in the dataset</source>
        <translation>数据集中没有 %1 的输入或输出价格</translation>
    </message>
    <message>
        <source>The request (%1 tokens) is longer than %2&apos;s context window</source>
        <translation>请求长度（%1 个 token）超出了 %2 的上下文窗口</translation>
    </message>
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
        <source>Input / request</source>
        <translation>单次输入费用</translation>
    </message>
    <message>
        <source>Output / request</source>
        <translation>单次输出费用</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>vs. cheapest</source>
        <translation>相对最便宜</translation>
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
    <name>md::GroupedBarChart</name>
    <message>
        <source>Benchmark scores</source>
        <translation>基准测试得分</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
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
        <source>&amp;Open Dataset…</source>
        <translation>打开数据集(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a ModelDesk dataset file (JSON)</source>
        <translation>打开 ModelDesk 数据集文件（JSON）</translation>
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
    <message>
        <source>Open Dataset</source>
        <translation>打开数据集</translation>
    </message>
    <message>
        <source>ModelDesk datasets (*.json);;All files (*)</source>
        <translation>ModelDesk 数据集 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open dataset</source>
        <translation>无法打开数据集</translation>
    </message>
    <message>
        <source>ModelDesk</source>
        <translation>ModelDesk</translation>
    </message>
    <message>
        <source>%1 — ModelDesk</source>
        <translation>%1 — ModelDesk</translation>
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
</TS>
