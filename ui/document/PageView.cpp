#include "PageView.h"

#include "StampMarker.h"
#include "StampPreview.h"
#include "pdf/PlacementSnapper.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfPageRenderer>
#include <QScrollBar>

#include <cmath>

using namespace Qt::StringLiterals;

namespace bubuh {

namespace {

constexpr double kGap = 12;       // logical pixels between pages
constexpr double kSnapPixels = 6; // how close the stamp must come to snap

quint64 cacheKey(int page, QSize pixels)
{
    return (quint64(page) << 40) | (quint64(pixels.width()) << 20) | quint64(pixels.height());
}

} // namespace

PageView::PageView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_renderer(new QPdfPageRenderer(this))
    , m_marker(new StampMarker(viewport()))
{
    setObjectName(u"pageView"_s);
    setAccessibleName(tr("Document preview"));
    setAccessibleDescription(
        tr("Drag the stamp, or move it with the arrow keys (Shift: 10 points)."));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    m_cache.setMaxCost(int(kCacheBytes / 1024));
    m_renderer->setRenderMode(QPdfPageRenderer::RenderMode::MultiThreaded);
    connect(m_renderer, &QPdfPageRenderer::pageRendered, this,
            [this](int page, QSize size, const QImage &image, QPdfDocumentRenderOptions, quint64) {
                onRendered(page, size, image);
            });
}

PageView::~PageView() = default;

void PageView::setDocument(QPdfDocument *document, const QList<PageBoxes> &pages)
{
    m_document = document;
    m_pages = pages;
    m_cache.clear();
    m_pending.clear();
    m_renderer->setDocument(document);
    if (!m_pages.isEmpty())
        setPlacement(PlacementGeometry::clampedToPage(m_pages.first(), m_placement));
    updateScrollBars();
    viewport()->update();
}

void PageView::setPlacement(const Placement &placement)
{
    if (m_pages.isEmpty())
        return;
    Placement p = placement;
    p.page = std::clamp(p.page, 1, int(m_pages.size()));
    p = PlacementGeometry::clampedToPage(m_pages[p.page - 1], p);
    if (p.page == m_placement.page && p.u == m_placement.u && p.v == m_placement.v
        && p.size == m_placement.size)
        return;
    m_placement = p;
    viewport()->update();
    Q_EMIT placementChanged(m_placement);
}

double PageView::pixelsPerPoint() const
{
    return m_zoom * logicalDpiY() / 72.0;
}

void PageView::setZoom(double zoom)
{
    m_fit = Fit::None;
    applyZoom(zoom);
}

void PageView::applyZoom(double zoom)
{
    zoom = std::clamp(zoom, 0.25, 4.0);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    // Keep the point at the top of the view where it is.
    const double anchor = verticalScrollBar()->value()
        / std::max(1.0, double(verticalScrollBar()->maximum() + viewport()->height()));
    m_zoom = zoom;
    updateScrollBars();
    verticalScrollBar()->setValue(
        int(anchor * (verticalScrollBar()->maximum() + viewport()->height())));
    viewport()->update();
    Q_EMIT zoomChanged(m_zoom);
}

void PageView::fitWidth()
{
    double widest = 1;
    for (const PageBoxes &p : std::as_const(m_pages))
        widest = std::max(widest, p.displaySize().width());
    applyZoom((viewport()->width() - 2 * kGap) / (widest * logicalDpiY() / 72.0));
    m_fit = Fit::Width;
}

void PageView::fitPage()
{
    if (m_pages.isEmpty())
        return;
    const QSizeF s
        = m_pages[std::max(0, m_placement.page - 1)].displaySize() * (logicalDpiY() / 72.0);
    applyZoom(std::min((viewport()->width() - 2 * kGap) / s.width(),
                       (viewport()->height() - 2 * kGap) / s.height()));
    m_fit = Fit::Page;
}

QRectF PageView::contentRect(int page) const
{
    return m_layout.value(page - 1);
}

void PageView::layoutPages()
{
    // Computed once per zoom or size, so painting and dragging stay O(visible pages).
    const double ppp = pixelsPerPoint();
    double widest = 0, top = kGap;
    for (const PageBoxes &p : std::as_const(m_pages))
        widest = std::max(widest, p.displaySize().width() * ppp);
    m_layout.clear();
    m_layout.reserve(m_pages.size());
    for (const PageBoxes &p : std::as_const(m_pages)) {
        const QSizeF size = p.displaySize() * ppp;
        const double left = widest + 2 * kGap > viewport()->width()
            ? kGap + (widest - size.width()) / 2
            : (viewport()->width() - size.width()) / 2.0;
        m_layout.append(QRectF(QPointF(left, top), size));
        top += size.height() + kGap;
    }
}

QPointF PageView::contentOffset() const
{
    return QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
}

QRectF PageView::pageRect(int page) const
{
    return contentRect(page).translated(-contentOffset());
}

QRectF PageView::stampRect() const
{
    if (m_pages.isEmpty())
        return {};
    const QRectF page = pageRect(m_placement.page);
    const double ppp = pixelsPerPoint();
    return QRectF(page.topLeft() + QPointF(m_placement.u, m_placement.v) * ppp,
                  QSizeF(m_placement.size, m_placement.size) * ppp);
}

void PageView::showPage(int page)
{
    if (page >= 1 && page <= m_pages.size())
        verticalScrollBar()->setValue(int(contentRect(page).top() - kGap));
}

void PageView::updateScrollBars()
{
    layoutPages();
    if (m_pages.isEmpty()) {
        verticalScrollBar()->setRange(0, 0);
        horizontalScrollBar()->setRange(0, 0);
        return;
    }
    const QRectF last = m_layout.last();
    double widest = 0;
    for (const QRectF &r : std::as_const(m_layout))
        widest = std::max(widest, r.right());
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(40);
    verticalScrollBar()->setRange(0, std::max(0, int(last.bottom() + kGap) - viewport()->height()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setRange(0, std::max(0, int(widest + kGap) - viewport()->width()));
}

QSize PageView::renderPixels(const QSizeF &size)
{
    const double area = size.width() * size.height();
    if (!(area > kMaxRenderPixels)) // also when not finite
        return size.toSize();
    const double scale = std::sqrt(double(kMaxRenderPixels) / area);
    return QSize(std::max(1, int(size.width() * scale)), std::max(1, int(size.height() * scale)));
}

void PageView::requestRender(int page, QSize pixels)
{
    const quint64 key = cacheKey(page, pixels);
    if (!m_document || m_pending.contains(key))
        return;
    m_pending.insert(key);
    m_renderer->requestPage(page - 1, pixels);
}

void PageView::onRendered(int pageIndex, QSize size, const QImage &image)
{
    const quint64 key = cacheKey(pageIndex + 1, size);
    m_pending.remove(key);
    if (image.isNull())
        return;
    m_cache.insert(key, new QImage(image), int(image.sizeInBytes() / 1024));
    viewport()->update();
    Q_EMIT pageRendered(pageIndex + 1);
}

void PageView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.fillRect(viewport()->rect(), palette().color(QPalette::Dark));
    if (m_pages.isEmpty()) {
        m_marker->hide(); // no page, no stamp to speak of
        return;
    }
    m_marker->place(stampRect().toAlignedRect(), m_placement); // wherever painting puts it
    const qreal dpr = devicePixelRatioF();
    const QRectF visible = viewport()->rect();
    for (int page = 1; page <= m_pages.size(); ++page) {
        const QRectF r = pageRect(page);
        if (!r.intersects(visible))
            continue; // only what is visible is rendered
        p.fillRect(r, Qt::white);
        const QSize pixels = renderPixels(r.size() * dpr);
        if (const QImage *sharp = m_cache.object(cacheKey(page, pixels))) {
            p.drawImage(r, *sharp); // scaled only when the render was capped
        } else {
            requestRender(page, pixels); // drawn white until it arrives, never a stale blur
        }
        p.setPen(QPen(palette().color(QPalette::Shadow), 1));
        p.drawRect(r);
    }
    const QRectF stamp = stampRect();
    if (stamp.intersects(visible))
        StampPreview::paint(p, stamp, hasFocus() || m_dragging);
    if (m_dragging) {
        // On white paper in any palette: a blue dark enough for 4.5:1 against it.
        p.setPen(QPen(QColor(0, 90, 200), 1, Qt::DashLine));
        const QRectF page = pageRect(m_placement.page);
        const double ppp = pixelsPerPoint();
        for (const QLineF &g : std::as_const(m_guides))
            p.drawLine(QLineF(page.topLeft() + g.p1() * ppp, page.topLeft() + g.p2() * ppp));
    }
}

void PageView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_fit == Fit::Width)
        fitWidth();
    else if (m_fit == Fit::Page)
        fitPage();
    updateScrollBars();
}

