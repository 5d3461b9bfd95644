<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BattleFile</name>
    <message>
        <source>%1: the key &quot;%2&quot; appears twice in one entry</source>
        <translation>%1: 键“%2”在同一条目中出现了两次</translation>
    </message>
    <message>
        <source>%1: a battle file must be a JSON array of battles, got %2</source>
        <translation>%1: 对战文件必须是对战的 JSON 数组，实际为 %2</translation>
    </message>
    <message>
        <source>%1: entry %2: %3</source>
        <translation>%1: 第 %2 条：%3</translation>
    </message>
    <message>
        <source>%1: entry %2 compares %3 with itself; skipped</source>
        <translation>%1: 第 %2 条将 %3 与自身比较；已跳过</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 无法读取：%2</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>%1: no file extension; use .png, .svg or .pdf</source>
        <translation>%1: 没有文件扩展名；请使用 .png、.svg 或 .pdf</translation>
    </message>
    <message>
        <source>%1: unknown extension &quot;.%2&quot;; use .png, .svg or .pdf</source>
        <translation>%1: 未知的扩展名“.%2”；请使用 .png、.svg 或 .pdf</translation>
    </message>
    <message>
        <source>invalid size &quot;%1&quot;; expected WIDTHxHEIGHT, e.g. 1200x700</source>
        <translation>无效的尺寸“%1”；应为“宽x高”格式，例如 1200x700</translation>
    </message>
    <message>
        <source>size &quot;%1&quot; out of range; each side must be %2 to %3 pixels</source>
        <translation>尺寸“%1”超出范围；每边必须在 %2 到 %3 像素之间</translation>
    </message>
    <message>
        <source>invalid scale &quot;%1&quot;; expected a number from 0.25 to %2</source>
        <translation>无效的缩放倍数“%1”；应为 0.25 到 %2 之间的数字</translation>
    </message>
    <message>
        <source>%1: %2x%3 at scale %4 is too large an image</source>
        <translation>%1: 缩放倍数为 %4 时，%2x%3 的图像过大</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>ModelDesk chart</source>
        <translation>ModelDesk 图表</translation>
    </message>
    <message>
        <source>Exported by ModelDesk</source>
        <translation>由 ModelDesk 导出</translation>
    </message>
    <message>
        <source>cannot draw the chart into %1</source>
        <translation>无法将图表绘制到 %1</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>Grouped bars: every benchmark, one bar per model</source>
        <translation>分组柱状图：涵盖每项基准测试，每个模型一根柱</translation>
    </message>
    <message>
        <source>Ranking: one benchmark, models sorted best first</source>
        <translation>排名：单项基准测试，模型按成绩从高到低排列</translation>
    </message>
    <message>
        <source>Value: score against blended price, with the Pareto frontier</source>
        <translation>性价比：得分与综合价格的对比，并标出帕累托前沿</translation>
    </message>
    <message>
        <source>Cost: what the workload costs on each model</source>
        <translation>成本：工作负载在每个模型上的成本</translation>
    </message>
    <message>
        <source>chart &quot;%1&quot; takes no argument (use &quot;%2&quot;)</source>
        <translation>图表“%1”不接受参数（请使用“%2”）</translation>
    </message>
    <message>
        <source>chart &quot;%1&quot; needs a benchmark: %1:&lt;benchmark-id&gt;, one of %2</source>
        <translation>图表“%1”需要指定一项基准测试：%1:&lt;benchmark-id&gt;，可选值为 %2</translation>
    </message>
    <message>
        <source>unknown benchmark &quot;%1&quot; in chart &quot;%2&quot;; known: %3</source>
        <translation>图表“%2”中的基准测试“%1”未知；已知：%3</translation>
    </message>
    <message>
        <source>unknown chart &quot;%1&quot;; use %2</source>
        <translation>未知的图表“%1”；请使用 %2</translation>
    </message>
    <message>
        <source>no dataset to chart</source>
        <translation>没有可绘制图表的数据集</translation>
    </message>
    <message>
        <source>Price history: each model&apos;s price through time, as steps</source>
        <translation>价格历史：每个模型的价格随时间的变化，以阶梯线表示</translation>
    </message>
</context>
<context>
    <name>ChartStyle</name>
    <message>
        <source>Showing %1 of %2 models — narrow the selection</source>
        <translation>显示 %2 个模型中的 %1 个——请缩小选择范围</translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <source>skipped: &quot;%1&quot; is not supported</source>
        <translation>已跳过：不支持“%1”</translation>
    </message>
    <message>
        <source>Assertion passed</source>
        <translation>断言通过</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported</source>
        <translation>不支持“%1”</translation>
    </message>
    <message>
        <source>Expected output not to be valid JSON</source>
        <translation>期望输出不是有效的 JSON</translation>
    </message>
    <message>
        <source>Expected output to contain valid JSON</source>
        <translation>期望输出包含有效的 JSON</translation>
    </message>
    <message>
        <source>Expected output to be valid JSON</source>
        <translation>期望输出是有效的 JSON</translation>
    </message>
    <message>
        <source>JSON does not match the schema: %1</source>
        <translation>JSON 不符合 schema：%1</translation>
    </message>
    <message>
        <source>Latency %1 ms is %2 the threshold of %3 ms</source>
        <translation>延迟 %1 毫秒%2阈值 %3 毫秒</translation>
    </message>
    <message>
        <source>within</source>
        <translation>未超过</translation>
    </message>
    <message>
        <source>above</source>
        <translation>超过</translation>
    </message>
    <message>
        <source> (time of the cached answer)</source>
        <translation>（缓存回答的用时）</translation>
    </message>
    <message>
        <source>No cost: the model has no price in the dataset</source>
        <translation>无费用：数据集中没有该模型的价格</translation>
    </message>
    <message>
        <source>Cost $%1 is %2 the threshold of $%3</source>
        <translation>费用 $%1 %2阈值 $%3</translation>
    </message>
    <message>
        <source>llm-rubric needs a grader call</source>
        <translation>llm-rubric 需要调用评分模型</translation>
    </message>
    <message>
        <source>not </source>
        <translation>不</translation>
    </message>
    <message>
        <source>Expected output to %1equal &quot;%2&quot;</source>
        <translation>期望输出%1等于“%2”</translation>
    </message>
    <message>
        <source>Expected output to %1contain &quot;%2&quot;</source>
        <translation>期望输出%1包含“%2”</translation>
    </message>
    <message>
        <source>Expected output to not contain all of [%1]</source>
        <translation>期望输出不同时包含 [%1]</translation>
    </message>
    <message>
        <source>Expected output to contain all of [%1]; missing: %2</source>
        <translation>期望输出包含全部 [%1]；缺少：%2</translation>
    </message>
    <message>
        <source>Expected output to %1contain one of [%2]</source>
        <translation>期望输出%1包含 [%2] 之一</translation>
    </message>
    <message>
        <source>Expected output to %1start with &quot;%2&quot;</source>
        <translation>期望输出%1以“%2”开头</translation>
    </message>
    <message>
        <source>Invalid regular expression &quot;%1&quot;: %2</source>
        <translation>无效的正则表达式“%1”：%2</translation>
    </message>
    <message>
        <source>Expected output to %1match the regular expression &quot;%2&quot;</source>
        <translation>期望输出%1匹配正则表达式“%2”</translation>
    </message>
    <message>
        <source>JavaScript ran longer than %1 s and was stopped</source>
        <translation>JavaScript 运行超过 %1 秒，已被停止</translation>
    </message>
    <message>
        <source>JavaScript error: %1</source>
        <translation>JavaScript 错误：%1</translation>
    </message>
    <message>
        <source>JavaScript returned %1</source>
        <translation>JavaScript 返回 %1</translation>
    </message>
    <message>
        <source>JavaScript returned pass: %1</source>
        <translation>JavaScript 返回 pass: %1</translation>
    </message>
    <message>
        <source>JavaScript returned %1, not a boolean, a number or {pass, score, reason}</source>
        <translation>JavaScript 返回了 %1，而不是布尔值、数字或 {pass, score, reason}</translation>
    </message>
    <message>
        <source>The grader&apos;s reply holds no {pass, score, reason}: %1</source>
        <translation>评分模型的回复中没有 {pass, score, reason}：%1</translation>
    </message>
    <message>
        <source>No assertions</source>
        <translation>没有断言</translation>
    </message>
    <message>
        <source>Aggregate score %1 ≥ threshold %2</source>
        <translation>总分 %1 ≥ 阈值 %2</translation>
    </message>
    <message>
        <source>Aggregate score %1 &lt; threshold %2</source>
        <translation>总分 %1 &lt; 阈值 %2</translation>
    </message>
    <message>
        <source>All assertions passed</source>
        <translation>所有断言均通过</translation>
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
        <translation>将数据集写为 JSON、CSV（每个模型一行，包含其价格和得分）或 Markdown 表格。</translation>
    </message>
    <message>
        <source>json, csv or markdown.</source>
        <translation>json、csv 或 markdown。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Write to &lt;file&gt;.</source>
        <translation>写入 &lt;file&gt;。</translation>
    </message>
    <message>
        <source>modeldesk export-data: --format must be json, csv or markdown, got &quot;%1&quot;</source>
        <translation>modeldesk export-data: --format 必须为 json、csv 或 markdown，实际为“%1”</translation>
    </message>
    <message>
        <source>modeldesk export-data: --out FILE is required and takes no other arguments</source>
        <translation>modeldesk export-data: 必须提供 --out FILE，且不接受其他参数</translation>
    </message>
    <message>
        <source>Wrote %1 models to %2</source>
        <translation>已将 %1 个模型写入 %2</translation>
    </message>
    <message>
        <source>Merge a public price list into a dataset and write the result. Models already in the dataset get the list&apos;s limits and prices; values edited by hand are kept. Prints what was added, updated and skipped.</source>
        <translation>将公开价格列表合并到数据集中并写出结果。数据集中已有的模型将采用列表中的限制和价格；手动编辑过的值会保留。会输出新增、更新和跳过的内容。</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Write the merged dataset to &lt;file&gt;.</source>
        <translation>将合并后的数据集写入 &lt;file&gt;。</translation>
    </message>
    <message>
        <source>modeldesk import: give exactly one list FILE to import</source>
        <translation>modeldesk import: 必须且只能指定一个要导入的列表 FILE</translation>
    </message>
    <message>
        <source>modeldesk import: --out FILE is required</source>
        <translation>modeldesk import: 必须提供 --out FILE</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Write the dataset as JSON, CSV or Markdown</source>
        <translation>将数据集写为 JSON、CSV 或 Markdown</translation>
    </message>
    <message>
        <source>Start in the &lt;theme&gt; (%1) instead of the one chosen in View &gt; Theme.</source>
        <translation>以 &lt;theme&gt;（%1）启动，而不是“视图 &gt; 主题”中选择的主题。</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>modeldesk: --theme must be one of %1, not &quot;%2&quot;</source>
        <translation>modeldesk: --theme 必须为 %1 之一，实际为“%2”</translation>
    </message>
    <message>
        <source>The list&apos;s format: %1.</source>
        <translation>列表的格式：%1。</translation>
    </message>
    <message>
        <source>modeldesk import: --from must be %1, got &quot;%2&quot;</source>
        <translation>modeldesk import: --from 必须为 %1，实际为“%2”</translation>
    </message>
    <message>
        <source>Merge %1 prices into a dataset</source>
        <translation>将 %1 的价格合并到数据集中</translation>
    </message>
    <message>
        <source>%1; %2 was not written</source>
        <translation>%1；未写入 %2</translation>
    </message>
    <message>
        <source>modeldesk: unknown command &apos;%1&apos;
%2</source>
        <translation>modeldesk: 未知命令“%1”
%2</translation>
    </message>
    <message>
        <source>A dataset to open (as --data &lt;file&gt; does).</source>
        <translation>要打开的数据集（与 --data &lt;file&gt; 相同）。</translation>
    </message>
    <message>
        <source>modeldesk export-data: %1</source>
        <translation>modeldesk export-data: %1</translation>
    </message>
    <message>
        <source>The list to import: %1. An https:// address is fetched (now, once).</source>
        <translation>要导入的列表：%1。https:// 地址会被获取（立即获取一次）。</translation>
    </message>
    <message>
        <source>modeldesk arena: --%1 must be a whole number from %2 to %3, got &quot;%4&quot;</source>
        <translation>modeldesk arena: --%1 必须是 %2 到 %3 之间的整数，实际为“%4”</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>%1 votes, %2 models, 95% intervals from %3 bootstrap rounds; * preliminary (few votes)</source>
        <translation>%1 票，%2 个模型，95% 区间来自 %3 轮 bootstrap 重抽样；* 为初步结果（票数少）</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95% 区间</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>票数</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>胜率</translation>
    </message>
    <message>
        <source>warning: not in the dataset, left out: %1</source>
        <translation>警告：以下模型不在数据集中，已略过：%1</translation>
    </message>
    <message>
        <source>modeldesk arena: no rated model is in the dataset; %1 was not written</source>
        <translation>modeldesk arena: 没有已评分的模型在数据集中；未写入 %1</translation>
    </message>
    <message>
        <source>Update Arena (private)</source>
        <translation>更新 Arena (private)</translation>
    </message>
    <message>
        <source>modeldesk arena: the dataset refused the ratings; %1 was not written</source>
        <translation>modeldesk arena: 数据集拒绝了这些评分；未写入 %1</translation>
    </message>
    <message>
        <source>modeldesk arena: %1; %2 was not written</source>
        <translation>modeldesk arena: %1；未写入 %2</translation>
    </message>
    <message>
        <source>Wrote %1 ratings as &quot;%2&quot; to %3</source>
        <translation>已将 %1 个评分作为“%2”写入 %3</translation>
    </message>
    <message>
        <source>Rate models from blind A/B votes: Bradley–Terry on the Elo scale (mean 1000) with 95% bootstrap intervals. Reads a FastChat/LMArena battle file or ModelDesk&apos;s own votes file.</source>
        <translation>根据盲评 A/B 投票为模型评分：Elo 尺度上的 Bradley–Terry 模型（均值 1000），附 95% bootstrap 区间。读取 FastChat/LMArena 对战文件或 ModelDesk 自己的投票文件。</translation>
    </message>
    <message>
        <source>The votes: a FastChat battle file (JSON) or a ModelDesk votes file (default: yours, %1).</source>
        <translation>投票：FastChat 对战文件（JSON）或 ModelDesk 投票文件（默认：你自己的，%1）。</translation>
    </message>
    <message>
        <source>Bootstrap rounds for the intervals (default 1000).</source>
        <translation>计算区间的 bootstrap 轮数（默认 1000）。</translation>
    </message>
    <message>
        <source>rounds</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>Seed of the bootstrap (default 0).</source>
        <translation>bootstrap 的随机种子（默认 0）。</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Only the votes with this category.</source>
        <translation>只用此类别的投票。</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>A model with fewer votes is marked preliminary (default 30).</source>
        <translation>票数少于此值的模型标为初步结果（默认 30）。</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>票数</translation>
    </message>
    <message>
        <source>table (default), json or csv.</source>
        <translation>table（默认）、json 或 csv。</translation>
    </message>
    <message>
        <source>Also write the dataset with the ratings as the benchmark &quot;Arena (private)&quot; to &lt;file&gt;.</source>
        <translation>同时把带有评分（作为基准测试“Arena (private)”）的数据集写入 &lt;file&gt;。</translation>
    </message>
    <message>
        <source>modeldesk arena ratings: unexpected argument &quot;%1&quot;</source>
        <translation>modeldesk arena ratings: 多余的参数“%1”</translation>
    </message>
    <message>
        <source>modeldesk arena ratings: --format must be table, json or csv, got &quot;%1&quot;</source>
        <translation>modeldesk arena ratings: --format 必须是 table、json 或 csv，实际为“%1”</translation>
    </message>
    <message>
        <source>modeldesk arena ratings: --data is read only with --write-dataset FILE</source>
        <translation>modeldesk arena ratings: 只有同时给出 --write-dataset FILE 时才读取 --data</translation>
    </message>
    <message>
        <source>modeldesk arena ratings: --seed must be a whole number of at least 0, got &quot;%1&quot;</source>
        <translation>modeldesk arena ratings: --seed 必须是不小于 0 的整数，实际为“%1”</translation>
    </message>
    <message>
        <source>modeldesk arena ratings: no votes yet (%1); give --battles FILE</source>
        <translation>modeldesk arena ratings: 还没有投票（%1）；请给出 --battles FILE</translation>
    </message>
    <message>
        <source>modeldesk arena ratings: %1 holds no votes</source>
        <translation>modeldesk arena ratings: %1 中没有投票</translation>
    </message>
    <message>
        <source>modeldesk arena ratings: %1 holds no votes in the category &quot;%2&quot;</source>
        <translation>modeldesk arena ratings: %1 中没有类别“%2”的投票</translation>
    </message>
    <message>
        <source>warning: these groups of models were never compared with each other, so ratings from different groups cannot be compared: %1</source>
        <translation>警告：以下几组模型之间从未互相比较过，不同组的评分无法相互比较：%1</translation>
    </message>
    <message>
        <source>Write your arena votes as a FastChat/LMArena battle file.</source>
        <translation>将你的竞技场投票写成 FastChat/LMArena 对战文件。</translation>
    </message>
    <message>
        <source>fastchat (the only one).</source>
        <translation>fastchat（唯一的格式）。</translation>
    </message>
    <message>
        <source>Write the battles to &lt;file&gt;.</source>
        <translation>将对战写入 &lt;file&gt;。</translation>
    </message>
    <message>
        <source>Read the votes from &lt;file&gt; (default: yours, %1).</source>
        <translation>从 &lt;file&gt; 读取投票（默认：你自己的，%1）。</translation>
    </message>
    <message>
        <source>modeldesk arena export: --format must be fastchat, got &quot;%1&quot;</source>
        <translation>modeldesk arena export: --format 必须是 fastchat，实际为“%1”</translation>
    </message>
    <message>
        <source>modeldesk arena export: --out FILE is required</source>
        <translation>modeldesk arena export: 必须给出 --out FILE</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: 文件不存在</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n battles to %1</source>
        <translation>
            <numerusform>已将 %n 场对战写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: modeldesk arena ratings [--battles FILE] [options]
       modeldesk arena export --format fastchat --out FILE [--votes FILE]
