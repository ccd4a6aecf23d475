#include "PositionPage.h"

#include "OpenDocuments.h"
#include "PageThumbnails.h"
#include "PageView.h"
#include "PlacementPanel.h"
#include "pdf/InkMap.h"
#include "widgets/EmptyState.h"
#include "widgets/Icons.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bubuh {

PositionPage::PositionPage(OpenDocuments &documents, QWidget *parent)
    : QWidget(parent)
    , m_documents(documents)
    , m_stack(new QStackedWidget(this))
    , m_overlap(new QLabel(this))
    , m_moveToBlank(new QPushButton(tr("&Move to blank space"), this))
    , m_thumbnails(new PageThumbnails(this))
    , m_view(new PageView(this))
    , m_panel(new PlacementPanel(this))
    , m_title(new QLabel(this))
{
    auto *side = new QVBoxLayout;
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText); // the file name, escaped below
    side->addWidget(m_title);
    side->addWidget(m_panel);
    m_overlap->setObjectName(u"overlapWarning"_s);
    m_overlap->setWordWrap(true);
    m_overlap->setTextFormat(Qt::PlainText);
    m_overlap->setAccessibleName(tr("Placement warning"));
    m_overlap->setStyleSheet(u"color: white; background: #b3261e; "
                             "padding: 6px; border-radius: 4px;"_s);
    m_overlap->hide();
    side->addWidget(m_overlap);
    m_moveToBlank->setObjectName(u"moveToBlankButton"_s);
    m_moveToBlank->setToolTip(tr("Move the stamp to the nearest blank square of its size"));
    m_moveToBlank->hide();
    side->addWidget(m_moveToBlank);
    auto *fitWidth = new QPushButton(tr("Fit &width"), this);
    auto *fitPage = new QPushButton(tr("Fit p&age"), this);
    fitWidth->setObjectName(u"fitWidthButton"_s);
    fitPage->setObjectName(u"fitPageButton"_s);
    side->addWidget(fitWidth);
    side->addWidget(fitPage);
    auto *help = new QLabel(tr("Drag the stamp onto its place. Arrow keys move it by 1 pt, with "
                               "Shift by 10 pt. It snaps to the margins and the centre line; hold "
                               "Alt to place it freely. Ctrl+wheel zooms."),
                            this);
    help->setWordWrap(true);
    side->addWidget(help);
    side->addStretch();

    auto *editor = new QWidget(this);
    auto *editorLayout = new QHBoxLayout(editor);
    editorLayout->setContentsMargins({});
    editorLayout->addWidget(m_thumbnails);
    editorLayout->addWidget(m_view, 1);
    editorLayout->addLayout(side);
    auto *empty = new EmptyState(tr("No document to place the stamp on yet"),
                                 tr("Open a PDF document first. Bubuh then suggests a blank spot "
                                    "near where letters are signed, and you can move it."),
                                 this);
    empty->setObjectName(u"positionEmptyState"_s);
    connect(empty->addAction(Icon::Open, tr("&Open PDF…"), u"positionOpenButton"_s),
            &QPushButton::clicked, this, &PositionPage::openRequested);
    m_stack->addWidget(empty);
    m_stack->addWidget(editor);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(u"<h2>%1</h2>"_s.arg(tr("Stamp position")), this));
    layout->addWidget(m_stack, 1);

    connect(m_thumbnails, &PageThumbnails::pageChosen, m_view, &PageView::showPage);
    connect(fitWidth, &QPushButton::clicked, m_view, &PageView::fitWidth);
    connect(fitPage, &QPushButton::clicked, m_view, &PageView::fitPage);
    connect(m_view, &PageView::placementChanged, this, [this](const Placement &p) {
        m_panel->setPlacement(p);
        if (m_index >= 0)
            m_documents.setPlacement(m_index, p);
        checkInk();
    });
    connect(m_moveToBlank, &QPushButton::clicked, this, &PositionPage::moveToBlank);
    // A page's ink read, or the first placement moved to the signing spot.
    connect(&m_documents, &OpenDocuments::changed, this, [this](int index) {
        if (index != m_index)
            return;
        const Placement p = m_documents.at(index).placement;
        if (p != m_view->placement()) {
            m_index = -1; // shown, not written back
            m_view->setPlacement(p);
            m_panel->setPlacement(m_view->placement());
            m_view->showPage(p.page);
            m_index = index;
        }
        checkInk();
    });
    connect(&m_documents, &OpenDocuments::previewChanged, this, [this](int index) {
        if (index == m_index)
            showDocument(index);
    });
    connect(m_panel, &PlacementPanel::placementEdited, this, [this](const Placement &p) {
        m_view->setPlacement(p);
        m_view->showPage(p.page);
    });
}

void PositionPage::showDocument(int index)
{
    m_index = -1; // no writes back while the view is being set up
    m_stack->setCurrentIndex(1);
    OpenDocument &doc = m_documents.at(index);
    m_title->setText(u"<b>%1</b>"_s.arg(QFileInfo(doc.path).fileName().toHtmlEscaped()));
    m_view->setDocument(doc.preview(), doc.inspection.pages);
    m_thumbnails->setDocument(doc.preview(), doc.inspection.pages);
    m_panel->setPageCount(int(doc.inspection.pages.size()));
    m_view->setPlacement(doc.placement);
    m_panel->setPlacement(m_view->placement());
    m_view->fitPage();
    m_view->showPage(doc.placement.page);
    m_index = index;
    checkInk();
}

void PositionPage::checkInk()
{
    if (m_index < 0)
        return;
    const Placement &p = m_documents.at(m_index).placement;
    const InkMap *ink = m_documents.inkUnderStamp(m_index);
    const bool covers = ink && ink->covers(p.displayRect());
    if (covers)
        m_overlap->setText(tr("The stamp covers text or ink (%1 % of it). It must not cover text "
                              "or a signature.")
                               .arg(qRound(ink->coveredShare(p.displayRect()) * 100)));
    m_overlap->setVisible(covers);
    m_moveToBlank->setVisible(covers);
}

void PositionPage::moveToBlank()
{
    if (m_index < 0)
        return;
    const Placement p = m_documents.at(m_index).placement;
    const InkMap *ink = m_documents.inkUnderStamp(m_index);
    const std::optional<QRectF> blank = ink ? ink->nearestBlank(p.displayRect()) : std::nullopt;
    if (!blank) {
        m_overlap->setText(tr("This page has no blank square the size of the stamp. Make the "
                              "stamp smaller, or choose another page."));
        return;
    }
    m_view->setPlacement({p.page, blank->x(), blank->y(), p.size}); // and remembered
}

} // namespace bubuh