void PageView::scrollContentsBy(int, int)
{
    viewport()->update();
}

int PageView::pageAt(QPointF point) const
{
    int nearest = 1;
    double distance = 1e18;
    for (int page = 1; page <= m_pages.size(); ++page) {
        const QRectF r = pageRect(page);
        if (r.contains(point))
            return page;
        const double d = std::min(std::abs(point.y() - r.top()), std::abs(point.y() - r.bottom()));
        if (d < distance) {
            distance = d;
            nearest = page;
        }
    }
    return nearest;
}

void PageView::moveStamp(Placement placement, bool snap)
{
    const PageBoxes &boxes = m_pages[placement.page - 1];
    m_guides.clear();
    if (snap) {
        const PlacementSnapper::Snapped s
            = PlacementSnapper::snap(boxes, placement, kSnapPixels / pixelsPerPoint());
        placement = s.placement;
        m_guides = s.guides;
    }
    setPlacement(placement);
    viewport()->update();
}

void PageView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && stampRect().contains(event->position())) {
        m_dragging = true;
        m_grab = (event->position() - stampRect().topLeft()) / pixelsPerPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void PageView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging) {
        viewport()->setCursor(stampRect().contains(event->position()) ? Qt::OpenHandCursor
                                                                      : Qt::ArrowCursor);
        return;
    }
    // The stamp may be dragged onto another page: it belongs to the page under the pointer.
    const int page = pageAt(event->position());
    const QPointF onPage
        = (event->position() - pageRect(page).topLeft()) / pixelsPerPoint() - m_grab;
    moveStamp({page, onPage.x(), onPage.y(), m_placement.size},
              !(event->modifiers() & Qt::AltModifier));
}

