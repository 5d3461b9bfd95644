#include "gettingstarteddialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace md {

QString GettingStartedDialog::html()
{
    return tr("<h2>Getting started with ModelDesk</h2>"
              "<p><b>Overview</b> compares models on benchmarks: pick the chart, the models and the benchmarks "
              "on the left. The calculator below prices a workload on every model.</p>"
              "<p><b>Data</b> holds the dataset: edit scores and prices in place, import prices with "
              "File &gt; Import, and save your copy with File &gt; Save As.</p>"
              "<p><b>Trials</b> sends one prompt to several models side by side, with the providers you set up "
              "there.</p>"
              "<p>File &gt; Export Chart saves the chart as PNG, SVG or PDF; Help &gt; Keyboard Shortcuts lists "
              "every shortcut. Run <code>modeldesk --help</code> for the commands that need no window.</p>");
}

GettingStartedDialog::GettingStartedDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Getting Started"));
    m_browser->setHtml(html());
    m_browser->setOpenExternalLinks(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(560, 420);
}

} // namespace md
