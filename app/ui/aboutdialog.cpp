#include "aboutdialog.h"

#include "core/dataset.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace md {

QStringList AboutDialog::sources(const Dataset &dataset)
{
    QStringList list;
    auto add = [&list](const QString &s) {
        if (!s.isEmpty() && !list.contains(s))
            list << s;
    };
    for (const ModelInfo &m : dataset.models) {
        for (const Score &s : m.scores)
            add(s.source);
        for (const PriceEntry &p : m.prices)
            add(p.source);
    }
    list.sort();
    return list;
}

AboutDialog::AboutDialog(const Dataset &dataset, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About ModelDesk"));
    auto *heading = new QLabel(tr("<h2>ModelDesk %1</h2><p>Compare large language models: benchmark charts, "
                                  "workload prices and live prompt trials.</p><p>Licensed under the MIT licence.</p>")
                                   .arg(QStringLiteral(MODELDESK_VERSION)),
                               this);
    heading->setWordWrap(true);

    QString html = tr("<p><b>Data sources of “%1”</b></p>").arg(dataset.title.toHtmlEscaped());
    html += QStringLiteral("<ul>");
    for (const QString &s : sources(dataset)) {
        const QString escaped = s.toHtmlEscaped();
        html += s.startsWith(QLatin1String("http")) ? QStringLiteral("<li><a href=\"%1\">%1</a></li>").arg(escaped)
                                                    : QStringLiteral("<li>%1</li>").arg(escaped);
    }
    html += QStringLiteral("</ul>");
    auto *browser = new QTextBrowser(this);
    browser->setOpenExternalLinks(true);
    browser->setHtml(html);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(browser, 1);
    layout->addWidget(buttons);
    resize(560, 420);
}

} // namespace md
