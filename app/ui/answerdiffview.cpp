#include "answerdiffview.h"

#include "trial/worddiff.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace md {

AnswerDiffView::AnswerDiffView(const QStringList &labels, const QStringList &answers, QWidget *parent)
    : QDialog(parent)
    , m_answers(answers)
    , m_left(new QComboBox)
    , m_right(new QComboBox)
    , m_view(new QTextBrowser)
{
    setWindowTitle(tr("Compare Answers"));
    setObjectName(QStringLiteral("AnswerDiffView"));
    m_left->addItems(labels);
    m_right->addItems(labels);
    m_right->setCurrentIndex(labels.size() > 1 ? 1 : 0);
    auto *form = new QFormLayout;
    form->addRow(tr("&First answer:"), m_left);
    form->addRow(tr("&Second answer:"), m_right);
    auto *legend = new QLabel(tr("<s>Struck-through</s> words are only in the first answer, "
                                 "<u>underlined</u> words only in the second."));
    legend->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(legend);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_left, &QComboBox::currentIndexChanged, this, &AnswerDiffView::update);
    connect(m_right, &QComboBox::currentIndexChanged, this, &AnswerDiffView::update);
    resize(900, 640);
    update();
}

QString AnswerDiffView::toHtml(const QString &a, const QString &b, bool dark)
{
    const QString removed = dark ? QStringLiteral("#5c1f1f") : QStringLiteral("#ffd7d5");
    const QString added = dark ? QStringLiteral("#1f4d2a") : QStringLiteral("#ccf2d1");
    QString html = QStringLiteral("<div style=\"white-space: pre-wrap\">");
    auto previous = trial::WordDiff::Op::Same;
    for (const trial::WordDiff::Segment &s : trial::WordDiff::compute(a, b)) {
        if (previous == trial::WordDiff::Op::Removed && s.op == trial::WordDiff::Op::Added)
            html += QLatin1Char(' '); // "most everyday many common", not "everydaymany"
        previous = s.op;
        const QString text = s.text.toHtmlEscaped();
        switch (s.op) {
        case trial::WordDiff::Op::Same:
            html += text;
            break;
        case trial::WordDiff::Op::Removed:
            html += QStringLiteral("<s style=\"background:%1\">%2</s>").arg(removed, text);
            break;
        case trial::WordDiff::Op::Added:
            html += QStringLiteral("<u style=\"background:%1\">%2</u>").arg(added, text);
            break;
        }
    }
    return html + QStringLiteral("</div>");
}

void AnswerDiffView::update()
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_view->setHtml(toHtml(m_answers.value(m_left->currentIndex()), m_answers.value(m_right->currentIndex()), dark));
}

} // namespace md
