#pragma once

#include "pdf/PlacementGeometry.h"

#include <QAbstractScrollArea>
#include <QCache>
#include <QImage>
#include <QLineF>

class QPdfDocument;
class QPdfPageRenderer;

namespace bubuh {

class StampMarker;

// The document as the applicant sees it, built for placing the stamp: pages in one continuous
// column, rendered off the GUI thread (QPdfPageRenderer) at the screen's device pixel ratio,
// only when visible, kept in a bounded cache; and the stamp on its page, dragged with the
// mouse (snapping to margins, corners and the centre line; Alt places freely) or nudged with
// the arrow keys (1 pt, Shift 10 pt). Geometry comes from PageBoxes, not from Qt Pdf.
class PageView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit PageView(QWidget *parent = nullptr);
    ~PageView() override;

    // document must outlive the view; pages are its boxes read with qpdf.
    void setDocument(QPdfDocument *document, const QList<PageBoxes> &pages);
    QPdfDocument *document() const { return m_document; }
    const QList<PageBoxes> &pages() const { return m_pages; }

    Placement placement() const { return m_placement; }
    void setPlacement(const Placement &placement);

    double zoom() const { return m_zoom; }
    void setZoom(double zoom); // 0.25 .. 4
    void fitWidth();
    void fitPage();
    void showPage(int page);

    // Where things are, in viewport coordinates (logical pixels): for tests and accessibility.
    QRectF pageRect(int page) const;
    QRectF stampRect() const;
    double pixelsPerPoint() const;

    static constexpr qint64 kCacheBytes = 160 * 1024 * 1024;
    // The most pixels one page is rendered with (about 100 MB): a page shown larger (a huge
    // /UserUnit, a deep zoom) is rendered at this size and scaled, so that no document can
    // make the window allocate without bound.
    static constexpr qint64 kMaxRenderPixels = 25'000'000;
    // The pixels a page shown at `size` (device pixels) is rendered with.
    static QSize renderPixels(const QSizeF &size);

Q_SIGNALS:
    void placementChanged(const bubuh::Placement &placement);
    void zoomChanged(double zoom);
    void pageRendered(int page); // a sharp image of page arrived

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QRectF contentRect(int page) const; // in content coordinates
    QPointF contentOffset() const;
    int pageAt(QPointF viewportPoint) const;
    void updateScrollBars(); // lays the pages out again, then sizes the scroll bars
    void layoutPages();
    void requestRender(int page, QSize pixels);
    void onRendered(int page, QSize size, const QImage &image);
    void moveStamp(Placement placement, bool snap);
    void applyZoom(double zoom);

    enum class Fit { None, Width, Page }; // kept while the window is resized, until a manual zoom
    Fit m_fit = Fit::None;
    QPdfDocument *m_document = nullptr;
    QPdfPageRenderer *m_renderer;
    QList<PageBoxes> m_pages;
    QList<QRectF> m_layout; // each page in content coordinates at the current zoom
    double m_zoom = 1.0;
    Placement m_placement;
    bool m_dragging = false;
    QPointF m_grab; // where in the stamp it was grabbed, in points
    QList<QLineF> m_guides;
    QCache<quint64, QImage> m_cache;
    QSet<quint64> m_pending;
    StampMarker *m_marker; // the stamp, for assistive technology
};

} // namespace bubuh