modeldesk arena ACTION --help lists each action&apos;s options.</source>
        <translation>用法：modeldesk arena ratings [--battles FILE] [选项]
      modeldesk arena export --format fastchat --out FILE [--votes FILE]
modeldesk arena ACTION --help 列出各操作的选项。</translation>
    </message>
    <message>
        <source>modeldesk arena: unknown action &quot;%1&quot;
%2</source>
        <translation>modeldesk arena: 未知操作“%1”
%2</translation>
    </message>
    <message>
        <source>Rate models from blind A/B votes; export your votes</source>
        <translation>根据盲评 A/B 投票为模型评分；导出你的投票</translation>
    </message>
</context>
<context>
    <name>Cost</name>
    <message>
        <source>baseline</source>
        <translation>基准模型</translation>
    </message>
    <message>
        <source>Tokens per request: %1 input + %2 output. Requests per %4: %3. Cached input: %5%. %6.</source>
        <translation>每次请求的 token 数：输入 %1 + 输出 %2。每%4请求数：%3。缓存输入：%5%。%6。</translation>
    </message>
    <message>
        <source>day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Batch API prices</source>
        <translation>批量 API 价格</translation>
    </message>
    <message>
        <source>List prices</source>
        <translation>标价</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Per request</source>
        <translation>每次请求</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>vs. %1</source>
        <translation>相对 %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>* cheapest for this workload. A month is %1 days.</source>
        <translation>* 此工作负载下最便宜。一个月按 %1 天计。</translation>
    </message>
    <message>
        <source>What a workload costs on each model of the dataset.

Money in CSV and JSON is US dollars as exact decimal numbers, not rounded (every cost is a whole number of 1e-16 USD; a monthly workload&apos;s per-day figure and the blended price are divided to the nearest 1e-16 USD); null or empty when a model has no price. The table rounds once, for display. A month is %1 days.</source>
        <translation>计算工作负载在数据集中每个模型上的成本。

CSV 和 JSON 中的金额以美元为单位，为精确的十进制数，不作舍入（每项成本都是 1e-16 USD 的整数倍；按月计的工作负载的每日数值和综合价格在相除时取最接近的 1e-16 USD）；模型没有价格时为 null 或留空。表格仅在显示时舍入一次。一个月按 %1 天计。</translation>
    </message>
    <message>
        <source>Only these models (comma-separated ids).</source>
        <translation>仅包含这些模型（以逗号分隔的 id）。</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>ids</translation>
    </message>
    <message>
        <source>Compare every model with this one.</source>
        <translation>将每个模型与此模型进行比较。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Output format: table, csv or json (default table).</source>
        <translation>输出格式：table、csv 或 json（默认为 table）。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>modeldesk %1: %2</source>
        <translation>modeldesk %1: %2</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>意外的参数“%1”</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not table, csv or json</source>
        <translation>--format: “%1”不是 table、csv 或 json</translation>
    </message>
    <message>
        <source>--models: unknown model id &quot;%1&quot; (known: %2)</source>
        <translation>--models: 未知的模型 id“%1”（已知：%2）</translation>
    </message>
    <message>
        <source>--models: no model id given</source>
        <translation>--models: 未提供模型 id</translation>
    </message>
    <message>
        <source>--baseline: unknown model id &quot;%1&quot; (known: %2)</source>
        <translation>--baseline: 未知的模型 id“%1”（已知：%2）</translation>
    </message>
    <message>
        <source>What a workload costs on each model (table, CSV or JSON)</source>
        <translation>计算工作负载在每个模型上的成本（表格、CSV 或 JSON）</translation>
    </message>
    <message>
        <source>Input written to the cache: %1%.</source>
        <translation>写入缓存的输入：%1%。</translation>
    </message>
    <message>
        <source>Prices as of %1.</source>
        <translation>价格截至 %1。</translation>
    </message>
    <message>
        <source>Tokens per request: counted per model from %1 (~ marks an estimate: the model&apos;s tokenizer is not public). Requests per %3: %2. Cached input: %4%. %5.</source>
        <translation>每次请求的 token：按各模型从 %1 计数（~ 表示估算：该模型的分词器未公开）。每%3请求数：%2。缓存输入：%4%。%5。</translation>
    </message>
    <message>
        <source>Tokens in + out</source>
        <translation>输入 + 输出 token</translation>
    </message>
    <message>
        <source>Count each model&apos;s input tokens in &lt;file&gt; with the model&apos;s own tokenizer, instead of --input-tokens (- reads standard input).</source>
        <translation>用各模型自己的分词器计算 &lt;file&gt; 中的输入 token，代替 --input-tokens（- 读取标准输入）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Count each model&apos;s output tokens in &lt;file&gt; (a typical answer), instead of --output-tokens.</source>
        <translation>计算各模型在 &lt;file&gt;（典型回答）中的输出 token，代替 --output-tokens。</translation>
    </message>
    <message>
        <source>--output-file needs --input-file</source>
        <translation>--output-file 需要 --input-file</translation>
    </message>
    <message>
        <source>--input-file and --input-tokens exclude each other</source>
        <translation>--input-file 与 --input-tokens 不能同时使用</translation>
    </message>
    <message>
        <source>--output-file and --output-tokens exclude each other</source>
        <translation>--output-file 与 --output-tokens 不能同时使用</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
</context>
<context>
    <name>CostCalculator</name>
    <message>
        <source>%1 costs the same as %2 for this workload</source>
        <translation>对于此工作负载，%1 与 %2 的成本相同</translation>
    </message>
    <message>
        <source>%1 costs %2% less than %3 for this workload</source>
        <translation>对于此工作负载，%1 的成本比 %3 低 %2%</translation>
    </message>
    <message>
        <source>%1 costs %2% more than %3 for this workload</source>
        <translation>对于此工作负载，%1 的成本比 %3 高 %2%</translation>
    </message>
    <message>
        <source>%1 costs %2 times as much as %3 for this workload</source>
        <translation>对于此工作负载，%1 的成本是 %3 的 %2 倍</translation>
    </message>
    <message>
        <source>%1 cannot be compared with %2: one of them has no price</source>
        <translation>%1 无法与 %2 比较：其中一个没有价格</translation>
    </message>
    <message>
        <source>same</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>%1% less</source>
        <translation>便宜 %1%</translation>
    </message>
    <message>
        <source>%1% more</source>
        <translation>贵 %1%</translation>
    </message>
    <message>
        <source>%1×</source>
        <comment>times as much</comment>
        <translation>%1 倍</translation>
    </message>
    <message>
        <source>no input or output price in the dataset</source>
        <translation>数据集中没有输入或输出价格</translation>
    </message>
    <message>
        <source>request exceeds the %1-token context window</source>
        <translation>请求超出 %1 token 的上下文窗口</translation>
    </message>
    <message>
        <source>output exceeds the %1-token maximum</source>
        <translation>输出超出 %1 token 的上限</translation>
    </message>
    <message>
        <source>no batch prices: list prices used</source>
        <translation>无批量价格：已使用标价</translation>
    </message>
    <message>
        <source>batch prices</source>
        <translation>批量价格</translation>
    </message>
    <message>
        <source>long-prompt price (above %1 tokens)</source>
        <translation>长提示词价格（超过 %1 个 token）</translation>
    </message>
    <message>
        <source>no cache discount in batch mode</source>
        <translation>批量模式下无缓存折扣</translation>
    </message>
    <message>
        <source>no cached-input price: full input price used</source>
        <translation>无缓存输入价格：已按完整输入价格计算</translation>
    </message>
    <message>
        <source>no price yet on that date</source>
        <translation>该日期尚无价格</translation>
    </message>
    <message>
        <source>no cache-write price: input price used</source>
        <translation>无缓存写入价格：已按输入价格计算</translation>
    </message>
</context>
<context>
    <name>CsvTests</name>
    <message>
        <source>%1:%2: a quoted field is never closed</source>
        <translation>%1:%2：带引号的字段没有闭合</translation>
    </message>
    <message>
        <source>%1: no header row</source>
        <translation>%1：没有表头行</translation>
    </message>
    <message>
        <source>%1:%2: %3 fields, the header has %4</source>
        <translation>%1:%2：有 %3 个字段，表头只有 %4 个</translation>
    </message>
    <message>
        <source>%1:%2: __threshold must be a number</source>
        <translation>%1:%2：__threshold 必须是数字</translation>
    </message>
</context>
<context>
    <name>DatasetExport</name>
    <message>
        <source>n/a</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Prices as of %1.</source>
        <translation>价格截至 %1。</translation>
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
        <source>%1: cannot be written (%2)</source>
        <translation>%1: 无法写入（%2）</translation>
    </message>
    <message>
        <source>%1: saving failed (%2); the previous file is unchanged</source>
        <translation>%1: 保存失败（%2）；原文件未改动</translation>
    </message>
    <message>
        <source>must not contain a NUL character, got %1</source>
        <translation>不能包含 NUL 字符，实际为 %1</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; appears twice in one object; a dataset names each field once</source>
        <translation>%1: 键“%2”在同一对象中出现两次；数据集中每个字段只能出现一次</translation>
    </message>
    <message>
        <source>must be %1 or none, got &quot;%2&quot;</source>
        <translation>必须是 %1 或 none，实际为“%2”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fact with a source (%2)</source>
        <translation>“%1”不是带来源的模型事实（%2）</translation>
    </message>
</context>
<context>
    <name>DatasetMerge</name>
    <message>
        <source>the same model as an earlier entry (%1)</source>
        <translation>与前面的条目（%1）是同一个模型</translation>
    </message>
    <message>
        <source>Import from %1 (%2): %3 added, %4 updated, %5 unchanged, %6 skipped, %7 not chat models</source>
        <translation>从 %1（%2）导入：新增 %3 个，更新 %4 个，未变 %5 个，跳过 %6 个，%7 个不是聊天模型</translation>
    </message>
    <message>
        <source>  added    %1</source>
        <translation>  新增  %1</translation>
    </message>
    <message>
        <source>  updated  %1: %2 %3 -&gt; %4</source>
        <translation>  更新  %1：%2 %3 -&gt; %4</translation>
    </message>
    <message>
        <source>  kept     %1: %2 %3 (edited by hand; the list says %4)</source>
        <translation>  保留  %1：%2 %3（手动编辑过；列表中为 %4）</translation>
    </message>
    <message>
        <source>  skipped  %1: %2</source>
        <translation>  跳过  %1：%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 in</source>
        <translation>输入 %1</translation>
    </message>
    <message>
        <source>%1 out</source>
        <translation>输出 %1</translation>
    </message>
    <message>
        <source>%1 cached</source>
        <translation>缓存 %1</translation>
    </message>
    <message>
        <source>%1 cache write</source>
        <translation>缓存写入 %1</translation>
    </message>
    <message>
        <source>above %1: %2</source>
        <translation>超过 %1：%2</translation>
    </message>
    <message>
        <source>Long-prompt prices</source>
        <translation>长提示词价格</translation>
    </message>
    <message>
        <source>  kept     %1: %2 %3 (an entry dated %4 is never replaced; the list says %5)</source>
        <translation>  保留  %1：%2 %3（日期为 %4 的条目永不替换；列表中为 %5）</translation>
    </message>
    <message>
        <source>Price history</source>
        <translation>价格历史</translation>
    </message>
    <message numerus="yes">
        <source>%n dated entries</source>
        <translation>
            <numerusform>%n 个带日期的条目</numerusform>
        </translation>
    </message>
    <message>
        <source>+ the list&apos;s entries of %1</source>
        <translation>+ 列表中 %1 的条目</translation>
    </message>
    <message>
        <source>New model: %1 (%2 in, %3 out)</source>
        <translation>新模型：%1（输入 %2，输出 %3）</translation>
    </message>
    <message>
        <source>New model: %1</source>
        <translation>新模型：%1</translation>
    </message>
    <message>
        <source>%1 down: %2 %3 → %4</source>
        <translation>%1 下降：%2 %3 → %4</translation>
    </message>
    <message>
        <source>%1 up: %2 %3 → %4</source>
        <translation>%1 上涨：%2 %3 → %4</translation>
    </message>
    <message>
        <source>  note     %1: %2</source>
        <translation>  说明     %1: %2</translation>
    </message>
</context>
<context>
    <name>EvalCommand</name>
    <message>
        <source>modeldesk eval: %1</source>
        <translation>modeldesk eval：%1</translation>
    </message>
    <message>
        <source>modeldesk eval: %1 is not a model of the dataset; its pass rate is not written.</source>
        <translation>modeldesk eval：%1 不是数据集中的模型，不写入其通过率。</translation>
    </message>
    <message>
        <source>--write-dataset: none of the suite&apos;s models is in the dataset (link them under Trials &gt; Providers…, or name dataset models in the suite).</source>
        <translation>--write-dataset：测试套件中的模型都不在数据集中（请在“试用 &gt; 提供方…”中关联，或在套件中使用数据集里的模型）。</translation>
    </message>
    <message>
        <source>--write-dataset: the result would not load (%1); nothing was written.</source>
        <translation>--write-dataset：结果无法被加载（%1），未写入任何内容。</translation>
    </message>
    <message>
        <source>Runs an eval suite (a promptfoo config, promptfooconfig.yaml) against the models it names and prints each test&apos;s verdict per model, the pass rates, costs and latencies. Keys come from the suite&apos;s apiKey/apiKeyEnvar, else OPENAI_API_KEY; OPENAI_BASE_URL sets the endpoint as in promptfoo.
Exit status: 0 when every test passed, 1 when any failed or errored, 2 for a bad suite or option.</source>
        <translation>对评测套件（promptfoo 配置，promptfooconfig.yaml）中列出的模型运行测试，并输出每个模型在每个测试上的结果、通过率、费用和延迟。密钥取自套件的 apiKey/apiKeyEnvar，否则取 OPENAI_API_KEY；OPENAI_BASE_URL 与 promptfoo 一样设置接口地址。
退出状态：全部测试通过为 0，有测试失败或出错为 1，套件或选项有误为 2。</translation>
    </message>
    <message>
        <source>The suite, e.g. promptfooconfig.yaml.</source>
        <translation>测试套件，例如 promptfooconfig.yaml。</translation>
    </message>
    <message>
        <source>Run only these of the suite&apos;s providers (ids as written, API model ids or dataset model ids).</source>
        <translation>只运行套件中的这些提供方（套件中写的 id、API 模型 id 或数据集模型 id）。</translation>
    </message>
    <message>
        <source>id,id</source>
        <translation>id,id</translation>
    </message>
    <message>
        <source>Run every test N times (1 to 100) for the pass rate&apos;s spread.</source>
        <translation>每个测试运行 N 次（1 到 100），以观察通过率的波动。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Calls at once (1 to 64, default 4).</source>
        <translation>同时进行的调用数（1 到 64，默认 4）。</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Ask the models again instead of reusing cached answers.</source>
        <translation>重新询问模型，不使用缓存的回答。</translation>
    </message>
    <message>
        <source>Skip checks of types ModelDesk does not run (reported as skipped, never as passed).</source>
        <translation>跳过 ModelDesk 不支持的检查类型（报告为已跳过，绝不算作通过）。</translation>
    </message>
    <message>
        <source>Output format: table (default), json, csv, markdown or html.</source>
        <translation>输出格式：table（默认）、json、csv、markdown 或 html。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Write the report to &lt;file&gt; instead of standard output.</source>
        <translation>将报告写入 &lt;file&gt;，而不是标准输出。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Write the dataset with the suite added as a benchmark (each model&apos;s pass rate) to &lt;file&gt;.</source>
        <translation>将加入了该套件基准测试（各模型的通过率）的数据集写入 &lt;file&gt;。</translation>
    </message>
    <message>
        <source>give one suite file (promptfooconfig.yaml).</source>
        <translation>请给出一个套件文件（promptfooconfig.yaml）。</translation>
    </message>
    <message>
        <source>--format must be table, json, csv, markdown or html, not &quot;%1&quot;.</source>
        <translation>--format 必须是 table、json、csv、markdown 或 html，而不是“%1”。</translation>
    </message>
    <message>
        <source>--repeat must be a whole number from 1 to 100, not &quot;%1&quot;.</source>
        <translation>--repeat 必须是 1 到 100 的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--concurrency must be a whole number from 1 to 64, not &quot;%1&quot;.</source>
        <translation>--concurrency 必须是 1 到 64 的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--models: the suite has no provider &quot;%1&quot; (it has %2).</source>
        <translation>--models：套件中没有提供方“%1”（现有：%2）。</translation>
    </message>
    <message>
        <source>--out: cannot write %1</source>
        <translation>--out：无法写入 %1</translation>
    </message>
    <message>
        <source>Run an eval suite (a promptfoo config) against models</source>
        <translation>对模型运行评测套件（promptfoo 配置）</translation>
    </message>
    <message>
        <source>%1 of %2 calls</source>
        <translation>%2 次调用中已完成 %1 次</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>约剩 %1 秒</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>目前 %1</translation>
    </message>
