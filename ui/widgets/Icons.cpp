#include "widgets/Icons.h"

#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QLibraryInfo>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>
#include <QVersionNumber>

using namespace Qt::StringLiterals;

// Q_INIT_RESOURCE names a global symbol: call it outside any namespace.
static void initIconResources()
{
    Q_INIT_RESOURCE(bubuh);
}

namespace bubuh {
namespace {

struct IconFile
{
    const char *name;
    bool tinted;
};

IconFile fileOf(Icon which)
{
    switch (which) {
    case Icon::Application: return {"id.bubuh.Bubuh", false};
    case Icon::Open: return {"open", true};
    case Icon::Folder: return {"folder", true};
    case Icon::Verify: return {"verify", true};
    case Icon::Settings: return {"settings", true};
    case Icon::Quit: return {"quit", true};
    case Icon::Copy: return {"copy", true};
    case Icon::Stop: return {"stop", true};
    case Icon::Resume: return {"resume", true};
    case Icon::Export: return {"export", true};
    case Icon::Buy: return {"buy", true};
    case Icon::Cancel: return {"cancel", true};
    case Icon::Stamp: return {"stamp", true};
    case Icon::Shrink: return {"shrink", true};
    case Icon::Photo: return {"photo", true};
    case Icon::SignIn: return {"sign-in", true};
    case Icon::StateOk: return {"state-ok", false};
    case Icon::StateNote: return {"state-note", false};
    case Icon::StateWarning: return {"state-warning", false};
    case Icon::StateError: return {"state-error", false};
    case Icon::StateNext: return {"state-next", false};
    case Icon::StateLater: return {"state-later", false};
    }
    Q_UNREACHABLE();
    return {};
}

QByteArray readIcon(const QString &name)
{
    QFile svg(u":/icons/%1.svg"_s.arg(name));
    return svg.open(QIODevice::ReadOnly) ? svg.readAll() : QByteArray();
}

// Renders an SVG at the size asked for; a tinted one has its currentColor replaced by the
// colour the palette gives the icon's mode, read when drawn, so a palette change shows.
class SvgIconEngine final : public QIconEngine
{
public:
    SvgIconEngine(QString name, bool tinted)
        : m_name(std::move(name))
        , m_svg(readIcon(m_name))
        , m_smallSvg(readIcon(m_name + u"-small"_s))
        , m_tinted(tinted)
    { }

    QIconEngine *clone() const override { return new SvgIconEngine(*this); }
    QString key() const override { return u"bubuh-svg"_s; }
    QString iconName() override { return m_name; }
    bool isNull() override { return m_svg.isEmpty(); }
    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap drawn = pixmap(rect.size() * ratio, mode, state);
        drawn.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect.topLeft(), drawn);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        // Qt 6.8 passes the size in device-independent pixels, earlier Qt in device pixels.
        static const bool logicalSize = QLibraryInfo::version() >= QVersionNumber(6, 8);
        QPixmap drawn = pixmap(logicalSize ? (QSizeF(size) * scale).toSize() : size, mode, state);
        drawn.setDevicePixelRatio(scale);
        return drawn;
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        if (size.isEmpty() || m_svg.isEmpty())
            return {};
        const QColor colour = m_tinted ? tint(mode) : QColor();
        const QString cacheKey = u"bubuh-icon/%1/%2x%3/%4"_s.arg(m_name)
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(colour.isValid() ? colour.name(QColor::HexArgb)
                                                           : QString::number(int(mode)));
        QPixmap cached;
        if (QPixmapCache::find(cacheKey, &cached))
            return cached;
        QByteArray svg
            = size.width() <= kSmallIconUpTo && !m_smallSvg.isEmpty() ? m_smallSvg : m_svg;
        if (colour.isValid())
            svg.replace("currentColor", colour.name(QColor::HexRgb).toLatin1());
        QSvgRenderer renderer(svg);
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        // A disabled icon in its own colours fades, as Qt fades a disabled pixmap.
        painter.setOpacity(colour.isValid()              ? colour.alphaF()
                               : mode == QIcon::Disabled ? 0.45
                                                         : 1.0);
        renderer.render(&painter, QRectF(QPointF(0, 0), size));
        painter.end();
        const QPixmap result = QPixmap::fromImage(std::move(image));
        QPixmapCache::insert(cacheKey, result);
        return result;
    }

private:
    static QColor tint(QIcon::Mode mode)
    {
        const QPalette palette = QGuiApplication::palette();
        switch (mode) {
        case QIcon::Disabled: return palette.color(QPalette::Disabled, QPalette::WindowText);
        case QIcon::Selected: return palette.color(QPalette::Active, QPalette::HighlightedText);
        case QIcon::Normal:
        case QIcon::Active: break;
        }
        return palette.color(QPalette::Active, QPalette::WindowText);
    }

    QString m_name;
    QByteArray m_svg;
    QByteArray m_smallSvg; // empty: one drawing for every size
    bool m_tinted;
};

} // namespace

QIcon icon(Icon which)
{
    static const bool initialised = (initIconResources(), true);
    Q_UNUSED(initialised);
    const IconFile file = fileOf(which);
    return QIcon(new SvgIconEngine(QString::fromLatin1(file.name), file.tinted));
}

} // namespace bubuh
