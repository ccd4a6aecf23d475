// bubuh-iconrender: a build tool. Renders the application icon's SVGs to the PNG sizes of the
// hicolor theme and to a Windows .ico, so no picture is committed by hand.
//   bubuh-iconrender ICON.svg SMALL.svg OUTDIR SIZE...
// writes OUTDIR/hicolor/NxN/apps/<name>.png for every SIZE and OUTDIR/<name>.ico. Sizes up to
// kSmallIconUpTo come from SMALL.svg, drawn on the 16 px grid, as the window draws them.
#include "widgets/Icons.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

void appendLe16(QByteArray &out, quint16 v)
{
    const quint16 le = qToLittleEndian(v);
    out.append(reinterpret_cast<const char *>(&le), sizeof le);
}

void appendLe32(QByteArray &out, quint32 v)
{
    const quint32 le = qToLittleEndian(v);
    out.append(reinterpret_cast<const char *>(&le), sizeof le);
}

// An ICO whose images are PNG streams (Windows Vista and later read them at every size). Qt's
// own ICO writer stores one image only.
QByteArray ico(const QList<QImage> &images)
{
    QByteArray header;
    appendLe16(header, 0); // reserved
    appendLe16(header, 1); // type: icon
    appendLe16(header, quint16(images.size()));
    QByteArray data;
    quint32 offset = quint32(6 + 16 * images.size());
    for (const QImage &image : images) {
        const QByteArray stream = png(image);
        header.append(char(image.width() >= 256 ? 0 : image.width())); // 0 means 256
        header.append(char(image.height() >= 256 ? 0 : image.height()));
        header.append(char(0)); // no palette
        header.append(char(0)); // reserved
        appendLe16(header, 1);  // colour planes
        appendLe16(header, 32); // bits per pixel
        appendLe32(header, quint32(stream.size()));
        appendLe32(header, offset);
        offset += quint32(stream.size());
        data += stream;
    }
    return header + data;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 5) {
        std::fprintf(stderr, "usage: bubuh-iconrender ICON.svg SMALL.svg OUTDIR SIZE...\n");
        return 1;
    }
    const QString svg = QString::fromLocal8Bit(argv[1]);
    const QDir out(QString::fromLocal8Bit(argv[3]));
    const QString name = QFileInfo(svg).completeBaseName();
    QSvgRenderer large(svg);
    QSvgRenderer small(QString::fromLocal8Bit(argv[2]));
    if (!large.isValid() || !small.isValid()) {
        std::fprintf(stderr, "bubuh-iconrender: cannot read %s or %s\n", argv[1], argv[2]);
        return 1;
    }
    QList<QImage> forIco;
    for (int i = 4; i < argc; ++i) {
        const int size = QByteArray(argv[i]).toInt();
        if (size <= 0 || size > 1024) {
            std::fprintf(stderr, "bubuh-iconrender: bad size %s\n", argv[i]);
            return 1;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        (size <= bubuh::kSmallIconUpTo ? small : large).render(&painter, QRectF(0, 0, size, size));
        painter.end();
        const QString folder = u"hicolor/%1x%1/apps"_s.arg(size);
        const QString file = out.filePath(folder + u'/' + name + u".png"_s);
        if (!out.mkpath(folder) || !image.save(file, "PNG")) {
            std::fprintf(stderr, "bubuh-iconrender: cannot write %s\n", qPrintable(file));
            return 1;
        }
        if (size <= 256)
            forIco << image;
    }
    QFile icoFile(out.filePath(name + u".ico"_s));
    if (!icoFile.open(QIODevice::WriteOnly) || icoFile.write(ico(forIco)) < 0) {
        std::fprintf(stderr, "bubuh-iconrender: cannot write %s\n", qPrintable(icoFile.fileName()));
        return 1;
    }
    return 0;
}