</context>
<context>
    <name>EvalDataset</name>
    <message>
        <source>Pass rate on the eval suite %1</source>
        <translation>评测套件 %1 的通过率</translation>
    </message>
    <message>
        <source>eval suite %1, run %2</source>
        <translation>评测套件 %1，运行于 %2</translation>
    </message>
    <message>
        <source>Add the eval suite &quot;%1&quot;</source>
        <translation>添加评测套件“%1”</translation>
    </message>
</context>
<context>
    <name>EvalReport</name>
    <message>
        <source>Test %1</source>
        <translation>测试 %1</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>not run (cancelled)</source>
        <translation>未运行（已取消）</translation>
    </message>
    <message>
        <source>Run %1 · %2 tests × %3 models</source>
        <translation>运行于 %1 · %2 个测试 × %3 个模型</translation>
    </message>
    <message>
        <source> × %1 repeats</source>
        <translation> × 重复 %1 次</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>通过率</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Latency p50 / p90</source>
        <translation>延迟 p50 / p90</translation>
    </message>
    <message>
        <source>%1: %2% passed (%3 passed, %4 failed, %5 errors), cost %6, latency p50 %7 ms, p90 %8 ms</source>
        <translation>%1：通过 %2%（%3 个通过，%4 个失败，%5 个错误），费用 %6，延迟 p50 %7 毫秒，p90 %8 毫秒</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>; over %1 repeats the pass rate ranged %2–%3% (sd %4), time to first token p50 %5 ms, p90 %6 ms, %7 tokens/s p50</source>
        <translation>；%1 次重复中通过率在 %2–%3% 之间（标准差 %4），首个 token 用时 p50 %5 毫秒、p90 %6 毫秒，每秒 %7 个 token（p50）</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 answers came.</source>
        <translation>已取消：%2 个回答中收到 %1 个。</translation>
    </message>
    <message>
        <source>%1% passed · %2 · p50 %3 ms</source>
        <translation>通过 %1% · %2 · p50 %3 毫秒</translation>
    </message>
