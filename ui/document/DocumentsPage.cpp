#include "DocumentsPage.h"

#include "OpenDocuments.h"

#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bubuh {

DocumentsPage::DocumentsPage(OpenDocuments &documents, QWidget *parent)
    : QWidget(parent)
    , m_documents(documents)
    , m_list(new QListWidget(this))
    , m_details(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(u"<h2>%1</h2>"_s.arg(tr("Documents")), this));
    auto *hint = new QLabel(tr("Open the PDF documents to stamp, or drop them on this window. "
                               "Everything in this step works offline; nothing is sent yet."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *open = new QPushButton(tr("&Open PDF…"), this);
    open->setObjectName(u"openButton"_s);
    open->setToolTip(tr("Open PDF documents (Ctrl+O)"));
    layout->addWidget(open, 0, Qt::AlignLeft);
    m_list->setObjectName(u"documentListWidget"_s);
    m_list->setAccessibleName(tr("Opened documents"));
    layout->addWidget(m_list, 1);
    m_details->setObjectName(u"documentDetailsLabel"_s);
    m_details->setTextFormat(Qt::RichText); // problem messages, escaped below
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextFormat(Qt::RichText); // the messages are escaped, one per line
    layout->addWidget(m_details);

    connect(open, &QPushButton::clicked, this, &DocumentsPage::openRequested);
    connect(&m_documents, &OpenDocuments::opened, this, &DocumentsPage::add);
    connect(m_list, &QListWidget::currentRowChanged, this, &DocumentsPage::showDetails);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *) {
        if (!m_documents.at(currentIndex()).inspection.pages.isEmpty()) // previewable
            Q_EMIT documentChosen(currentIndex());
    });
}

int DocumentsPage::currentIndex() const
{
    return m_list->currentRow();
}

void DocumentsPage::add(int index)
{
    const Inspection &r = m_documents.at(index).inspection;
    const QString name = QFileInfo(m_documents.at(index).path).fileName();
    const bool noted = r.usable() && !r.problems.isEmpty();
    const QString state = !r.usable() ? tr("cannot be stamped")
        : noted ? tr("ready, %n page(s); read the note", nullptr, int(r.pages.size()))
                : tr("ready, %n page(s)", nullptr, int(r.pages.size()));
    auto *item = new QListWidgetItem(u"%1: %2"_s.arg(name, state), m_list);
    item->setIcon(style()->standardIcon(!r.usable() ? QStyle::SP_MessageBoxWarning
                                            : noted ? QStyle::SP_MessageBoxInformation
                                                    : QStyle::SP_DialogApplyButton));
    m_list->setCurrentItem(item);
}

void DocumentsPage::showDetails(int index)
{
    if (index < 0 || index >= m_documents.count()) {
        m_details->clear();
        return;
    }
    const Inspection &r = m_documents.at(index).inspection;
    QStringList lines;
    for (const Inspection::Problem &p : r.problems)
        lines << u"• "_s + p.message.toHtmlEscaped();
    if (lines.isEmpty())
        lines << tr("No problems found. Go on to Position to place the stamp.");
    m_details->setText(lines.join(u"<br>"_s));
}

} // namespace bubuh