void PageView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging && event->button() == Qt::LeftButton) {
        m_dragging = false;
        m_guides.clear();
        viewport()->setCursor(Qt::OpenHandCursor);
        viewport()->update();
        return;
    }
    QAbstractScrollArea::mouseReleaseEvent(event);
}

void PageView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        setZoom(m_zoom * std::pow(1.0015, event->angleDelta().y()));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void PageView::keyPressEvent(QKeyEvent *event)
{
    const double step = event->modifiers() & Qt::ShiftModifier ? 10 : 1;
    Placement p = m_placement;
    switch (event->key()) {
    case Qt::Key_Left: p.u -= step; break;
    case Qt::Key_Right: p.u += step; break;
    case Qt::Key_Up: p.v -= step; break;
    case Qt::Key_Down: p.v += step; break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        if (event->modifiers() & Qt::ControlModifier) {
            setZoom(m_zoom * 1.25);
            return;
        }
        QAbstractScrollArea::keyPressEvent(event);
        return;
    case Qt::Key_Minus:
        if (event->modifiers() & Qt::ControlModifier) {
            setZoom(m_zoom / 1.25);
            return;
        }
        QAbstractScrollArea::keyPressEvent(event);
        return;
    default: QAbstractScrollArea::keyPressEvent(event); return;
    }
    setPlacement(p); // nudging is exact: no snapping
}

} // namespace bubuh
