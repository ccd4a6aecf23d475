#include "PositionPage.h"

#include "OpenDocuments.h"
#include "PageThumbnails.h"
#include "PageView.h"
#include "PlacementPanel.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bubuh {

PositionPage::PositionPage(OpenDocuments &documents, QWidget *parent)
    : QWidget(parent)
    , m_documents(documents)
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

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_thumbnails);
    layout->addWidget(m_view, 1);
    layout->addLayout(side);

    connect(m_thumbnails, &PageThumbnails::pageChosen, m_view, &PageView::showPage);
    connect(fitWidth, &QPushButton::clicked, m_view, &PageView::fitWidth);
    connect(fitPage, &QPushButton::clicked, m_view, &PageView::fitPage);
    connect(m_view, &PageView::placementChanged, this, [this](const Placement &p) {
        m_panel->setPlacement(p);
        if (m_index >= 0)
            m_documents.setPlacement(m_index, p);
    });
    connect(m_panel, &PlacementPanel::placementEdited, this, [this](const Placement &p) {
        m_view->setPlacement(p);
        m_view->showPage(p.page);
    });
}

void PositionPage::showDocument(int index)
{
    m_index = -1; // no writes back while the view is being set up
    OpenDocument &doc = m_documents.at(index);
    m_title->setText(u"<b>%1</b>"_s.arg(QFileInfo(doc.path).fileName().toHtmlEscaped()));
    m_view->setDocument(doc.pdf.get(), doc.inspection.pages);
    m_thumbnails->setDocument(doc.pdf.get(), doc.inspection.pages);
    m_panel->setPageCount(int(doc.inspection.pages.size()));
    m_view->setPlacement(doc.placement);
    m_panel->setPlacement(m_view->placement());
    m_view->fitPage();
    m_view->showPage(doc.placement.page);
    m_index = index;
}

} // namespace bubuh
