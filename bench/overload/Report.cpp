#include "Report.h"

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace bench {

void Summary::add(const RushResult &r)
{
    users = r.users;
    amplification += r.amplification();
    edgePerSuccess += r.served ? double(r.edgeRequests) / r.served : 0;
    p50s += double(r.percentileMs(0.50)) / 1000.0;
    p99s += double(r.percentileMs(0.99)) / 1000.0;
    notServed += r.notServedShare();
    duplicates += r.duplicateCharges;
    if (r.users) {
        unservedInQueue += double(r.unservedInQueue) / r.users;
        unservedAdmitted += double(r.unservedAdmitted) / r.users;
        unservedOrdering += double(r.unservedOrdering) / r.users;
    }
    frontDoorTimeouts += double(r.frontDoorTimeouts);
    ++runs;
}

void Summary::finish()
{
    if (!runs)
        return;
    amplification /= runs;
    edgePerSuccess /= runs;
    p50s /= runs;
    p99s /= runs;
    notServed /= runs;
    unservedInQueue /= runs;
    unservedAdmitted /= runs;
    unservedOrdering /= runs;
    frontDoorTimeouts /= runs;
}

QString markdownTable(const QList<Summary> &rows)
{
    QString md = u"| strategy | requests per success (backend) | edge requests per success | p50 "
                 u"to success | p99 to success | not served by the deadline | duplicate charges |\n"
                 "|---|---:|---:|---:|---:|---:|---:|\n"_s;
    for (const Summary &s : rows) {
        md += u"| %1 | %2 | %3 | %4 s | %5 s | %6 % | %7 |\n"_s.arg(s.strategy)
                  .arg(s.amplification, 0, 'f', 2)
                  .arg(s.edgePerSuccess, 0, 'f', 2)
                  .arg(s.p50s, 0, 'f', 1)
                  .arg(s.p99s, 0, 'f', 1)
                  .arg(s.notServed * 100, 0, 'f', 1)
                  .arg(s.duplicates);
    }
    return md;
}

QString unservedTable(const QList<Summary> &rows)
{
    QString md = u"| strategy | not served | still in the queue | admitted, not yet served | "
                 u"ordering or retrying | front-door timeouts per run |\n"
                 "|---|---:|---:|---:|---:|---:|\n"_s;
    for (const Summary &s : rows) {
        md += u"| %1 | %2 % | %3 % | %4 % | %5 % | %6 |\n"_s.arg(s.strategy)
                  .arg(s.notServed * 100, 0, 'f', 2)
                  .arg(s.unservedInQueue * 100, 0, 'f', 2)
                  .arg(s.unservedAdmitted * 100, 0, 'f', 2)
                  .arg(s.unservedOrdering * 100, 0, 'f', 2)
                  .arg(s.frontDoorTimeouts, 0, 'f', 0);
    }
    return md;
}

bool writeGoodputPlot(const QString &path, const QMap<QString, QList<int>> &series, int users)
{
    const QSize size(1100, 560);
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF plot(80, 40, 760, 460);
    int maxBuckets = 0;
    double maxRate = 1;
    for (const QList<int> &s : series) {
        maxBuckets = std::max(maxBuckets, int(s.size()));
        for (int v : s)
            maxRate = std::max(maxRate, v / 10.0);
    }
    maxRate = std::ceil(maxRate / 5) * 5;
    p.setPen(QPen(Qt::black, 1));
    p.drawRect(plot);
    QFont font = p.font();
    font.setPixelSize(13);
    p.setFont(font);
    for (int i = 0; i <= 5; ++i) {
        const double y = plot.bottom() - plot.height() * i / 5;
        p.setPen(QPen(QColor(220, 220, 220), 1));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(Qt::black);
        p.drawText(QRectF(0, y - 8, 72, 16), Qt::AlignRight,
                   QString::number(maxRate * i / 5, 'f', 0));
    }
    const double seconds = maxBuckets * 10.0;
    for (int t = 0; t <= int(seconds); t += 100) {
        const double x = plot.left() + plot.width() * t / seconds;
        p.drawText(QRectF(x - 30, plot.bottom() + 4, 60, 16), Qt::AlignHCenter, QString::number(t));
    }
    p.drawText(QRectF(plot.left(), plot.bottom() + 22, plot.width(), 18), Qt::AlignHCenter,
               u"seconds since the rush began"_s);
    p.save();
    p.translate(18, plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-150, -10, 300, 20), Qt::AlignHCenter, u"purchases served per second"_s);
    p.restore();
    p.drawText(
        QRectF(plot.left(), 8, plot.width(), 24), Qt::AlignHCenter,
        u"Goodput during the rush: %1 people arriving over 120 s, capacity 20/s"_s.arg(users));

    const QList<QColor> colours
        = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
           QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
           QColor(0x55, 0x55, 0x55)};
    int index = 0;
    for (auto it = series.begin(); it != series.end(); ++it, ++index) {
        QPainterPath path;
        for (int b = 0; b < it->size(); ++b) {
            const QPointF pt(plot.left() + plot.width() * (b + 0.5) / maxBuckets,
                             plot.bottom() - plot.height() * (it->at(b) / 10.0) / maxRate);
            b == 0 ? path.moveTo(pt) : path.lineTo(pt);
        }
        const bool ideal = it.key() == u"ideal";
        p.setPen(QPen(colours[index % colours.size()], ideal ? 1.5 : 2.2,
                      ideal ? Qt::DashLine : Qt::SolidLine));
        p.drawPath(path);
        const double ly = plot.top() + 10 + index * 22;
        p.drawLine(QPointF(plot.right() + 20, ly + 8), QPointF(plot.right() + 50, ly + 8));
        p.setPen(Qt::black);
        p.drawText(QRectF(plot.right() + 56, ly, 220, 18), Qt::AlignLeft | Qt::AlignVCenter,
                   it.key());
    }
    p.end();
    return image.save(path);
}

} // namespace bench
