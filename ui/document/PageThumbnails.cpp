#include "PageThumbnails.h"

#include "pdf/PageBoxes.h"

#include <QPainter>
#include <QPdfDocument>
#include <QPdfPageRenderer>

using namespace Qt::StringLiterals;

namespace bubuh {

PageThumbnails::PageThumbnails(QWidget *parent)
    : QListWidget(parent), m_renderer(new QPdfPageRenderer(this))
{
    setObjectName(u"pageThumbnails"_s);
    setAccessibleName(tr("Pages"));
    setViewMode(QListView::IconMode);
    setFlow(QListView::TopToBottom);
    setWrapping(false);
    setMovement(QListView::Static);
    setIconSize(QSize(kWidth, kWidth * 142 / 100));
    setFixedWidth(kWidth + 40);
    setUniformItemSizes(false);
    m_renderer->setRenderMode(QPdfPageRenderer::RenderMode::MultiThreaded);
    connect(m_renderer, &QPdfPageRenderer::pageRendered, this,
            [this](int page, QSize, const QImage &image, QPdfDocumentRenderOptions, quint64) {
                QListWidgetItem *it = item(page);
                if (!it || image.isNull())
                    return;
                QImage framed = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
                QPainter painter(&framed); // a paper edge, so white pages stand out
                painter.setPen(QColor(150, 150, 150));
                painter.drawRect(framed.rect().adjusted(0, 0, -1, -1));
                painter.end();
                it->setIcon(QIcon(QPixmap::fromImage(framed)));
            });
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            Q_EMIT pageChosen(row + 1);
    });
}

void PageThumbnails::setDocument(QPdfDocument *document, const QList<PageBoxes> &pages)
{
    clear();
    m_renderer->setDocument(document);
    m_requested = QList<bool>(pages.size(), false);
    QPixmap blank(iconSize());
    blank.fill(Qt::white);
    for (int i = 0; i < pages.size(); ++i) {
        auto *it = new QListWidgetItem(QIcon(blank), QString::number(i + 1), this);
        it->setTextAlignment(Qt::AlignHCenter);
        it->setData(Qt::AccessibleTextRole, tr("Page %1").arg(i + 1));
        // Each thumbnail keeps its page's proportions as displayed.
        const QSizeF shown = pages[i].displaySize();
        it->setData(Qt::UserRole,
                    QSize(kWidth, int(kWidth * shown.height() / std::max(1.0, shown.width()))));
    }
}

void PageThumbnails::paintEvent(QPaintEvent *event)
{
    // Ask for the thumbnails in sight, once each.
    const qreal dpr = devicePixelRatioF();
    for (int row = 0; row < count(); ++row) {
        if (m_requested.value(row) || !viewport()->rect().intersects(visualItemRect(item(row))))
            continue;
        m_requested[row] = true;
        m_renderer->requestPage(row, item(row)->data(Qt::UserRole).toSize() * dpr);
    }
    QListWidget::paintEvent(event);
}

} // namespace bubuh