</context>
<context>
    <name>ExportChartOptions</name>
    <message>
        <source>Draws a chart to PNG, SVG or PDF without opening a window; the format follows the file&apos;s extension.</source>
        <translation>将图表绘制为 PNG、SVG 或 PDF 文件，不打开窗口；格式由文件扩展名决定。</translation>
    </message>
    <message>
        <source>The chart: %1.</source>
        <translation>图表：%1。</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>spec</translation>
    </message>
    <message>
        <source>Write to &lt;file&gt; (.png, .svg or .pdf).</source>
        <translation>写入 &lt;file&gt;（.png、.svg 或 .pdf）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Chart size in pixels (default 1200x700).</source>
        <translation>图表尺寸，单位为像素（默认 1200x700）。</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>Device pixel ratio of a PNG (default 1; 2 for a sharp image on a HiDPI screen).</source>
        <translation>PNG 的设备像素比（默认为 1；设为 2 可在 HiDPI 屏幕上获得清晰的图像）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Only these models (comma-separated ids), in dataset order.</source>
        <translation>仅包含这些模型（以逗号分隔的 id），按数据集中的顺序排列。</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>ids</translation>
    </message>
    <message>
        <source>Only these benchmarks (comma-separated ids).</source>
        <translation>仅包含这些基准测试（以逗号分隔的 id）。</translation>
    </message>
    <message>
        <source>light (default) or dark.</source>
        <translation>light（默认）或 dark。</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Value chart: weights of input and output token prices (default 3:1).</source>
        <translation>性价比图表：输入与输出 token 价格的权重（默认 3:1）。</translation>
    </message>
    <message>
        <source>IN:OUT</source>
        <translation>IN:OUT</translation>
    </message>
    <message>
        <source>--%1: unknown id &quot;%2&quot;; known: %3</source>
        <translation>--%1: 未知的 id“%2”；已知：%3</translation>
    </message>
    <message>
        <source>--%1: no ids given</source>
        <translation>--%1: 未提供 id</translation>
    </message>
    <message>
        <source>modeldesk export-chart: %1</source>
        <translation>modeldesk export-chart: %1</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>意外的参数“%1”</translation>
    </message>
    <message>
        <source>--chart is required: %1</source>
        <translation>必须提供 --chart：%1</translation>
    </message>
    <message>
        <source>--chart: %1</source>
        <translation>--chart: %1</translation>
    </message>
    <message>
        <source>--out FILE is required (.png, .svg or .pdf)</source>
        <translation>必须提供 --out FILE（.png、.svg 或 .pdf）</translation>
    </message>
    <message>
        <source>--out: %1</source>
        <translation>--out: %1</translation>
    </message>
    <message>
        <source>--size: %1</source>
        <translation>--size: %1</translation>
    </message>
    <message>
        <source>--scale: %1</source>
        <translation>--scale: %1</translation>
    </message>
    <message>
        <source>--theme: unknown theme &quot;%1&quot;; use light or dark</source>
        <translation>--theme: 未知的主题“%1”；请使用 light 或 dark</translation>
    </message>
    <message>
        <source>--blend: invalid weights &quot;%1&quot;; expected IN:OUT, e.g. 3:1</source>
        <translation>--blend: 无效的权重“%1”；应为 IN:OUT 格式，例如 3:1</translation>
    </message>
    <message>
        <source>Draw a chart to PNG, SVG or PDF (no window)</source>
        <translation>将图表绘制为 PNG、SVG 或 PDF（不打开窗口）</translation>
    </message>
    <message>
        <source>Price-history chart: input, output or blended (default blended).</source>
        <translation>价格历史图表：input、output 或 blended（默认为 blended）。</translation>
    </message>
    <message>
        <source>which</source>
        <translation>which</translation>
    </message>
    <message>
        <source>--price: &quot;%1&quot; is not input, output or blended</source>
        <translation>--price: “%1”不是 input、output 或 blended</translation>
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
    <name>JsonFile</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: 文件不存在</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: 不是普通文件</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MiB</source>
        <translation>%1: 文件超过 %2 MiB</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: 无法读取（%2）</translation>
    </message>
    <message>
        <source>%1: the file is UTF-32; it must be UTF-8</source>
        <translation>%1: 文件为 UTF-32 编码；必须是 UTF-8</translation>
    </message>
    <message>
        <source>%1: the file is UTF-16; it must be UTF-8</source>
        <translation>%1: 文件为 UTF-16 编码；必须是 UTF-8</translation>
    </message>
    <message>
        <source>%1: nested deeper than %2 levels</source>
        <translation>%1: 嵌套超过 %2 层</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2)</source>
        <translation>%1: 不是有效的 JSON（%2）</translation>
    </message>
    <message numerus="yes">
        <source>an object of %n entries</source>
        <translation>
            <numerusform>含 %n 个条目的对象</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a list of %n items</source>
        <translation>
            <numerusform>含 %n 项的列表</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriceImport</name>
    <message>
        <source>must be a price per token, got %1</source>
        <translation>必须是每 token 价格，实际为 %1</translation>
    </message>
    <message>
        <source>must not be negative, got %1</source>
        <translation>不能为负数，实际为 %1</translation>
    </message>
    <message>
        <source>must be a whole number of at least 0, got %1</source>
        <translation>必须是不小于 0 的整数，实际为 %1</translation>
    </message>
    <message>
        <source>must be text, got %1</source>
        <translation>必须是文本，实际为 %1</translation>
    </message>
    <message>
        <source>must be an object, got %1</source>
        <translation>必须是对象，实际为 %1</translation>
    </message>
    <message>
        <source>%1: top level: must be an object of models by name (LiteLLM&apos;s price map), got %2</source>
        <translation>%1: 顶层：必须是以名称为键的模型对象（LiteLLM 的价格表），实际为 %2</translation>
    </message>
    <message>
        <source>the name appears more than once; only its last entry was read</source>
        <translation>该名称出现了多次；只读取了最后一个条目</translation>
    </message>
    <message>
        <source>an entry without a name</source>
        <translation>一个没有名称的条目</translation>
    </message>
    <message>
        <source>must be a list, got %1</source>
        <translation>必须是列表，实际为 %1</translation>
    </message>
    <message>
        <source>must be a list of text, got %1</source>
        <translation>必须是文本列表，实际为 %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>是必填项</translation>
    </message>
    <message>
        <source>%1: top level: must be an object with a &quot;data&quot; list (OpenRouter&apos;s models listing), got %2</source>
        <translation>%1: 顶层：必须是包含“data”列表的对象（OpenRouter 的模型列表），实际为 %2</translation>
    </message>
    <message>
        <source>%1: data: must be a list, got %2</source>
        <translation>%1: data: 必须是列表，实际为 %2</translation>
    </message>
    <message>
        <source>id: listed more than once; the first entry was kept</source>
        <translation>id: 重复出现；已保留第一个条目</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <source>LiteLLM&apos;s model_prices_and_context_window.json</source>
        <translation>LiteLLM 的 model_prices_and_context_window.json</translation>
    </message>
    <message>
        <source>LiteLLM price map (model_prices_and_context_window.json *.json);;All files (*)</source>
        <translation>LiteLLM 价格表 (model_prices_and_context_window.json *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>a saved OpenRouter /api/v1/models response</source>
        <translation>已保存的 OpenRouter /api/v1/models 响应</translation>
    </message>
    <message>
        <source>OpenRouter models listing (*.json);;All files (*)</source>
        <translation>OpenRouter 模型列表 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: 无法读取（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of its %n entries could be read (the first, %2: %3)</source>
        <translation>
            <numerusform>%1: 全部 %n 个条目均无法读取（第一个：%2: %3）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1must be a price in US dollars per 1M tokens, got %2</source>
        <translation>%1应为以美元/百万 token 计的价格，实际为 %2</translation>
    </message>
    <message>
        <source>%1must not be negative, got %2</source>
        <translation>%1不能为负数，实际为 %2</translation>
    </message>
    <message>
        <source>a tiered price needs &quot;base&quot;</source>
        <translation>分档价格需要 &quot;base&quot;</translation>
    </message>
    <message>
        <source>tiers: must be a list, got %1</source>
        <translation>tiers: 应为列表，实际为 %1</translation>
    </message>
    <message>
        <source>tiers: must be a list of {start, price}, got %1</source>
        <translation>tiers: 应为 {start, price} 的列表，实际为 %1</translation>
    </message>
    <message>
        <source>tiers: each needs &quot;start&quot; and &quot;price&quot;</source>
        <translation>tiers: 每一档都需要 &quot;start&quot; 和 &quot;price&quot;</translation>
    </message>
    <message>
        <source>must be an object of prices, got %1</source>
        <translation>应为价格对象，实际为 %1</translation>
    </message>
    <message>
        <source>%1 in</source>
        <translation>输入 %1</translation>
    </message>
    <message>
        <source>%1 out</source>
        <translation>输出 %1</translation>
    </message>
    <message>
        <source>%1a second price without a constraint was left out</source>
        <translation>%1第二个没有限定条件的价格已略去</translation>
    </message>
    <message>
        <source>a price for the hours %1 to %2 (%3) was not imported: ModelDesk prices by date, not by time of day; the imported price is the one outside those hours</source>
        <translation>%1 至 %2 时段的价格（%3）未导入：ModelDesk 按日期计价，不按一天中的时段计价；导入的是该时段以外的价格</translation>
    </message>
    <message>
        <source>%1must be {&quot;start_date&quot;: &quot;YYYY-MM-DD&quot;} or a time of day, got %2</source>
        <translation>%1应为 {&quot;start_date&quot;: &quot;YYYY-MM-DD&quot;} 或一天中的时段，实际为 %2</translation>
    </message>
    <message>
        <source>%1a second price from %2</source>
        <translation>%1从 %2 起的第二个价格</translation>
    </message>
    <message>
        <source>[%1]: must be an object, got %2</source>
        <translation>[%1]: 应为对象，实际为 %2</translation>
    </message>
    <message>
        <source>its %1 prices were left out (ModelDesk prices text tokens)</source>
        <translation>其 %1 价格已略去（ModelDesk 只为文本 token 计价）</translation>
    </message>
    <message>
        <source>gives no price per token</source>
        <translation>未给出按 token 计的价格</translation>
    </message>
    <message>
        <source>%1: top level: must be a list of providers (genai-prices&apos; data.json), got %2</source>
        <translation>%1: 顶层: 应为服务商列表（genai-prices 的 data.json），实际为 %2</translation>
    </message>
    <message>
        <source>a provider must be an object, got %1</source>
        <translation>服务商应为对象，实际为 %1</translation>
    </message>
    <message>
        <source>a provider needs an &quot;id&quot; and a list of &quot;models&quot;</source>
        <translation>服务商需要 &quot;id&quot; 和 &quot;models&quot; 列表</translation>
    </message>
    <message>
        <source>the name appears more than once; only its first entry was read</source>
        <translation>该名称出现了不止一次；只读取了第一个条目</translation>
    </message>
    <message>
        <source>must be a price in US dollars per 1M tokens, got %1</source>
        <translation>应为以美元/百万 token 计的价格，实际为 %1</translation>
    </message>
    <message>
        <source>a tier of type %1 cannot be priced</source>
        <translation>类型为 %1 的价格档位无法计价</translation>
    </message>
    <message>
        <source>needs a &quot;size&quot;</source>
        <translation>需要 &quot;size&quot;</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD or YYYY-MM), got %1</source>
        <translation>应为日期（YYYY-MM-DD 或 YYYY-MM），实际为 %1</translation>
    </message>
    <message>
        <source>%1: top level: must be an object of providers by id (models.dev&apos;s api.json), got %2</source>
        <translation>%1: 顶层: 应为按 id 排列的服务商对象（models.dev 的 api.json），实际为 %2</translation>
    </message>
    <message>
        <source>a provider must be an object with an object of &quot;models&quot;</source>
        <translation>服务商应为包含 &quot;models&quot; 对象的对象</translation>
    </message>
    <message>
        <source>the same model as an earlier entry (%1)</source>
        <translation>与前面的条目（%1）是同一个模型</translation>
    </message>
    <message>
        <source>pydantic&apos;s genai-prices prices/data.json</source>
        <translation>pydantic 的 genai-prices prices/data.json</translation>
    </message>
    <message>
        <source>genai-prices data (data.json *.json);;All files (*)</source>
        <translation>genai-prices 数据 (data.json *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>models.dev&apos;s api.json</source>
        <translation>models.dev 的 api.json</translation>
    </message>
    <message>
        <source>models.dev catalogue (api.json *.json);;All files (*)</source>
        <translation>models.dev 目录 (api.json *.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ProviderConfig</name>
    <message>
        <source>No base URL is set.</source>
        <translation>未设置基础 URL。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>“%1”不是有效的 URL。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with https:// (or http:// for this machine).</source>
        <translation>“%1”必须以 https:// 开头（本机地址可使用 http://）。</translation>
    </message>
    <message>
        <source>Refusing to send an API key over plain http to %1; use https.</source>
        <translation>拒绝通过明文 http 向 %1 发送 API 密钥；请使用 https。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>SuiteReader</name>
    <message>
        <source>%1 must be text</source>
        <translation>%1 必须是文本</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 必须是数字</translation>
    </message>
    <message>
        <source>file patterns (%1) are not supported; name each file</source>
        <translation>不支持文件通配符（%1），请逐个写出文件</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB</source>
        <translation>%1 大于 16 MiB</translation>
    </message>
    <message>
        <source>a promptfoo config must be a mapping (description:, prompts:, providers:, tests:)</source>
        <translation>promptfoo 配置必须是映射（description:、prompts:、providers:、tests:）</translation>
    </message>
    <message>
        <source>prompts: is missing</source>
        <translation>缺少 prompts:</translation>
    </message>
    <message>
        <source>providers: is missing</source>
        <translation>缺少 providers:</translation>
    </message>
    <message>
        <source>a prompt needs raw: or id:</source>
        <translation>提示词需要 raw: 或 id:</translation>
    </message>
    <message>
        <source>a prompt must be text, file://... or a mapping with raw:</source>
        <translation>提示词必须是文本、file://... 或带 raw: 的映射</translation>
    </message>
    <message>
        <source>no prompts</source>
        <translation>没有提示词</translation>
    </message>
    <message>
        <source>prompt files of type .%1 are not supported (text, Markdown or chat JSON only)</source>
        <translation>不支持 .%1 类型的提示词文件（仅支持文本、Markdown 或对话 JSON）</translation>
    </message>
    <message>
        <source>no providers</source>
        <translation>没有提供方</translation>
    </message>
    <message>
        <source>a provider must be an id such as openai:chat:gpt-4o-mini, or a mapping with id:</source>
        <translation>提供方必须是 openai:chat:gpt-4o-mini 这样的 id，或带 id: 的映射</translation>
    </message>
    <message>
        <source>the provider &quot;%1&quot; is not supported: use openai:chat:&lt;model&gt;, openai:&lt;model&gt; or modeldesk:&lt;provider&gt;:&lt;model&gt;</source>
        <translation>不支持提供方“%1”：请使用 openai:chat:&lt;model&gt;、openai:&lt;model&gt; 或 modeldesk:&lt;provider&gt;:&lt;model&gt;</translation>
    </message>
    <message>
        <source>the provider &quot;%1&quot; names no model</source>
        <translation>提供方“%1”没有指定模型</translation>
    </message>
    <message>
        <source>a provider&apos;s config must be a mapping</source>
        <translation>提供方的 config 必须是映射</translation>
    </message>
    <message>
        <source>defaultTest must be a mapping</source>
        <translation>defaultTest 必须是映射</translation>
    </message>
    <message>
        <source>tests must be a list or file://tests.csv</source>
        <translation>tests 必须是列表或 file://tests.csv</translation>
    </message>
    <message>
        <source>a test must be a mapping or file://tests.csv</source>
        <translation>测试必须是映射或 file://tests.csv</translation>
    </message>
    <message>
        <source>the assertion type &quot;%1&quot; is not supported (use --skip-unsupported to skip such checks)</source>
        <translation>不支持断言类型“%1”（可用 --skip-unsupported 跳过此类检查）</translation>
    </message>
    <message>
        <source>a test file must hold a list of tests</source>
        <translation>测试文件必须包含一个测试列表</translation>
    </message>
    <message>
        <source>test files of type .%1 are not supported (CSV or YAML only)</source>
        <translation>不支持 .%1 类型的测试文件（仅支持 CSV 或 YAML）</translation>
    </message>
    <message>
        <source>a test must be a mapping with vars: and assert:</source>
        <translation>测试必须是带 vars: 和 assert: 的映射</translation>
    </message>
    <message>
        <source>vars must be a mapping</source>
        <translation>vars 必须是映射</translation>
    </message>
    <message>
        <source>assert must be a list</source>
        <translation>assert 必须是列表</translation>
    </message>
    <message>
        <source>an assertion must be a mapping with type:</source>
        <translation>断言必须是带 type: 的映射</translation>
    </message>
    <message>
        <source>weight must not be negative</source>
        <translation>weight 不能为负数</translation>
    </message>
    <message>
        <source>&quot;%1:&quot; on an assertion is not supported (use --skip-unsupported to skip such checks)</source>
        <translation>不支持断言上的“%1:”（可用 --skip-unsupported 跳过此类检查）</translation>
    </message>
    <message>
        <source>unknown assertion type &quot;%1&quot; (use --skip-unsupported to skip such checks)</source>
        <translation>未知的断言类型“%1”（可用 --skip-unsupported 跳过此类检查）</translation>
    </message>
    <message>
        <source>the schema is not valid JSON or YAML (%1)</source>
        <translation>schema 不是有效的 JSON 或 YAML（%1）</translation>
    </message>
    <message>
        <source>the schema of &quot;%1&quot; must be a mapping</source>
        <translation>“%1”的 schema 必须是映射</translation>
    </message>
    <message>
        <source>JSON Schema keywords not supported: %1 (supported: type, properties, required, items, enum, const, minimum, maximum, exclusiveMinimum, exclusiveMaximum, minLength, maxLength, minItems, maxItems, additionalProperties; use --skip-unsupported to skip such checks)</source>
        <translation>不支持的 JSON Schema 关键字：%1（支持：type、properties、required、items、enum、const、minimum、maximum、exclusiveMinimum、exclusiveMaximum、minLength、maxLength、minItems、maxItems、additionalProperties；可用 --skip-unsupported 跳过此类检查）</translation>
    </message>
    <message>
        <source>the assertion &quot;%1&quot; needs a value:</source>
        <translation>断言“%1”需要 value:</translation>
    </message>
    <message>
        <source>the assertion &quot;%1&quot; needs a threshold:</source>
        <translation>断言“%1”需要 threshold:</translation>
    </message>
    <message>
        <source>%1: not a text file (NUL character)</source>
        <translation>%1：不是文本文件（含 NUL 字符）</translation>
    </message>
    <message>
        <source>%1:%2: not valid YAML (%3)</source>
        <translation>%1:%2：不是有效的 YAML（%3）</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>a key must be text</source>
        <translation>键必须是文本</translation>
    </message>
    <message>
        <source>max_tokens must be a whole number from 1 to %1</source>
        <translation>max_tokens 必须是 1 到 %1 之间的整数</translation>
    </message>
</context>
<context>
    <name>TextFiles</name>
    <message>
        <source>standard input cannot be read (%1)</source>
        <translation>无法读取标准输入（%1）</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: 文件不存在</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1: 是文件夹，不是文件</translation>
    </message>
    <message>
        <source>%1: larger than %2 MiB</source>
        <translation>%1: 大于 %2 MiB</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: 无法读取（%2）</translation>
    </message>
</context>
<context>
    <name>Tokens</name>
    <message>
        <source>Count the tokens of each file (or of standard input, -) with one of OpenAI&apos;s encodings, exactly as tiktoken counts them. Invalid UTF-8 counts as U+FFFD. --model uses that model&apos;s tokenizer from the dataset; a model whose tokenizer is not public gets an estimate (tokens_source &quot;estimate&quot;).</source>
        <translation>用 OpenAI 的一种编码计算每个文件（或标准输入 -）的 token 数，与 tiktoken 的计数完全相同。无效的 UTF-8 按 U+FFFD 计。--model 使用数据集中该模型的分词器；分词器未公开的模型得到估算值（tokens_source “estimate”）。</translation>
    </message>
    <message>
        <source>o200k_base (GPT-4o, GPT-4o mini; the default) or cl100k_base (GPT-4, GPT-3.5 Turbo).</source>
        <translation>o200k_base（GPT-4o、GPT-4o mini；默认）或 cl100k_base（GPT-4、GPT-3.5 Turbo）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Count with this model&apos;s tokenizer (an id of the dataset).</source>
        <translation>用该模型的分词器计数（数据集中的 id）。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Output format: text or json (default text).</source>
        <translation>输出格式：text 或 json（默认 text）。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>The files to count; - reads standard input.</source>
        <translation>要计数的文件；- 读取标准输入。</translation>
    </message>
    <message>
        <source>modeldesk %1: %2</source>
        <translation>modeldesk %1: %2</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not text or json</source>
        <translation>--format: “%1”不是 text 或 json</translation>
    </message>
    <message>
        <source>--encoding and --model exclude each other</source>
        <translation>--encoding 与 --model 不能同时使用</translation>
    </message>
    <message>
        <source>no file given (use - for standard input)</source>
        <translation>未指定文件（用 - 表示标准输入）</translation>
    </message>
    <message>
        <source>--encoding: unknown encoding &quot;%1&quot; (known: %2)</source>
        <translation>--encoding: 未知编码“%1”（已知：%2）</translation>
    </message>
    <message>
        <source>--model: unknown model id &quot;%1&quot;</source>
        <translation>--model: 未知模型 id“%1”</translation>
    </message>
    <message>
        <source>%1: %2 tokens (%3; %4 bytes, %5 characters)</source>
        <translation>%1: %2 个 token（%3；%4 字节，%5 个字符）</translation>
    </message>
    <message>
        <source>estimate: the model&apos;s tokenizer is not public</source>
        <translation>估算：该模型的分词器未公开</translation>
    </message>
    <message>
        <source>total: %1 tokens</source>
        <translation>合计：%1 个 token</translation>
    </message>
    <message>
        <source>Count tokens of files with OpenAI&apos;s encodings</source>
        <translation>用 OpenAI 的编码计算文件的 token 数</translation>
    </message>
</context>
<context>
    <name>TrialCommand</name>
    <message>
        <source>The endpoint, e.g. https://api.openai.com/v1 or http://localhost:11434/v1.</source>
        <translation>端点，例如 https://api.openai.com/v1 或 http://localhost:11434/v1。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>An API model id; repeat for up to four models.</source>
        <translation>API 模型 ID；可重复指定，最多四个模型。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The prompt.</source>
        <translation>提示词。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>A system prompt.</source>
        <translation>系统提示词。</translation>
    </message>
    <message>
        <source>Sampling temperature, 0 to 2 (default: the server&apos;s).</source>
        <translation>采样温度，0 到 2（默认：由服务器决定）。</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>Most tokens to generate per answer.</source>
        <translation>每个回答最多生成的 token 数。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Ask for whole answers instead of a stream.</source>
        <translation>请求完整回答，而不是流式输出。</translation>
    </message>
    <message>
        <source>Output format: markdown (default) or json.</source>
        <translation>输出格式：markdown（默认）或 json。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>modeldesk trial: %1</source>
        <translation>modeldesk trial: %1</translation>
    </message>
    <message>
        <source>--base-url is required.</source>
        <translation>必须提供 --base-url。</translation>
    </message>
    <message>
        <source>give one to %1 --model options.</source>
        <translation>请提供 1 到 %1 个 --model 选项。</translation>
    </message>
    <message>
        <source>--prompt is required.</source>
        <translation>必须提供 --prompt。</translation>
    </message>
    <message>
        <source>--format must be markdown or json, not &quot;%1&quot;.</source>
        <translation>--format 必须是 markdown 或 json，而不是“%1”。</translation>
    </message>
    <message>
        <source>--temperature must be a number from 0 to 2, not &quot;%1&quot;.</source>
        <translation>--temperature 必须是 0 到 2 之间的数字，而不是“%1”。</translation>
    </message>
    <message>
        <source>--max-tokens must be a whole number above 0, not &quot;%1&quot;.</source>
        <translation>--max-tokens 必须是大于 0 的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation>--base-url: %1</translation>
    </message>
    <message>
        <source>Send a prompt to models at an OpenAI-compatible API</source>
        <translation>向兼容 OpenAI 的 API 上的模型发送提示词</translation>
    </message>
    <message>
        <source>Sends one prompt to up to four models at an OpenAI-compatible endpoint and prints the answers with time to first token, total time, tokens and cost. The API key comes from MODELDESK_API_KEY or OPENAI_API_KEY. When the server reports no usage, the tokens are counted with the model&apos;s tokenizer (tokens_source &quot;tokenizer&quot;) or estimated (&quot;estimate&quot;); cost is null for a model without a price.
Exit status: 0 when every model answered, 1 when one failed, 2 for bad usage.</source>
        <translation>向 OpenAI 兼容端点上的最多四个模型发送同一提示词，并输出回答及首 token 时间、总时间、token 数和费用。API 密钥取自 MODELDESK_API_KEY 或 OPENAI_API_KEY。服务器未报告用量时，token 用模型的分词器计数（tokens_source “tokenizer”）或估算（“estimate”）；没有价格的模型费用为 null。
退出状态：每个模型都回答时为 0，有一个失败时为 1，用法错误时为 2。</translation>
    </message>
</context>
<context>
    <name>TrialFormat</name>
    <message>
        <source>%1%2 in + %1%3 out tokens</source>
        <translation>输入 %1%2 + 输出 %1%3 个 token</translation>
    </message>
    <message>
        <source>(estimated: the server sent no usage)</source>
        <translation>（估算值：服务器未返回用量）</translation>
    </message>
    <message>
        <source>cost n/a (no price in the dataset)</source>
        <translation>费用暂无（数据集中没有价格）</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>TTFT %1 · total %2 s · %3 tok/s</source>
        <translation>首 token 时间 %1 · 总计 %2 秒 · %3 token/秒</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Trial of %1</source>
        <translation>%1 的试用</translation>
    </message>
    <message>
        <source>Temperature: %1</source>
        <translation>温度：%1</translation>
    </message>
    <message>
        <source>server default</source>
        <translation>服务器默认值</translation>
    </message>
    <message>
        <source>Max tokens: %1</source>
        <translation>最大 token 数：%1</translation>
    </message>
    <message>
        <source>System prompt: %1</source>
        <translation>系统提示词：%1</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>total %1 s</source>
        <translation>总计 %1 秒</translation>
    </message>
    <message>
        <source>no answer: no tokens, no cost</source>
        <translation>无回答：无 token，无费用</translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation>最快</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>最便宜</translation>
    </message>
    <message>
        <source>(counted with the model&apos;s tokenizer: the server sent no usage)</source>
        <translation>（用模型的分词器计数：服务器未发送用量）</translation>
    </message>
</context>
<context>
    <name>TrialHistory</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged at byte %2: %3</source>
        <translation>%1 在第 %2 字节处已损坏：%3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>VoteJson</name>
    <message>
        <source>%1 must be text, got %2</source>
        <translation>%1 必须是文本，实际为 %2</translation>
    </message>
    <message>
        <source>%1 must be an object, got %2</source>
        <translation>%1 必须是对象，实际为 %2</translation>
    </message>
    <message>
        <source>%1.%2 must be a number of at least 0, got %3</source>
        <translation>%1.%2 必须是不小于 0 的数，实际为 %3</translation>
    </message>
    <message>
        <source>%1.output_tokens must be a whole number of at least 0, got %2</source>
        <translation>%1.output_tokens 必须是不小于 0 的整数，实际为 %2</translation>
    </message>
    <message>
        <source>must be an object with model_a, model_b and winner, got %1</source>
        <translation>必须是含有 model_a、model_b 和 winner 的对象，实际为 %1</translation>
    </message>
    <message>
        <source>%1 must be a model name, got %2</source>
        <translation>%1 必须是模型名称，实际为 %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <source>winner must be &quot;model_a&quot;, &quot;model_b&quot;, &quot;tie&quot; or &quot;tie (bothbad)&quot;, got %1</source>
        <translation>winner 必须是 &quot;model_a&quot;、&quot;model_b&quot;、&quot;tie&quot; 或 &quot;tie (bothbad)&quot;，实际为 %1</translation>
    </message>
    <message>
        <source>tstamp must be seconds since 1970, got %1</source>
        <translation>tstamp 必须是自 1970 年起的秒数，实际为 %1</translation>
    </message>
    <message>
        <source>time must be an ISO 8601 date and time, got %1</source>
        <translation>time 必须是 ISO 8601 日期时间，实际为 %1</translation>
    </message>
    <message>
        <source>turn must be a whole number of at least 1, got %1</source>
        <translation>turn 必须是不小于 1 的整数，实际为 %1</translation>
    </message>
</context>
<context>
    <name>VotesFile</name>
    <message>
        <source>not valid JSON</source>
        <translation>不是有效的 JSON</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice</source>
        <translation>键“%1”出现了两次</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 无法读取：%2</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MiB</source>
        <translation>%1: 文件超过 %2 MiB</translation>
    </message>
    <message>
        <source>%1: line %2 is incomplete (%3); skipped</source>
        <translation>%1: 第 %2 行不完整（%3）；已跳过</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: 第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1: line %2 compares %3 with itself; skipped</source>
        <translation>%1: 第 %2 行将 %3 与自身比较；已跳过</translation>
    </message>
</context>
<context>
    <name>WorkloadOptions</name>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number from 0 to %3</source>
        <translation>--%1: “%2”不是 0 到 %3 之间的整数</translation>
    </message>
    <message>
        <source>Prompt tokens per request.</source>
        <translation>每个请求的提示词 token 数。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Output tokens per request.</source>
        <translation>每个请求的输出 token 数。</translation>
    </message>
    <message>
        <source>Requests per day or month (see --per).</source>
        <translation>每天或每月的请求数（见 --per）。</translation>
    </message>
    <message>
        <source>Period of --requests: day or month (default month).</source>
        <translation>--requests 的统计周期：day 或 month（默认为 month）。</translation>
    </message>
    <message>
        <source>period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Percent of input tokens read from the prompt cache, 0-100 (default 0).</source>
        <translation>从提示词缓存读取的输入 token 所占百分比，0-100（默认为 0）。</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Use Batch API prices where a model has them.</source>
        <translation>模型有批量 API 价格时使用该价格。</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>必须提供 --%1</translation>
    </message>
    <message>
        <source>--per: &quot;%1&quot; is not day or month</source>
        <translation>--per: “%1”不是 day 或 month</translation>
    </message>
    <message>
        <source>Percent of input tokens written to the prompt cache, 0-100 (default 0).</source>
        <translation>写入提示词缓存的输入 token 所占百分比，0-100（默认为 0）。</translation>
    </message>
    <message>
        <source>Price with the entries in force on this day, YYYY-MM-DD (default: the newest).</source>
        <translation>按此日期（YYYY-MM-DD）生效的价格条目计价（默认：最新条目）。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>--as-of: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--as-of: “%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a percentage from 0 to 100 (at most two decimals)</source>
        <translation>--%1: “%2”不是 0 到 100 之间的百分比（最多两位小数）</translation>
    </message>
    <message>
        <source>--%1: %2 is over 100 percent</source>
        <translation>--%1: %2 超过 100%</translation>
    </message>
    <message>
        <source>--cached-share and --cache-write-share: together over 100 percent</source>
        <translation>--cached-share 与 --cache-write-share：合计超过 100%</translation>
    </message>
</context>
<context>
    <name>WorkloadPresets</name>
    <message>
        <source>Customer-support chat</source>
        <translation>客服聊天</translation>
    </message>
    <message>
        <source>Long-context: whole code base</source>
        <translation>长上下文：整个代码库</translation>
    </message>
    <message>
        <source>Code assistant</source>
        <translation>代码助手</translation>
    </message>
    <message>
        <source>Batch receipt extraction</source>
        <translation>批量提取收据信息</translation>
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
        <translation>比较回答</translation>
    </message>
    <message>
        <source>&amp;First answer:</source>
        <translation>第一个回答(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Second answer:</source>
        <translation>第二个回答(&amp;S)：</translation>
    </message>
    <message>
        <source>&lt;s&gt;Struck-through&lt;/s&gt; words are only in the first answer, &lt;u&gt;underlined&lt;/u&gt; words only in the second.</source>
        <translation>&lt;s&gt;删除线&lt;/s&gt;标出的词仅出现在第一个回答中，&lt;u&gt;下划线&lt;/u&gt;标出的词仅出现在第二个回答中。</translation>
    </message>
</context>
<context>
    <name>md::ArenaLeaderboard</name>
    <message>
        <source>Arena Leaderboard</source>
        <translation>竞技场排行榜</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>How often the row&apos;s model beat the column&apos;s model (ties count half)</source>
        <translation>行所在模型胜过列所在模型的比例（平局算半场胜利）</translation>
    </message>
    <message>
        <source>Win Rates</source>
        <translation>胜率</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Update Dataset</source>
        <translation>更新数据集</translation>
    </message>
    <message>
        <source>Write these ratings into the dataset as the benchmark &quot;Arena (private)&quot; (one undo step), so they appear in the ranking and value charts</source>
        <translation>将这些评分作为基准测试“Arena (private)”写入数据集（一步撤销），使其出现在排名图和性价比图中</translation>
    </message>
    <message>
        <source>Arena (private): rating with 95% interval</source>
        <translation>Arena (private)：评分及 95% 区间</translation>
    </message>
    <message numerus="yes">
        <source>%n votes, Bradley–Terry on the Elo scale (mean 1000)</source>
        <translation>
            <numerusform>%n 票，Elo 尺度上的 Bradley–Terry 模型（均值 1000）</numerusform>
        </translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Elo</source>
        <translation>Elo</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95% 区间</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>票数</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>胜率</translation>
    </message>
    <message numerus="yes">
        <source>%1 against %2: %3% of %n votes</source>
        <translation>
            <numerusform>%1 对 %2：%n 票中胜率 %3%</numerusform>
        </translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>No votes yet%1.</source>
        <translation>还没有投票%1。</translation>
    </message>
    <message>
        <source> in the category &quot;%1&quot;</source>
        <translation>（类别“%1”）</translation>
    </message>
    <message numerus="yes">
        <source>%n votes; 95% intervals from 1,000 bootstrap rounds. Rank 1 + the number of models clearly above. * fewer than 30 votes: preliminary.</source>
        <translation>
            <numerusform>%n 票；95% 区间来自 1,000 轮 bootstrap 重抽样。排名 = 1 + 明显领先的模型数。* 少于 30 票：初步结果。</numerusform>
        </translation>
    </message>
    <message>
        <source>These groups were never compared with each other, so their ratings cannot be compared: %1</source>
        <translation>以下几组模型之间从未互相比较过，其评分无法相互比较：%1</translation>
    </message>
    <message>
        <source>None of the rated models is in the dataset; nothing was written.</source>
        <translation>已评分的模型都不在数据集中；未写入任何内容。</translation>
    </message>
    <message>
        <source>Update Arena (private)</source>
        <translation>更新 Arena (private)</translation>
    </message>
    <message>
        <source>The dataset refused the ratings.</source>
        <translation>数据集拒绝了这些评分。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n ratings into the dataset as &quot;Arena (private)&quot;; Edit &gt; Undo takes them back.</source>
        <translation>
            <numerusform>已将 %n 个评分作为“Arena (private)”写入数据集；“编辑 &gt; 撤销”可将其撤回。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the dataset: %1.</source>
        <translation>不在数据集中：%1。</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 图像 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>md::ArenaPanel</name>
    <message>
        <source>Ask</source>
        <translation>提问</translation>
    </message>
    <message>
        <source>Next Pair</source>
        <translation>下一对</translation>
    </message>
    <message>
        <source>New Prompt</source>
        <translation>新提示词</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Leaderboard…</source>
        <translation>排行榜…</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>An optional tag for this prompt (coding, writing, Chinese, …): the leaderboard can rate each category on its own</source>
        <translation>此提示词的可选标签（编程、写作、中文……）：排行榜可以按类别分别评分</translation>
    </message>
    <message>
        <source>coding</source>
        <translation>编程</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>写作</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>A prompt from your own work. Two models from the selection answer it blind; vote for the better answer.</source>
        <translation>来自你自己工作的提示词。所选模型中的两个会匿名作答；请投票给更好的回答。</translation>
    </message>
    <message>
        <source>Send the prompt to a new pair of models (Ctrl+Return)</source>
        <translation>将提示词发给新的一对模型（Ctrl+Return）</translation>
    </message>
    <message>
        <source>A Is Better</source>
        <translation>A 更好</translation>
    </message>
    <message>
        <source>Model A gave the better answer (1)</source>
        <translation>模型 A 的回答更好（1）</translation>
    </message>
    <message>
        <source>B Is Better</source>
        <translation>B 更好</translation>
    </message>
    <message>
        <source>Model B gave the better answer (2)</source>
        <translation>模型 B 的回答更好（2）</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>平局</translation>
    </message>
    <message>
        <source>Both answers are about as good (3)</source>
        <translation>两个回答差不多好（3）</translation>
    </message>
    <message>
        <source>Both Are Bad</source>
        <translation>都不好</translation>
    </message>
    <message>
        <source>Neither answer is good enough; counts as a tie (4)</source>
        <translation>两个回答都不够好；按平局计（4）</translation>
    </message>
    <message>
        <source>The same prompt to another pair of models</source>
        <translation>把同一个提示词发给另一对模型</translation>
    </message>
    <message>
        <source>Clear the prompt and write a new one</source>
        <translation>清空提示词，写一个新的</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message numerus="yes">
        <source>Vote recorded (%n in all). Next Pair asks two other models the same prompt.</source>
        <translation>
            <numerusform>已记录投票（共 %n 票）。“下一对”会把同一个提示词发给另外两个模型。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pool: %n models from the selection, paired blind.</source>
        <translation>
            <numerusform>模型池：所选的 %n 个模型，匿名配对。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The arena needs at least two models that a provider offers: tick them in the Overview&apos;s model list and set up a provider under Side by Side &gt; Providers… (%n in the pool now).</source>
        <translation>
            <numerusform>竞技场至少需要两个由服务商提供的模型：在“总览”的模型列表中勾选它们，并在“并排对比 &gt; 服务商…”中设置服务商（当前模型池中有 %n 个）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Model A</source>
        <translation>模型 A</translation>
    </message>
    <message>
        <source>Model B</source>
        <translation>模型 B</translation>
    </message>
    <message>
        <source>Which answer is better? Vote with 1–4; names, speed and cost show after the vote.</source>
        <translation>哪个回答更好？用 1–4 投票；投票后才显示名称、速度和费用。</translation>
    </message>
    <message>
        <source>Both models are answering…</source>
        <translation>两个模型正在作答…</translation>
    </message>
    <message>
        <source>Model A: %1</source>
        <translation>模型 A：%1</translation>
    </message>
    <message>
        <source>Model B: %1</source>
        <translation>模型 B：%1</translation>
    </message>
</context>
<context>
    <name>md::CalculatorPanel</name>
    <message>
        <source>Workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <source>Every model&apos;s cost is also said relative to this one</source>
        <translation>每个模型的成本还会以相对于此模型的比例显示</translation>
    </message>
    <message>
        <source>The benchmark whose points the &quot;per point&quot; column prices</source>
        <translation>“每分”列据以计价的基准测试</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>&amp;Baseline model:</source>
        <translation>基准模型(&amp;B)：</translation>
    </message>
    <message>
        <source>Cost per point &amp;of:</source>
        <translation>每分成本依据(&amp;O)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No batch prices for %1: list prices used.</source>
        <translation>%1 没有批量价格：已使用标价。</translation>
    </message>
    <message>
        <source>⚠ The request is too long for %1 of %2 models (context window or max output).</source>
        <translation>⚠ 对 %2 个模型中的 %1 个而言，请求过长（超出上下文窗口或最大输出）。</translation>
    </message>
    <message>
        <source>Search the table</source>
        <translation>搜索表格</translation>
    </message>
    <message>
        <source>Name, id, vendor or provider; every word must match</source>
        <translation>名称、ID、厂商或提供方；须匹配每个词</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Choose the columns of the table</source>
        <translation>选择表格显示的列</translation>
    </message>
    <message>
        <source>Click to sort; right-click or use Columns to choose the columns</source>
        <translation>点击排序；右键或使用“列”按钮选择显示的列</translation>
    </message>
    <message>
        <source>No model selected: tick models in the list above.</source>
        <translation>未选择模型：请在上方列表中勾选模型。</translation>
    </message>
    <message>
        <source>No selected model has a price.</source>
        <translation>所选模型均无价格。</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more at the same price</source>
        <translation>
            <numerusform>%1 以及另外 %Ln 个同价模型</numerusform>
        </translation>
    </message>
    <message>
        <source>Cheapest for this workload: %1, free.</source>
        <translation>此工作负载下最便宜：%1，免费。</translation>
    </message>
    <message>
        <source>Cheapest for this workload: %1, %2 a day.</source>
        <translation>此工作负载下最便宜：%1，每天 %2。</translation>
    </message>
    <message>
        <source>Cheapest for this workload: %1, %2 a month.</source>
        <translation>此工作负载下最便宜：%1，每月 %2。</translation>
    </message>
    <message numerus="yes">
        <source>No batch prices for %1 and %Ln more: list prices used.</source>
        <translation>
            <numerusform>%1 以及另外 %Ln 个模型没有批量价格：已使用标价。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Baseline model&lt;/b&gt;&lt;br&gt;Every model&apos;s cost is also given relative to this one: in the &quot;vs. baseline&quot; column and in the sentence above the table. A baseline that cannot take the request is said so, not compared.</source>
        <translation>&lt;b&gt;基准模型&lt;/b&gt;&lt;br&gt;每个模型的成本还会与此模型相比：见“相对基准”一栏和表格上方的说明。若基准模型无法接受该请求，会注明，而不作比较。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cost per point&lt;/b&gt;&lt;br&gt;The monthly cost divided by the model&apos;s score on this benchmark: what each point of the score costs. Models without that score show n/a.</source>
        <translation>&lt;b&gt;每分成本&lt;/b&gt;&lt;br&gt;每月成本除以模型在此基准测试上的得分：即每一分的花费。没有该得分的模型显示“暂无”。</translation>
    </message>
    <message>
        <source>From &amp;Text…</source>
        <translation>从文本计算(&amp;T)…</translation>
    </message>
    <message>
        <source>Count each model&apos;s tokens in a typical request and answer, with its own tokenizer</source>
        <translation>用各模型自己的分词器计算典型请求和回答的 token 数</translation>
    </message>
    <message>
        <source>Use Typed Numbers</source>
        <translation>使用输入的数字</translation>
    </message>
    <message numerus="yes">
        <source>Input tokens counted per model in a request of %n characters (Tokens column).</source>
        <translation>
            <numerusform>已按模型计算 %n 个字符的请求的输入 token（见 Token 列）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Input and output tokens counted per model in a request of %n characters and its answer (Tokens column).</source>
        <translation>
            <numerusform>已按模型计算 %n 个字符的请求及其回答的输入和输出 token（见 Token 列）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ChartPanel</name>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Follow System</source>
        <translation>跟随系统(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>No models selected</source>
        <translation>未选择模型</translation>
    </message>
    <message>
        <source>Tick models in the list, or use Top or All shown</source>
        <translation>请在列表中勾选模型，或使用“前 N 个”或“全选所示”</translation>
    </message>
</context>
<context>
    <name>md::ChartSelector</name>
    <message>
        <source>What kind of chart to draw</source>
        <translation>要绘制的图表类型</translation>
    </message>
    <message>
        <source>The benchmark the models are ranked on</source>
        <translation>用于给模型排名的基准测试</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>图表(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Ranked on:</source>
        <translation>排名依据(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Benchmarks</source>
        <translation>基准测试(&amp;B)</translation>
    </message>
    <message>
        <source>Benchmarks shown (the value chart averages the checked ones)</source>
        <translation>显示的基准测试（性价比图表取所勾选基准测试的平均值）</translation>
    </message>
</context>
<context>
    <name>md::CostBarChart</name>
    <message>
        <source>Cost per day</source>
        <translation>每日成本</translation>
    </message>
    <message>
        <source>Cost per month</source>
        <translation>每月成本</translation>
    </message>
    <message>
        <source>%1 in + %2 out tokens × %3 a day</source>
        <translation>输入 %1 + 输出 %2 个 token × 每天 %3 次</translation>
    </message>
    <message>
        <source>%1 in + %2 out tokens × %3 a month</source>
        <translation>输入 %1 + 输出 %2 个 token × 每月 %3 次</translation>
    </message>
    <message>
        <source>Batch API prices where a model has them</source>
        <translation>模型有批量 API 价格时使用该价格</translation>
    </message>
    <message>
        <source>%1 · cheapest</source>
        <translation>%1 · 最便宜</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>⚠ request too long for the model</source>
        <translation>⚠ 请求对该模型而言过长</translation>
    </message>
    <message>
        <source>the %1 cheapest</source>
        <translation>最便宜的 %1 个</translation>
    </message>
    <message>
        <source>free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>each model&apos;s counted tokens × %1 a day</source>
        <translation>各模型计数的 token × 每天 %1 次</translation>
    </message>
    <message>
        <source>each model&apos;s counted tokens × %1 a month</source>
        <translation>各模型计数的 token × 每月 %1 次</translation>
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
        <translation>每百万 token 所用价格：输入 %1，缓存输入 %2，输出 %3</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>基准模型</translation>
    </message>
    <message>
        <source>A month is %1 days</source>
        <translation>一个月按 %1 天计</translation>
    </message>
    <message>
        <source>What 1M tokens of this workload cost, input and output together</source>
        <translation>此工作负载每百万 token 的成本（输入与输出合计）</translation>
    </message>
    <message>
        <source>Cost of the workload compared with the baseline model</source>
        <translation>工作负载成本与基准模型的对比</translation>
    </message>
    <message>
        <source>Monthly cost divided by the model&apos;s score on the chosen benchmark</source>
        <translation>月成本除以模型在所选基准测试上的得分</translation>
    </message>
    <message>
        <source>Input part</source>
        <translation>输入部分</translation>
    </message>
    <message>
        <source>Output part</source>
        <translation>输出部分</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Blended $/1M</source>
        <translation>综合 $/百万</translation>
    </message>
    <message>
        <source>vs. baseline</source>
        <translation>相对基准模型</translation>
    </message>
    <message>
        <source>Per point / month</source>
        <translation>每分 / 月</translation>
    </message>
    <message>
        <source>Per %1 point / month</source>
        <translation>每 %1 分 / 月</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>The baseline %1 cannot serve this workload (the request is longer than it takes), so nothing is compared with it</source>
        <translation>基准模型 %1 无法承担此工作负载（请求超出其所能接受的长度），因此不与其比较</translation>
    </message>
    <message>
        <source>%1 cannot serve this workload (the request is longer than it takes), so it is not compared with %2</source>
        <translation>%1 无法承担此工作负载（请求超出其所能接受的长度），因此不与 %2 比较</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>Input and output tokens of one request on this model; ~ marks an estimate (the model&apos;s tokenizer is not public)</source>
        <translation>该模型上一次请求的输入和输出 token；~ 表示估算（该模型的分词器未公开）</translation>
    </message>
    <message>
        <source>Tokens in + out</source>
        <translation>输入 + 输出 token</translation>
    </message>
</context>
<context>
    <name>md::DataDelegate</name>
    <message>
        <source>n/a</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>US dollars per 1M tokens; step below $0 for n/a</source>
        <translation>每百万 token 的美元价格；调到 $0 以下表示暂无</translation>
    </message>
    <message>
        <source>Score 0–100; step below 0 for n/a (not reported)</source>
        <translation>得分 0–100；调到 0 以下表示暂无（未公布）</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> 个 token</translation>
    </message>
</context>
<context>
    <name>md::DataView</name>
    <message>
        <source>Search models by name, id or vendor</source>
        <translation>按名称、ID 或厂商搜索模型</translation>
    </message>
    <message>
        <source>Every word must match (Ctrl+F)</source>
        <translation>须匹配每个词（Ctrl+F）</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>添加模型</translation>
    </message>
    <message>
        <source>Add a model to the dataset</source>
        <translation>向数据集添加模型</translation>
    </message>
    <message>
        <source>Remove models</source>
        <translation>删除模型</translation>
    </message>
    <message>
        <source>Remove the selected models (Delete)</source>
        <translation>删除所选模型（Delete）</translation>
    </message>
    <message>
        <source>Add benchmark</source>
        <translation>添加基准测试</translation>
    </message>
    <message>
        <source>Add a score column</source>
        <translation>添加一列得分</translation>
    </message>
    <message>
        <source>Remove benchmark</source>
        <translation>移除基准测试</translation>
    </message>
    <message>
        <source>Remove the benchmark of the current column and its scores</source>
        <translation>移除当前列的基准测试及其得分</translation>
    </message>
    <message>
        <source>%1 models</source>
        <translation>%1 个模型</translation>
    </message>
    <message>
        <source>%1 of %2 models</source>
        <translation>%1 / %2 个模型</translation>
    </message>
    <message>
        <source>Add Model</source>
        <translation>添加模型</translation>
    </message>
    <message>
        <source>Name of the new model:</source>
        <translation>新模型的名称：</translation>
    </message>
    <message>
        <source>Add Benchmark</source>
        <translation>添加基准测试</translation>
    </message>
    <message>
        <source>Name of the benchmark (scores 0–100):</source>
        <translation>基准测试名称（得分为 0–100）：</translation>
    </message>
    <message>
        <source>Remove Benchmark</source>
        <translation>移除基准测试</translation>
    </message>
    <message>
        <source>Select a cell in the benchmark&apos;s column first.</source>
        <translation>请先选中该基准测试所在列中的一个单元格。</translation>
    </message>
</context>
<context>
    <name>md::DatasetDocument</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>The dataset has no file yet; choose one with Save As.</source>
        <translation>该数据集还没有文件，请通过“另存为”选择一个文件。</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>编辑 %2 的 %1</translation>
    </message>
    <message>
        <source>Add model %1</source>
        <translation>添加模型 %1</translation>
    </message>
    <message>
        <source>Remove model %1</source>
        <translation>移除模型 %1</translation>
    </message>
    <message>
        <source>Remove %1 models</source>
        <translation>移除 %1 个模型</translation>
    </message>
    <message>
        <source>Add benchmark %1</source>
        <translation>添加基准测试 %1</translation>
    </message>
    <message>
        <source>Remove benchmark %1</source>
        <translation>移除基准测试 %1</translation>
    </message>
    <message>
        <source>Set scores on %1</source>
        <translation>设置 %1 的分数</translation>
    </message>
    <message>
        <source>Replace the prices of %1</source>
        <translation>替换 %1 的价格</translation>
    </message>
    <message>
        <source>Import from %1</source>
        <translation>从 %1 导入</translation>
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
    <message>
        <source>Cache write $/1M</source>
        <translation>缓存写入 $/百万</translation>
    </message>
    <message>
        <source>Tokenizer</source>
        <translation>分词器</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
</context>
<context>
    <name>md::DocumentController</name>
    <message>
        <source>%1[*] — ModelDesk</source>
        <translation>%1[*] — ModelDesk</translation>
    </message>
    <message>
        <source>&amp;New Dataset</source>
        <translation>新建数据集(&amp;N)</translation>
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
        <source>Open &amp;Recent</source>
        <translation>打开最近的文件(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export Data…</source>
        <translation>导出数据(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the dataset as JSON, CSV or a Markdown table</source>
        <translation>将数据集导出为 JSON、CSV 或 Markdown 表格</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation>“%1”有尚未保存的更改。是否先保存？</translation>
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
        <source>Cannot save dataset</source>
        <translation>无法保存数据集</translation>
    </message>
    <message>
        <source>Save Dataset As</source>
        <translation>数据集另存为</translation>
    </message>
    <message>
        <source>ModelDesk datasets (*.json)</source>
        <translation>ModelDesk 数据集 (*.json)</translation>
    </message>
    <message>
        <source>Import from %1</source>
        <translation>从 %1 导入</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>CSV, one row per model (*.csv)</source>
        <translation>CSV，每个模型一行 (*.csv)</translation>
    </message>
    <message>
        <source>Markdown table (*.md)</source>
        <translation>Markdown 表格 (*.md)</translation>
    </message>
    <message>
        <source>ModelDesk dataset (*.json)</source>
        <translation>ModelDesk 数据集 (*.json)</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>an unsaved dataset</source>
        <translation>一个未保存的数据集</translation>
    </message>
    <message>
        <source>Restore Unsaved Changes?</source>
        <translation>恢复未保存的更改？</translation>
    </message>
    <message>
        <source>ModelDesk did not close properly. Unsaved changes to %1 from %2 were kept.

Restore them?</source>
        <translation>ModelDesk 上次未正常关闭。已保留 %2 时对 %1 所做的未保存更改。

是否恢复这些更改？</translation>
    </message>
    <message>
        <source>Cannot restore changes</source>
        <translation>无法恢复更改</translation>
    </message>
    <message>
        <source>Import from %1…</source>
        <translation>从 %1 导入…</translation>
    </message>
    <message>
        <source>Merge prices from %1</source>
        <translation>从 %1 合并价格</translation>
    </message>
    <message>
        <source>Update &amp;Prices…</source>
        <translation>更新价格(&amp;P)…</translation>
    </message>
    <message>
        <source>Fetch a public price list now and review what it would change</source>
        <translation>立即获取公开价格列表，并查看它会改变什么</translation>
    </message>
    <message>
        <source>Update prices from %1</source>
        <translation>从 %1 更新价格</translation>
    </message>
</context>
<context>
    <name>md::ExportChartDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>The format follows the extension: .png, .svg or .pdf (SVG and PDF are vector, with text as text)</source>
        <translation>格式由扩展名决定：.png、.svg 或 .pdf（SVG 和 PDF 为矢量格式，文字保留为文本）</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Pixels per chart pixel in a PNG: 2 gives a sharp image on high-density screens and in print</source>
        <translation>PNG 中每个图表像素对应的像素数：设为 2 可在高分辨率屏幕上和打印时获得清晰的图像</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>尺寸(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;cale (PNG):</source>
        <translation>缩放倍数（PNG）(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图像 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The format follows the extension: .png, .svg or .pdf</source>
        <translation>格式由扩展名决定：.png、.svg 或 .pdf</translation>
    </message>
    <message>
        <source>Overview chart (benchmarks)</source>
        <translation>概览图表（基准测试）</translation>
    </message>
    <message>
        <source>Cost chart (calculator)</source>
        <translation>成本图表（计算器）</translation>
    </message>
    <message>
        <source>The chart on the Overview page as it is set up, or the calculator&apos;s cost chart for its workload</source>
        <translation>按当前设置的“概览”页图表，或计算器针对其工作负载的成本图表</translation>
    </message>
    <message>
        <source>As in the window</source>
        <translation>与窗口相同</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Light suits print and most documents; dark suits dark slides and pages</source>
        <translation>浅色适合打印和大多数文档；深色适合深色幻灯片和页面</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>图表(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>md::GettingStartedDialog</name>
    <message>
        <source>&lt;h2&gt;Getting started with ModelDesk&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Overview&lt;/b&gt; compares models on benchmarks: pick the chart, the models and the benchmarks on the left. The calculator below prices a workload on every model.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data&lt;/b&gt; holds the dataset: edit scores and prices in place, import prices with File &amp;gt; Import, and save your copy with File &amp;gt; Save As.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Trials&lt;/b&gt; sends one prompt to several models side by side, with the providers you set up there.&lt;/p&gt;&lt;p&gt;File &amp;gt; Export Chart saves the chart as PNG, SVG or PDF; Help &amp;gt; Keyboard Shortcuts lists every shortcut. Run &lt;code&gt;modeldesk --help&lt;/code&gt; for the commands that need no window.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ModelDesk 入门&lt;/h2&gt;&lt;p&gt;&lt;b&gt;概览&lt;/b&gt;页按基准测试比较模型：在左侧选择图表、模型和基准测试。下方的计算器给出同一工作负载在每个模型上的费用。&lt;/p&gt;&lt;p&gt;&lt;b&gt;数据&lt;/b&gt;页保存数据集：可直接编辑分数和价格，用“文件 &amp;gt; 导入”导入价格，用“文件 &amp;gt; 另存为”保存你自己的副本。&lt;/p&gt;&lt;p&gt;&lt;b&gt;试用&lt;/b&gt;页把同一个提示词并排发送给多个模型，使用你在该页设置的提供商。&lt;/p&gt;&lt;p&gt;“文件 &amp;gt; 导出图表”把图表保存为 PNG、SVG 或 PDF；“帮助 &amp;gt; 键盘快捷键”列出所有快捷键。运行 &lt;code&gt;modeldesk --help&lt;/code&gt; 查看无需窗口的命令。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>入门</translation>
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
        <translation>部分数值过窄，无法显示标签：请将鼠标悬停在柱条上，或减少显示的模型数量。</translation>
    </message>
    <message>
        <source>n/a (not reported)</source>
        <translation>暂无（未报告）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln model(s) without any of these scores not shown</source>
        <translation>
            <numerusform>%Ln 个模型没有这些基准测试的得分，未显示</numerusform>
        </translation>
    </message>
    <message>
        <source>Some values are too narrow to label: show fewer models, or export larger.</source>
        <translation>部分数值的柱太窄，无法标注：请显示更少的模型，或导出更大的尺寸。</translation>
    </message>
</context>
<context>
    <name>md::ImportPreviewDialog</name>
    <message>
        <source>%1 in / %2 out per 1M, context %3</source>
        <translation>每百万 token 输入 %1 / 输出 %2，上下文 %3</translation>
    </message>
    <message>
        <source>Import from %1</source>
        <translation>从 %1 导入</translation>
    </message>
    <message>
        <source>Model / field</source>
        <translation>模型 / 字段</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入值</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1（来自 %2）</translation>
    </message>
    <message>
        <source>%1 — edited by hand</source>
        <translation>%1 — 手动编辑</translation>
    </message>
    <message>
        <source>You typed this value in. It is kept unless you tick it.</source>
        <translation>此值是您手动输入的。除非勾选，否则将保留该值。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 entries that are not chat models (embeddings, images, audio, ...) were left out</source>
        <translation>已略去 %1 个非聊天模型的条目（嵌入、图像、音频等）</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Select None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 models to add, %3 changed values to apply; %4 models unchanged, %5 entries skipped as malformed. Values you edited by hand (in italics) are kept unless you tick them.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 将添加 %2 个模型，应用 %3 处更改的值；%4 个模型无变化，%5 个格式有误的条目已跳过。手动编辑过的值（以斜体显示）将被保留，除非勾选它们。</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未导入</translation>
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
        <translation>数据(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Trials</source>
        <translation>试用(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save the chart as PNG, SVG or PDF at a size of your choice</source>
        <translation>将图表按所选尺寸保存为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>复制图表(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard as an image</source>
        <translation>将图表以图像形式复制到剪贴板</translation>
    </message>
    <message>
        <source>Cannot export chart</source>
        <translation>无法导出图表</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard</source>
        <translation>图表已复制到剪贴板</translation>
    </message>
    <message>
        <source>Export &amp;Chart…</source>
        <translation>导出图表(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>入门(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>List the shortcut of every action</source>
        <translation>列出每个操作的快捷键</translation>
    </message>
    <message>
        <source>&amp;What&apos;s This?</source>
        <translation>这是什么？(&amp;W)</translation>
    </message>
    <message>
        <source>Click a field to learn what it means (the calculator&apos;s inputs explain themselves)</source>
        <translation>点击一个字段以了解其含义（计算器的各输入项均有说明）</translation>
    </message>
    <message>
        <source>&amp;Suites</source>
        <translation>测试套件(&amp;S)</translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation>并排对比</translation>
    </message>
    <message>
        <source>Arena</source>
        <translation>竞技场</translation>
    </message>
</context>
<context>
    <name>md::ModelChart</name>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Prices as of %1</source>
        <translation>价格截至 %1</translation>
    </message>
</context>
<context>
    <name>md::ModelListPanel</name>
    <message>
        <source>Search models (Ctrl+F)</source>
        <translation>搜索模型（Ctrl+F）</translation>
    </message>
    <message>
        <source>Name, id, vendor or provider; every word must match</source>
        <translation>名称、ID、厂商或提供方；须匹配每个词</translation>
    </message>
    <message>
        <source>Models shown in the charts and the calculator. Space or a click ticks one; clicking a model in the chart&apos;s legend unticks it here too.</source>
        <translation>图表和计算器中显示的模型。按空格键或点击可勾选；在图表图例中点击某个模型，也会在此取消勾选。</translation>
    </message>
    <message>
        <source>Only the models of one provider or vendor</source>
        <translation>只显示某一提供方或厂商的模型</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Has scores</source>
        <translation>有得分</translation>
    </message>
    <message>
        <source>Has prices</source>
        <translation>有价格</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Free or priced</source>
        <translation>免费或收费</translation>
    </message>
    <message>
        <source>Free only</source>
        <translation>仅免费</translation>
    </message>
    <message>
        <source>Priced only</source>
        <translation>仅收费</translation>
    </message>
    <message>
        <source>Context window</source>
        <translation>上下文窗口</translation>
    </message>
    <message>
        <source>Any context window</source>
        <translation>任意上下文窗口</translation>
    </message>
    <message>
        <source>At least %1K tokens</source>
        <translation>至少 %1K 个 token</translation>
    </message>
    <message>
        <source>All shown</source>
        <translation>全选所示</translation>
    </message>
    <message>
        <source>Tick every model the search and filters show</source>
        <translation>勾选搜索和筛选显示的所有模型</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Untick every model</source>
        <translation>取消勾选所有模型</translation>
    </message>
    <message>
        <source>How many models &quot;Top&quot; ticks</source>
        <translation>“前 N 个”勾选的模型数量</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>前 N 个</translation>
    </message>
    <message>
        <source>Tick only the best of the shown models by a benchmark, or the cheapest</source>
        <translation>只勾选所示模型中某项基准测试最好的，或最便宜的</translation>
    </message>
    <message>
        <source>Named selections of this dataset</source>
        <translation>此数据集的已命名选择</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save the ticked models under a name, for this dataset</source>
        <translation>以一个名称保存已勾选的模型（仅限此数据集）</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>所有提供方</translation>
    </message>
    <message>
        <source>Cheapest (blended price)</source>
        <translation>最便宜（综合价格）</translation>
    </message>
    <message>
        <source>Best on %1</source>
        <translation>%1 最好</translation>
    </message>
    <message>
        <source>Saved selections…</source>
        <translation>已保存的选择…</translation>
    </message>
    <message>
        <source>Save Selection</source>
        <translation>保存选择</translation>
    </message>
    <message>
        <source>Name of the selection:</source>
        <translation>选择的名称：</translation>
    </message>
    <message>
        <source>My shortlist</source>
        <translation>我的候选名单</translation>
    </message>
    <message>
        <source>%1 of %2 models selected</source>
        <translation>已选择 %2 个模型中的 %1 个</translation>
    </message>
    <message>
        <source>%1 match the search</source>
        <translation>%1 个符合搜索</translation>
    </message>
    <message>
        <source>Tick models, search, or use Top to change what is shown.</source>
        <translation>勾选模型、搜索或使用“前 N 个”可更改显示内容。</translation>
    </message>
</context>
<context>
    <name>md::ModelPicker</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>搜索模型</translation>
    </message>
</context>
<context>
    <name>md::ModelSelection</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>md::PriceHistoryChart</name>
    <message>
        <source>Input, USD per 1M tokens</source>
        <translation>输入，每百万 token 美元</translation>
    </message>
    <message>
        <source>Output, USD per 1M tokens</source>
        <translation>输出，每百万 token 美元</translation>
    </message>
    <message>
        <source>Blended %1:%2, USD per 1M tokens</source>
        <translation>综合 %1:%2，每百万 token 美元</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>Without this price by then: %1</source>
        <translation>截至该日尚无此价格：%1</translation>
    </message>
    <message>
        <source>Prices through time</source>
        <translation>价格随时间的变化</translation>
    </message>
    <message>
        <source>Date the price took effect</source>
        <translation>价格生效日期</translation>
    </message>
</context>
<context>
    <name>md::PriceListFetcher</name>
    <message numerus="yes">
        <source>%1: no complete answer from %2 within %n seconds</source>
        <translation>
            <numerusform>%1: %2 在 %n 秒内没有给出完整回答</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a web address</source>
        <translation>%1 不是网址</translation>
    </message>
    <message>
        <source>%1 redirects from HTTPS to plain http (%2); refused</source>
        <translation>%1 从 HTTPS 重定向到普通 http（%2）；已拒绝</translation>
    </message>
    <message>
        <source>%1 is plain http; price lists are fetched over HTTPS only (plain http only from this machine)</source>
        <translation>%1 是普通 http；价格列表只通过 HTTPS 获取（普通 http 仅限本机）</translation>
    </message>
    <message>
        <source>%1: only https:// addresses can be fetched</source>
        <translation>%1: 只能获取 https:// 地址</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 is %3 MB, more than the %4 MB a price list may be</source>
        <translation>%1: %2 有 %3 MB，超过价格列表上限 %4 MB</translation>
    </message>
    <message>
        <source>%1: %2 sent more than the %3 MB a price list may be</source>
        <translation>%1: %2 发送的数据超过价格列表上限 %3 MB</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: 已取消</translation>
    </message>
    <message>
        <source>%1 is up to date: unchanged since the last update</source>
        <translation>%1 已是最新：自上次更新以来没有变化</translation>
    </message>
    <message>
        <source>%1: %2 answered HTTP %3 %4</source>
        <translation>%1: %2 返回 HTTP %3 %4</translation>
    </message>
    <message>
        <source>%1: cannot find the server of %2 (offline, or the name does not resolve)</source>
        <translation>%1: 找不到 %2 的服务器（处于离线状态，或域名无法解析）</translation>
    </message>
    <message>
        <source>%1: cannot reach %2 (%3); are you online?</source>
        <translation>%1: 无法连接 %2（%3）；是否已联网？</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
</context>
<context>
    <name>md::ProvidersDialog</name>
    <message>
        <source>Store in Keychain</source>
        <translation>存入钥匙串</translation>
    </message>
    <message>
        <source>Trial Providers</source>
        <translation>试用服务商</translation>
    </message>
    <message>
        <source>The OpenAI-compatible endpoint up to /v1. Plain http only for this machine (localhost) when a key is used.</source>
        <translation>OpenAI 兼容端点地址，填写到 /v1 为止。使用密钥时，仅本机（localhost）允许使用明文 http。</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <source>No key (local server)</source>
        <translation>无密钥（本地服务器）</translation>
    </message>
    <message>
        <source>Paste a key to store it in the system keychain</source>
        <translation>粘贴密钥以将其存入系统钥匙串</translation>
    </message>
    <message>
        <source>API model ids offered in the trial columns, separated by commas</source>
        <translation>试用列中可选的 API 模型 ID，以逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Custom endpoint</source>
        <translation>自定义端点</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基础 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Key from:</source>
        <translation>密钥来源(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Variable:</source>
        <translation>变量(&amp;V)：</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>密钥：</translation>
    </message>
    <message>
        <source>&amp;Models:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Dataset model</source>
        <translation>数据集模型</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>API model id</source>
        <translation>API 模型 ID</translation>
    </message>
    <message>
        <source>Add &amp;Link</source>
        <translation>添加关联(&amp;L)</translation>
    </message>
    <message>
        <source>Remove Li&amp;nk</source>
        <translation>移除关联(&amp;N)</translation>
    </message>
    <message>
        <source>Dataset models answered by an API model (for prices)</source>
        <translation>由 API 模型应答的数据集模型（用于获取价格）</translation>
    </message>
    <message>
        <source>%1 is not set in ModelDesk&apos;s environment. Set it before starting ModelDesk, or use the system keychain.</source>
        <translation>ModelDesk 的环境中未设置 %1。请在启动 ModelDesk 之前设置该变量，或改用系统钥匙串。</translation>
    </message>
    <message>
        <source>%1 is set (%2).</source>
        <translation>%1 已设置（%2）。</translation>
    </message>
    <message>
        <source>The key is read from the system keychain (service &quot;%1&quot;, entry named after the provider) when a trial starts.</source>
        <translation>试用开始时将从系统钥匙串读取密钥（服务“%1”，条目以服务商命名）。</translation>
    </message>
    <message>
        <source>No key is sent. For Ollama, llama.cpp or vLLM on this machine.</source>
        <translation>不发送密钥。适用于本机上运行的 Ollama、llama.cpp 或 vLLM。</translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation>正在存储…</translation>
    </message>
    <message>
        <source>Stored %1 in the system keychain.</source>
        <translation>已将 %1 存入系统钥匙串。</translation>
    </message>
    <message>
        <source>Could not store the key: %1</source>
        <translation>无法存储密钥：%1</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Fetch Models…</source>
        <translation>获取模型(&amp;F)…</translation>
    </message>
    <message>
        <source>Ask the endpoint for its model list with this key (GET /models) and say whether it answered</source>
        <translation>使用此密钥向端点请求其模型列表（GET /models），并显示其是否应答</translation>
    </message>
    <message>
        <source>Fetch the endpoint&apos;s model ids and pick the ones the trial columns offer</source>
        <translation>获取端点的模型 ID，并选择试用栏中提供的模型</translation>
    </message>
    <message>
        <source>Name the environment variable that holds the key.</source>
        <translation>请填写保存密钥的环境变量名。</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>正在向 %1 请求模型列表…</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>连接失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the endpoint offers %n model(s).</source>
        <translation>
            <numerusform>已连接：该端点提供 %n 个模型。</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick Models</source>
        <translation>选择模型</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Tick the model ids the trial columns offer:</source>
        <translation>勾选试用栏中提供的模型 ID：</translation>
    </message>
</context>
<context>
    <name>md::RankingChart</name>
    <message>
        <source>Unknown benchmark &quot;%1&quot;</source>
        <translation>未知的基准测试“%1”</translation>
    </message>
    <message>
        <source>%1 ranking (higher is better)</source>
        <translation>%1 排名（越高越好）</translation>
    </message>
    <message>
        <source>%1 ranking (lower is better)</source>
        <translation>%1 排名（越低越好）</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>– %1</source>
        <translation>– %1</translation>
    </message>
    <message>
        <source>Model (best first)</source>
        <translation>模型（由好到差）</translation>
    </message>
    <message>
        <source>%1 score (%)</source>
        <translation>%1 得分（%）</translation>
    </message>
    <message>
        <source>%1 score</source>
        <translation>%1 得分</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>n/a (not reported)</source>
        <translation>暂无（未公布）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln model(s) without a %1 score not listed</source>
        <translation>
            <numerusform>%Ln 个模型没有 %1 得分，未列出</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::SelectionListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>md::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>md::SuiteMatrixModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Repeat %1</source>
        <translation>第 %1 次重复</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>尚未运行。</translation>
    </message>
    <message>
        <source>first token %1 ms</source>
        <translation>首个 token %1 毫秒</translation>
    </message>
    <message>
        <source>from the cache</source>
        <translation>来自缓存</translation>
    </message>
    <message>
        <source>Grading prompt:</source>
        <translation>评分提示词：</translation>
    </message>
    <message>
        <source>✓ pass</source>
        <translation>✓ 通过</translation>
    </message>
    <message>
        <source>✗ fail</source>
        <translation>✗ 失败</translation>
    </message>
    <message>
        <source>⚠ error</source>
        <translation>⚠ 错误</translation>
    </message>
    <message>
        <source>%1/%2 pass</source>
        <translation>%1/%2 通过</translation>
    </message>
    <message>
        <source>(was %1)</source>
        <translation>（之前：%1）</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>无价格</translation>
    </message>
    <message>
        <source>%1 (%2): pass rate, total cost, median latency</source>
        <translation>%1（%2）：通过率、总费用、延迟中位数</translation>
    </message>
    <message>
        <source>%1
%2% pass
%3 · p50 %4 ms</source>
        <translation>%1
通过 %2%
%3 · p50 %4 毫秒</translation>
    </message>
</context>
<context>
    <name>md::SuitePanel</name>
    <message>
        <source>&amp;Open Suite…</source>
        <translation>打开套件(&amp;O)…</translation>
    </message>
    <message>
        <source>No suite open: open a promptfoo config (promptfooconfig.yaml).</source>
        <translation>未打开套件：请打开一个 promptfoo 配置（promptfooconfig.yaml）。</translation>
    </message>
    <message>
        <source>Only selected models</source>
        <translation>仅选中的模型</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation>仅失败</translation>
    </message>
    <message>
        <source>Models disagree</source>
        <translation>模型结果不一致</translation>
    </message>
    <message>
        <source>Add to Dataset</source>
        <translation>添加到数据集</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>最近</translation>
    </message>
    <message>
        <source>Run only the suite&apos;s models that are ticked in the shared model selection.</source>
        <translation>只运行套件中在共享模型选择里勾选的模型。</translation>
    </message>
    <message>
        <source>Repeat ×</source>
        <translation>重复 ×</translation>
    </message>
    <message>
        <source>Run every test this many times, for the pass rate&apos;s spread.</source>
        <translation>每个测试运行这么多次，以观察通过率的波动。</translation>
    </message>
    <message>
        <source>Compare with run…: the cells whose verdict changed are marked.</source>
        <translation>与某次运行比较：结果发生变化的单元格会被标出。</translation>
    </message>
    <message>
        <source>Adds the suite to the dataset as a benchmark with each model&apos;s pass rate (one undo step).</source>
        <translation>将该套件作为基准测试加入数据集，得分为各模型的通过率（一次撤销步骤）。</translation>
    </message>
    <message>
        <source>Pick a cell to see the answer, its checks, latency and cost.</source>
        <translation>选择一个单元格，查看回答、检查结果、延迟和费用。</translation>
    </message>
    <message>
        <source>Open Suite</source>
        <translation>打开套件</translation>
    </message>
    <message>
        <source>promptfoo configs (*.yaml *.yml);;All files (*)</source>
        <translation>promptfoo 配置 (*.yaml *.yml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 tests · %3 models</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 个测试 · %3 个模型</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) of a type ModelDesk does not run will be skipped (shown as skipped, never as passed).</source>
        <translation>
            <numerusform>将跳过 %n 个 ModelDesk 不支持类型的检查（显示为已跳过，绝不算作通过）。</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the suite&apos;s models is in the shared selection; tick them in the models list or untick &quot;Only selected models&quot;.</source>
        <translation>套件中的模型都不在共享选择中；请在模型列表中勾选它们，或取消勾选“仅选中的模型”。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>%1 of %2 calls</source>
        <translation>%2 次调用中已完成 %1 次</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>约剩 %1 秒</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>目前 %1</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 answers came.</source>
        <translation>已取消：%2 个回答中收到 %1 个。</translation>
    </message>
    <message>
        <source>The run could not be kept in the history.</source>
        <translation>无法将此次运行保存到历史记录。</translation>
    </message>
    <message>
        <source>Compare with run…</source>
        <translation>与某次运行比较…</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 passed</source>
        <translation>%1 · %3 个中通过 %2 个</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) changed since that run (marked in bold, with the earlier verdict).</source>
        <translation>
            <numerusform>自那次运行以来有 %n 个单元格发生变化（以粗体标出，并显示之前的结果）。</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the suite&apos;s models is in the dataset; link them under Trials &gt; Providers…</source>
        <translation>套件中的模型都不在数据集中；请在“试用 &gt; 提供方…”中关联它们</translation>
    </message>
    <message numerus="yes">
        <source>Added &quot;%1&quot; to the dataset with %n model(s)&apos; pass rates (Edit &gt; Undo takes it back).</source>
        <translation>
            <numerusform>已将“%1”加入数据集，包含 %n 个模型的通过率（编辑 &gt; 撤销可取消）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the dataset: %1.</source>
        <translation>不在数据集中：%1。</translation>
    </message>
    <message>
        <source>Export Run</source>
        <translation>导出运行结果</translation>
    </message>
    <message>
        <source>HTML report (*.html);;JSON (*.json);;CSV (*.csv);;Markdown (*.md)</source>
        <translation>HTML 报告 (*.html);;JSON (*.json);;CSV (*.csv);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>md::TextWorkloadDialog</name>
    <message>
        <source>Workload from Text</source>
        <translation>从文本得出工作负载</translation>
    </message>
    <message>
        <source>Paste a typical request (system prompt, context and question), or open files</source>
        <translation>粘贴一个典型请求（系统提示词、上下文和问题），或打开文件</translation>
    </message>
    <message>
        <source>Optional: a typical answer</source>
        <translation>可选：一个典型回答</translation>
    </message>
    <message>
        <source>Open &amp;Files…</source>
        <translation>打开文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Open F&amp;older…</source>
        <translation>打开文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>Open Request Files</source>
        <translation>打开请求文件</translation>
    </message>
    <message>
        <source>Open Request Folder</source>
        <translation>打开请求文件夹</translation>
    </message>
    <message>
        <source>Each model&apos;s tokens are counted with its own tokenizer (OpenAI&apos;s are public); for the others the count is an estimate, marked ~.</source>
        <translation>每个模型的 token 用它自己的分词器计数（OpenAI 的分词器是公开的）；其他模型的计数是估算值，标有 ~。</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>请求(&amp;R)：</translation>
    </message>
    <message>
        <source>A&amp;nswer:</source>
        <translation>回答(&amp;N)：</translation>
    </message>
    <message>
        <source>%1: larger than %2 MiB</source>
        <translation>%1: 大于 %2 MiB</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: 无法读取（%2）</translation>
    </message>
</context>
<context>
    <name>md::ThemeManager</name>
    <message>
        <source>&amp;Follow System</source>
        <translation>跟随系统(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>主题(&amp;H)</translation>
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
        <translation>在此栏作答的模型（可在“服务商…”中设置模型）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop this model&apos;s answer; the others go on</source>
        <translation>停止此模型的回答，其他模型继续</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy this answer, headed by the model&apos;s name</source>
        <translation>复制此回答，并在开头注明模型名称</translation>
    </message>
    <message>
        <source>The answer appears here as it streams.</source>
        <translation>回答会在流式输出时显示在这里。</translation>
    </message>
    <message>
        <source>Streaming… %1 characters</source>
        <translation>正在流式输出… %1 个字符</translation>
    </message>
    <message>
        <source>Waiting for the first token…</source>
        <translation>正在等待首个 token…</translation>
    </message>
    <message>
        <source>Retrying in %1 s: %2</source>
        <translation>%1 秒后重试：%2</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Of the answers that came back whole: the one that finished first, and the one that cost least</source>
        <translation>在完整返回的回答中：最先完成的一个，以及费用最低的一个</translation>
    </message>
    <message>
        <source>The prompt&apos;s tokens with this model&apos;s tokenizer (chat framing included) and what they cost at its price; ~ marks an estimate (the tokenizer is not public)</source>
        <translation>用该模型的分词器计算的提示词 token（含对话格式开销）及按其价格的费用；~ 表示估算（分词器未公开）</translation>
    </message>
</context>
<context>
    <name>md::TrialHistoryDialog</name>
    <message>
        <source>Trial History</source>
        <translation>试用历史</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Show this trial&apos;s answers and metrics on the Trials page</source>
        <translation>在“试用”页面显示此次试用的回答和指标</translation>
    </message>
    <message>
        <source>&amp;Re-run</source>
        <translation>重新运行(&amp;R)</translation>
    </message>
    <message>
        <source>Send this trial&apos;s prompt again to the same models with the same settings</source>
        <translation>以相同设置将此次试用的提示词再次发送给相同的模型</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Cannot delete the trial</source>
        <translation>无法删除该试用</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Trial</source>
        <translation>导出试用</translation>
    </message>
    <message>
        <source>Cannot export the trial</source>
        <translation>无法导出该试用</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>md::TrialPanel</name>
    <message>
        <source>How many models answer side by side</source>
        <translation>并排作答的模型数量</translation>
    </message>
    <message>
        <source>&amp;Providers…</source>
        <translation>服务商(&amp;P)…</translation>
    </message>
    <message>
        <source>Endpoints, keys, model ids and links to the dataset&apos;s models</source>
        <translation>端点、密钥、模型 ID 以及与数据集中模型的关联</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Earlier trials: open, re-run, export</source>
        <translation>以往的试用：打开、重新运行、导出</translation>
    </message>
    <message>
        <source>&amp;Diff…</source>
        <translation>对比(&amp;D)…</translation>
    </message>
    <message>
        <source>Compare two answers word by word</source>
        <translation>逐词比较两个回答</translation>
    </message>
    <message>
        <source>Copy &amp;Trial</source>
        <translation>复制试用(&amp;T)</translation>
    </message>
    <message>
        <source>Copy the prompt and every answer, each headed by its model, as Markdown</source>
        <translation>以 Markdown 格式复制提示词和所有回答，每个回答开头注明其模型</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Save this trial as Markdown or JSON</source>
        <translation>将此次试用保存为 Markdown 或 JSON</translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Optional, e.g. &quot;Answer in one paragraph.&quot;</source>
        <translation>可选，例如“用一段话回答。”</translation>
    </message>
    <message>
        <source>The prompt every model gets. Ctrl+Return sends it.</source>
        <translation>发送给每个模型的提示词。按 Ctrl+Return 发送。</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Sampling temperature; Default leaves it to each server</source>
        <translation>采样温度；选择“默认”则由各服务器自行决定</translation>
    </message>
    <message>
        <source>Most tokens per answer; Default leaves it to each server</source>
        <translation>每个回答的最大 token 数；选择“默认”则由各服务器自行决定</translation>
    </message>
    <message>
        <source>Str&amp;eam</source>
        <translation>流式(&amp;E)</translation>
    </message>
    <message>
        <source>Show answers as they are written (needed for the time to first token)</source>
        <translation>边生成边显示回答（测量首 token 时间时需要）</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Start a new trial with this prompt (Ctrl+Return)</source>
        <translation>用此提示词开始新的试用（Ctrl+Return）</translation>
    </message>
    <message>
        <source>&amp;Follow Up</source>
        <translation>追问(&amp;F)</translation>
    </message>
    <message>
        <source>Send this prompt as the next message of every column&apos;s conversation (Ctrl+Shift+Return)</source>
        <translation>将此提示词作为每一栏对话的下一条消息发送（Ctrl+Shift+Return）</translation>
    </message>
    <message>
        <source>Stop &amp;All</source>
        <translation>全部停止(&amp;A)</translation>
    </message>
    <message>
        <source>Stop every answer (Esc)</source>
        <translation>停止所有回答（Esc）</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>温度：</translation>
    </message>
    <message>
        <source>Max tokens:</source>
        <translation>最大 token 数：</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>系统(&amp;Y)：</translation>
    </message>
    <message>
        <source>P&amp;rompt:</source>
        <translation>提示词(&amp;R)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trials need an OpenAI-compatible endpoint.&lt;/b&gt; Set &lt;code&gt;%1&lt;/code&gt; in the environment before starting ModelDesk, or &lt;a href=&quot;providers&quot;&gt;open Providers…&lt;/a&gt; to add Ollama (&lt;code&gt;http://localhost:11434/v1&lt;/code&gt;), a llama.cpp or vLLM server, OpenRouter, or to keep a key in the system keychain. Everything else in ModelDesk works without it.</source>
        <translation>&lt;b&gt;试用需要一个兼容 OpenAI 的端点。&lt;/b&gt;请在启动 ModelDesk 之前在环境中设置 &lt;code&gt;%1&lt;/code&gt;，或&lt;a href=&quot;providers&quot;&gt;打开“服务商…”&lt;/a&gt;添加 Ollama（&lt;code&gt;http://localhost:11434/v1&lt;/code&gt;）、llama.cpp 或 vLLM 服务器、OpenRouter，或将密钥保存在系统钥匙串中。ModelDesk 的其他功能均无需此设置即可使用。</translation>
    </message>
    <message>
        <source>Column %1 has no model; add one under Providers….</source>
        <translation>第 %1 栏没有模型；请在“服务商…”中添加一个。</translation>
    </message>
    <message>
        <source>Mar&amp;kdown</source>
        <translation>Markdown(&amp;K)</translation>
    </message>
    <message>
        <source>Show answers as formatted Markdown (headings, lists, code blocks); untick to see the raw text the models wrote</source>
        <translation>以格式化的 Markdown 显示回答（标题、列表、代码块）；取消勾选可查看模型写出的原始文本</translation>
    </message>
</context>
<context>
    <name>md::UpdatePricesDialog</name>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>获取(&amp;F)</translation>
    </message>
    <message>
        <source>Update Prices</source>
        <translation>更新价格</translation>
    </message>
    <message>
        <source>Go back to the list&apos;s public address</source>
        <translation>恢复为该列表的公开地址</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>列表(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Fetches the list now, from its public address. If it is unchanged since the last update, nothing is downloaded. You see what would change before anything does.</source>
        <translation>立即从公开地址获取列表。如果自上次更新以来没有变化，则不会下载任何内容。在任何内容改变之前，您都会先看到将要改变的内容。</translation>
    </message>
    <message>
        <source>Received %1 KB…</source>
        <translation>已接收 %1 KB…</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>正在获取 %1…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消；没有任何改动。</translation>
    </message>
    <message>
        <source>What Changed</source>
        <translation>变化内容</translation>
    </message>
    <message>
        <source>No price changed and no model was added since the last update from %1.</source>
        <translation>自上次从 %1 更新以来，没有价格变化，也没有新增模型。</translation>
    </message>
    <message>
        <source>Since the last update from %1:</source>
        <translation>自上次从 %1 更新以来：</translation>
    </message>
</context>
<context>
    <name>md::ValueChart</name>
    <message>
        <source>%1 score</source>
        <translation>%1 得分</translation>
    </message>
    <message numerus="yes">
        <source>Mean score of %n benchmarks</source>
        <translation>
            <numerusform>%n 项基准测试的平均得分</numerusform>
        </translation>
    </message>
    <message>
        <source>mean of %1</source>
        <translation>%1 的平均值</translation>
    </message>
    <message>
        <source>list prices, input:output %1:%2</source>
        <translation>标价，输入:输出 %1:%2</translation>
    </message>
    <message>
        <source>Score against price</source>
        <translation>得分与价格对比</translation>
    </message>
    <message>
        <source>%1 (no price)</source>
        <translation>%1（无价格）</translation>
    </message>
    <message>
        <source>%1 (no %2 score)</source>
        <translation>%1（无 %2 得分）</translation>
    </message>
    <message>
        <source>Blended price: %1 per 1M tokens</source>
        <translation>综合价格：每百万 token %1</translation>
    </message>
    <message>
        <source>Price source: %1</source>
        <translation>价格来源：%1</translation>
    </message>
    <message>
        <source>Pareto frontier (nothing cheaper and better)</source>
        <translation>帕累托前沿（没有更便宜且更好的选择）</translation>
    </message>
    <message>
        <source>Blended price per 1M tokens, USD (log scale)</source>
        <translation>每百万 token 综合价格，美元（对数刻度）</translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation>%1（%）</translation>
    </message>
    <message>
        <source>n/a, not plotted: %1</source>
        <translation>暂无，未绘制：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln model(s) lack a %1 score or a price</source>
        <translation>
            <numerusform>%Ln 个模型缺少 %1 得分或价格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln model(s) lack one of these scores or a price</source>
        <translation>
            <numerusform>%Ln 个模型缺少其中某项得分或价格</numerusform>
        </translation>
    </message>
    <message>
        <source>dashed line: Pareto frontier</source>
        <translation>虚线：帕累托前沿</translation>
    </message>
</context>
<context>
    <name>md::WorkloadEditor</name>
    <message>
        <source> tokens</source>
        <translation> 个 token</translation>
    </message>
    <message>
        <source>Prompt tokens sent with each request</source>
        <translation>每个请求发送的提示词 token 数</translation>
    </message>
    <message>
        <source>Tokens the model writes for each request</source>
        <translation>模型为每个请求生成的 token 数</translation>
    </message>
    <message>
        <source>How many requests in the period</source>
        <translation>该时段内的请求数</translation>
    </message>
    <message>
        <source>&amp;Batch API prices (results within 24 hours)</source>
        <translation>批量 API 价格（24 小时内返回结果）(&amp;B)</translation>
    </message>
    <message>
        <source>A typical workload to start from; edit the figures and save them as your own</source>
        <translation>可作为起点的典型工作负载；修改数值后可另存为你自己的预设</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Keep the figures below in this preset</source>
        <translation>将下方数值保存到此预设</translation>
    </message>
    <message>
        <source>Save as &amp;New Preset…</source>
        <translation>另存为新预设(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Rename Preset…</source>
        <translation>重命名预设(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete Preset</source>
        <translation>删除预设(&amp;D)</translation>
    </message>
    <message>
        <source>Restore &amp;Built-in Presets</source>
        <translation>恢复内置预设(&amp;B)</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>More preset actions</source>
        <translation>更多预设操作</translation>
    </message>
    <message>
        <source>The figures differ from the saved preset</source>
        <translation>数值与已保存的预设不同</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>A month is %1 days</source>
        <translation>一个月按 %1 天计算</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of the prompt read from the provider&apos;s prompt cache, billed at the cached-input price where the model has one</source>
        <translation>从服务商提示词缓存中读取的提示词比例；若模型提供缓存输入价格，则按该价格计费</translation>
    </message>
    <message>
        <source>OpenAI&apos;s and Anthropic&apos;s Batch APIs halve both prices; models without batch prices keep their list prices and say so</source>
        <translation>OpenAI 和 Anthropic 的批量 API 会将两种价格减半；没有批量价格的模型保持标价，并会注明</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>预设(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Requests:</source>
        <translation>请求数(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Input tokens per request:</source>
        <translation>每个请求的输入 token 数(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Output tokens per request:</source>
        <translation>每个请求的输出 token 数(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Cached input:</source>
        <translation>缓存输入(&amp;C)：</translation>
    </message>
    <message>
        <source>Edited — Save keeps these figures in the preset</source>
        <translation>已修改 — 点击“保存”将这些数值保存到预设中</translation>
    </message>
    <message>
        <source>Save as New Preset</source>
        <translation>另存为新预设</translation>
    </message>
    <message>
        <source>Name of the new preset:</source>
        <translation>新预设的名称：</translation>
    </message>
    <message>
        <source>Rename Preset</source>
        <translation>重命名预设</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Share of the prompt written to the prompt cache, billed at the cache-write price where the model has one (Anthropic: 1.25 times the input price)</source>
        <translation>写入提示词缓存的提示词比例；若模型提供缓存写入价格，则按该价格计费（Anthropic：输入价格的 1.25 倍）</translation>
    </message>
    <message>
        <source>Every price shown, charted or exported is the one in force on this day</source>
        <translation>显示、绘制或导出的每个价格均为此日期生效的价格</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Price with today&apos;s entries, and follow the date</source>
        <translation>按今天的价格条目计价，并随日期更新</translation>
    </message>
    <message>
        <source>Launch day</source>
        <translation>发布日</translation>
    </message>
    <message>
        <source>Cache &amp;writes:</source>
        <translation>缓存写入(&amp;W)：</translation>
    </message>
    <message>
        <source>Prices &amp;as of:</source>
        <translation>价格日期(&amp;A)：</translation>
    </message>
    <message>
        <source>Price as on the day the dataset describes, %1</source>
        <translation>按数据集所描述的日期（%1）的价格计价</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preset&lt;/b&gt;&lt;br&gt;A typical workload to start from. Change the figures below, then Save keeps them in this preset; More saves them as a new preset, renames or deletes it, or restores the built-in ones.</source>
        <translation>&lt;b&gt;预设&lt;/b&gt;&lt;br&gt;可作为起点的典型工作负载。修改下方数值后，“保存”会将其保存到此预设；“更多”可另存为新预设、重命名或删除预设，或恢复内置预设。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Input tokens per request&lt;/b&gt;&lt;br&gt;The prompt sent with each request: system prompt, conversation so far and any documents. About 750 English words make 1,000 tokens. A prompt longer than a model&apos;s context window is marked ⚠.</source>
        <translation>&lt;b&gt;每个请求的输入 token 数&lt;/b&gt;&lt;br&gt;每个请求发送的提示词：系统提示词、此前的对话以及所有文档。约 750 个英文单词为 1,000 个 token。超过模型上下文窗口的提示词会标记 ⚠。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Output tokens per request&lt;/b&gt;&lt;br&gt;What the model writes back each time. Output is priced higher than input (four times for GPT-4o mini).</source>
        <translation>&lt;b&gt;每个请求的输出 token 数&lt;/b&gt;&lt;br&gt;模型每次写回的内容。输出价格高于输入（GPT-4o mini 为四倍）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Requests&lt;/b&gt;&lt;br&gt;How many requests are made per day or per month (a month counts as %1 days). The totals in the table are for this period.</source>
        <translation>&lt;b&gt;请求数&lt;/b&gt;&lt;br&gt;每天或每月发出的请求数（一个月按 %1 天计）。表格中的总计即为此时段的金额。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cached input&lt;/b&gt;&lt;br&gt;The share of each prompt the provider reads from its prompt cache (a system prompt or document sent again and again). That part is billed at the cached-input price where the model has one. Use 0% when unsure.</source>
        <translation>&lt;b&gt;缓存输入&lt;/b&gt;&lt;br&gt;每个提示词中由服务商从提示词缓存读取的比例（反复发送的系统提示词或文档）。若模型提供缓存输入价格，这部分按该价格计费。不确定时请填 0%。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Batch API prices&lt;/b&gt;&lt;br&gt;Requests sent as a batch and answered within 24 hours cost half at OpenAI and Anthropic. Models without batch prices keep their list prices, and the summary names them.</source>
        <translation>&lt;b&gt;批量 API 价格&lt;/b&gt;&lt;br&gt;以批量方式发送、在 24 小时内返回结果的请求，在 OpenAI 和 Anthropic 价格减半。没有批量价格的模型保持标价，摘要中会列出这些模型。</translation>
    </message>
</context>
<context>
    <name>md::arena::ArenaSession</name>
    <message>
        <source>The provider &quot;%1&quot; is not set up any more.</source>
        <translation>服务商“%1”已不再设置。</translation>
    </message>
    <message>
        <source>The round could not start.</source>
        <translation>这一轮无法开始。</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>没有回答</translation>
    </message>
    <message>
        <source>Model A failed (%1); this pair gets no vote.</source>
        <translation>模型 A 失败（%1）；这一对不计票。</translation>
    </message>
    <message>
        <source>Model B failed (%1); this pair gets no vote.</source>
        <translation>模型 B 失败（%1）；这一对不计票。</translation>
    </message>
</context>
<context>
    <name>md::eval::EvalRunner</name>
    <message>
        <source>A run is under way.</source>
        <translation>已有运行正在进行。</translation>
    </message>
    <message>
        <source>%1: no provider named &quot;%2&quot; is set up in ModelDesk (Trials &gt; Providers…)</source>
        <translation>%1：ModelDesk 中没有设置名为“%2”的提供方（试用 &gt; 提供方…）</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <source>No providers to run.</source>
        <translation>没有可运行的提供方。</translation>
    </message>
    <message>
        <source>The grader failed: %1</source>
        <translation>评分模型出错：%1</translation>
    </message>
</context>
<context>
    <name>md::tokens::BpeRanks</name>
    <message>
        <source>not a ModelDesk vocabulary file</source>
        <translation>不是 ModelDesk 词表文件</translation>
    </message>
    <message>
        <source>vocabulary header is damaged</source>
        <translation>词表文件头已损坏</translation>
    </message>
    <message>
        <source>vocabulary has an empty token</source>
        <translation>词表中有空 token</translation>
    </message>
    <message>
        <source>vocabulary size does not match its header</source>
        <translation>词表大小与文件头不符</translation>
    </message>
    <message>
        <source>vocabulary has a duplicate token</source>
        <translation>词表中有重复的 token</translation>
    </message>
</context>
<context>
    <name>md::trial::ChatClient</name>
    <message>
        <source>The response is larger than the %1 MB limit; stopped reading.</source>
        <translation>响应超过 %1 MB 的上限，已停止读取。</translation>
    </message>
    <message>
        <source>The server sent a malformed stream chunk (%1): %2</source>
        <translation>服务器发送了格式错误的流数据块（%1）：%2</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>The server reported an error in the stream: %1</source>
        <translation>服务器在流中报告了错误：%1</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1).</source>
        <translation>服务器的回答不是有效的 JSON（%1）。</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation>服务器报告了错误：%1</translation>
    </message>
    <message>
        <source>TLS error: %1. The connection was refused because the server&apos;s certificate is not trusted.</source>
        <translation>TLS 错误：%1。服务器证书不受信任，连接已被拒绝。</translation>
    </message>
    <message>
        <source>The connection dropped before [DONE]; the answer may be cut off: %1</source>
        <translation>在收到 [DONE] 之前连接已断开，回答可能不完整：%1</translation>
    </message>
    <message>
        <source>The stream ended before [DONE] (the connection closed early); the answer may be cut off.</source>
        <translation>流在收到 [DONE] 之前就结束了（连接提前关闭），回答可能不完整。</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>No data from the server for %1 s; gave up waiting.</source>
        <translation>服务器已 %1 秒没有发送数据，已停止等待。</translation>
    </message>
    <message>
        <source>Could not connect and send the request within %1 s (connect timeout).</source>
        <translation>未能在 %1 秒内连接并发送请求（连接超时）。</translation>
    </message>
    <message>
        <source>The server rejected the request (400 Bad Request): %1</source>
        <translation>服务器拒绝了请求（400 Bad Request）：%1</translation>
    </message>
    <message>
        <source>The API key was not accepted (401 Unauthorized): %1</source>
        <translation>API 密钥未被接受（401 Unauthorized）：%1</translation>
    </message>
    <message>
        <source>Access denied (403 Forbidden): %1</source>
        <translation>访问被拒绝（403 Forbidden）：%1</translation>
    </message>
    <message>
        <source>Not found (404): %1. Check the base URL and the model id.</source>
        <translation>未找到（404）：%1。请检查基础 URL 和模型 ID。</translation>
    </message>
    <message>
        <source>Rate limited (429 Too Many Requests): %1</source>
        <translation>请求频率受限（429 Too Many Requests）：%1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation>服务器返回 HTTP %1：%2</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 (a redirect) without a valid Location.</source>
        <translation>服务器返回了 HTTP %1（重定向），但没有有效的 Location。</translation>
    </message>
    <message>
        <source>Too many redirects (more than %1); the last one pointed to %2.</source>
        <translation>重定向次数过多（超过 %1 次）；最后一次指向 %2。</translation>
    </message>
    <message>
        <source>Refused a redirect to %1: only http and https are followed.</source>
        <translation>已拒绝重定向到 %1：只跟随 http 和 https。</translation>
    </message>
    <message>
        <source>Refused a redirect from https to plain http (%1).</source>
        <translation>已拒绝从 https 重定向到不加密的 http（%1）。</translation>
    </message>
    <message>
        <source>The server&apos;s answer to GET /models has no model list (&quot;data&quot;).</source>
        <translation>服务器对 GET /models 的回答中没有模型列表（“data”）。</translation>
    </message>
</context>
<context>
    <name>md::trial::KeyStore</name>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>环境变量 %1 未设置。</translation>
    </message>
    <message>
        <source>No key for %1 in the system keychain: %2</source>
        <translation>系统钥匙串中没有 %1 的密钥：%2</translation>
    </message>
</context>
<context>
    <name>md::trial::TrialHistoryModel</name>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>✓ All answered</source>
        <translation>✓ 全部已回答</translation>
    </message>
    <message>
        <source>✗ %1 of %2 failed</source>
        <translation>✗ %2 个中有 %1 个失败</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>md::trial::TrialService</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; is not set up any more; add it under Providers… or start a new trial.</source>
        <translation>服务商“%1”已不再配置；请在“服务商…”中添加，或开始新的试用。</translation>
    </message>
</context>
<context>
    <name>md::trial::TrialSession</name>
    <message>
        <source>Prompt: %1%2 tokens</source>
        <translation>提示词：%1%2 个 token</translation>
    </message>
</context>
</TS>
