#include "DocumentsPage.h"

#include "OpenDocuments.h"
#include "pdf/UploadLimits.h"
#include "session/Workspace.h"
#include "widgets/EmptyState.h"
#include "widgets/Icons.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bubuh {

DocumentsPage::DocumentsPage(OpenDocuments &documents, Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_documents(documents)
    , m_workspace(workspace)
    , m_list(new QListWidget(this))
    , m_details(new QLabel(this))
    , m_limit(new QComboBox(this))
    , m_shrink(new QPushButton(tr("Make s&maller…"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(u"<h2>%1</h2>"_s.arg(tr("Documents")), this));
    auto *hint = new QLabel(tr("Everything in this step works offline; nothing is sent yet. More "
                               "documents can be dropped on the window at any time."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    // Until a document is open, the page says what to do and offers it, in the list's place.
    auto *empty = new EmptyState(
        tr("No documents yet"),
        tr("Open the PDF documents to stamp, or drop them on this window. A paper letter can be "
           "photographed or scanned, and the pictures made into one PDF."),
        this);
    empty->setObjectName(u"documentsEmptyState"_s);
    connect(empty->addAction(Icon::Open, tr("&Open PDF…"), u"emptyOpenButton"_s),
            &QPushButton::clicked, this, &DocumentsPage::openRequested);
    connect(empty->addAction(Icon::Photo, tr("PDF from &photos…"), u"emptyPhotosButton"_s),
            &QPushButton::clicked, this, &DocumentsPage::photosRequested);
    auto *content = new QWidget(this);
    auto *open = new QPushButton(tr("&Open PDF…"), content);
    open->setObjectName(u"openButton"_s);
    open->setIcon(icon(Icon::Open));
    open->setToolTip(tr("Open PDF documents (Ctrl+O)"));
    auto *photos = new QPushButton(tr("PDF from &photos…"), content);
    photos->setObjectName(u"photosButton"_s);
    photos->setIcon(icon(Icon::Photo));
    photos->setToolTip(tr("Make one A4 PDF of photos or scans (JPEG, PNG)"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(open);
    actions->addWidget(photos);
    actions->addStretch();
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins({});
    contentLayout->addLayout(actions);
    m_list->setObjectName(u"documentListWidget"_s);
    m_list->setAccessibleName(tr("Opened documents"));
    contentLayout->addWidget(m_list, 1);
    auto *stack = new QStackedWidget(this);
    stack->addWidget(empty);
    stack->addWidget(content);
    layout->addWidget(stack, 1);
    connect(&m_documents, &OpenDocuments::opened, stack, [stack] { stack->setCurrentIndex(1); });
    layout = contentLayout;
    m_details->setObjectName(u"documentDetailsLabel"_s);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextFormat(Qt::RichText); // the messages are escaped, one per line
    layout->addWidget(m_details);
    // The portal slot's limit for the chosen document: the stamped file must fit it.
    auto *limitRow = new QHBoxLayout;
    auto *limitLabel = new QLabel(tr("Upload &limit of its portal slot:"), this);
    limitLabel->setBuddy(m_limit);
    m_limit->setObjectName(u"uploadLimitCombo"_s);
    m_limit->setEditable(true);
    m_limit->setInsertPolicy(QComboBox::NoInsert);
    m_limit->lineEdit()->setValidator(new QIntValidator(1, 100'000, m_limit));
    m_limit->setAccessibleName(tr("Upload limit of its portal slot"));
    m_limit->lineEdit()->setAccessibleName(m_limit->accessibleName());
    for (int kb : UploadLimits::commonKb())
        m_limit->addItem(kb == 1024 ? tr("1 MB (1024 KB)") : tr("%1 KB").arg(kb), kb);
    m_limit->setToolTip(tr("Choose or type the largest file, in KB, that the portal accepts for "
                           "this document. It is remembered for documents of this name."));
    m_shrink->setObjectName(u"shrinkButton"_s);
    m_shrink->setIcon(icon(Icon::Shrink));
    m_shrink->setToolTip(tr("Make a smaller copy whose stamped result fits the limit"));
    limitRow->addWidget(limitLabel);
    limitRow->addWidget(m_limit);
    limitRow->addWidget(m_shrink);
    limitRow->addStretch();
    layout->addLayout(limitRow);

    connect(open, &QPushButton::clicked, this, &DocumentsPage::openRequested);
    connect(photos, &QPushButton::clicked, this, &DocumentsPage::photosRequested);
    connect(m_shrink, &QPushButton::clicked, this,
            [this] { Q_EMIT shrinkRequested(currentIndex()); });
    connect(m_limit, &QComboBox::activated, this, &DocumentsPage::limitChosen);
    connect(m_limit->lineEdit(), &QLineEdit::editingFinished, this, &DocumentsPage::limitChosen);
    connect(&m_documents, &OpenDocuments::opened, this, &DocumentsPage::add);
    connect(&m_documents, &OpenDocuments::changed, this, [this](int index) {
        describe(index);
        if (index == currentIndex())
            showDetails(index);
    });
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
    m_list->addItem(QString());
    describe(index);
    m_list->setCurrentRow(index);
}

StampPlan::Row DocumentsPage::planRow(int index)
{
    return m_workspace.planRows({m_documents.planned(index)}).value(0);
}

void DocumentsPage::describe(int index)
{
    QListWidgetItem *item = m_list->item(index);
    if (!item)
        return;
    const Inspection &r = m_documents.at(index).inspection;
    const StampPlan::Row row = planRow(index);
    const QString name = QFileInfo(m_documents.at(index).path).fileName();
    // The plan's own words: never "ready" for a document that will not be stamped.
    QString state = row.stateText();
    if (!r.pages.isEmpty())
        state += u" · "_s + tr("%n page(s)", nullptr, int(r.pages.size()));
    if (row.readiness != StampPlan::Readiness::TooLarge && !row.sizeSummary.isEmpty())
        state += u" · "_s + row.sizeSummary;
    item->setText(u"%1: %2"_s.arg(name, state));
    const bool noted = std::any_of(r.problems.cbegin(), r.problems.cend(), [](const auto &p) {
        return p.severity == Inspection::Problem::Severity::Warning;
    });
    using Readiness = StampPlan::Readiness;
    item->setIcon(icon(row.ready() ? (noted ? Icon::StateNote : Icon::StateOk)
                           : row.readiness == Readiness::AlreadyStamped ? Icon::StateNote
                           : row.readiness == Readiness::Replaced       ? Icon::StateNote
                           : row.readiness == Readiness::Unusable       ? Icon::StateError
                                                                        : Icon::StateWarning));
}

void DocumentsPage::limitChosen()
{
    const int index = currentIndex();
    if (index < 0 || index >= m_documents.count())
        return;
    // A common value by its label ("1 MB (1024 KB)"), or a typed number of KB.
    const QString text = m_limit->currentText().trimmed();
    const int item = m_limit->findText(text);
    bool ok = item >= 0;
    const int kb = ok ? m_limit->itemData(item).toInt() : text.section(u' ', 0, 0).toInt(&ok);
    if (!ok || kb <= 0
        || kb == Inspection::kilobytes(m_documents.at(index).inspection.uploadLimitBytes))
        return;
    m_documents.setUploadLimit(index, kb);
}

void DocumentsPage::showDetails(int index)
{
    if (index < 0 || index >= m_documents.count()) {
        m_details->clear();
        m_shrink->setEnabled(false);
        return;
    }
    const Inspection &r = m_documents.at(index).inspection;
    const int kb = int(Inspection::kilobytes(r.uploadLimitBytes));
    const int known = m_limit->findData(kb);
    if (known >= 0)
        m_limit->setCurrentIndex(known);
    else
        m_limit->setEditText(QString::number(kb));
    // Only what can be read and rewritten is offered for making smaller.
    m_shrink->setEnabled(!r.pages.isEmpty() && !r.encrypted && r.signatures.isEmpty()
                         && r.predictedStampedBytes > 0);
    const StampPlan::Row row = planRow(index);
    QStringList lines{u"<b>%1</b>"_s.arg(row.stateText().toHtmlEscaped())};
    for (const Inspection::Problem &p : r.problems)
        lines << u"• "_s + p.message.toHtmlEscaped();
    if (row.ready())
        lines << tr("Next: check where the stamp goes in step 3 (Position).");
    m_details->setText(lines.join(u"<br>"_s));
}

} // namespace bubuh
