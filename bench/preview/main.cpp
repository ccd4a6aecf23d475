// The preview benchmark of issue #4: open to first page, drag frame time and memory while
// scrolling, on a 400-page document and a 50 MB scanned one, against Qt Pdf rendering the
// same page alone in the same run. Writes the "preview" section of docs/benchmarks.md.
#include "../common/BenchmarkDocs.h"
#include "document/OpenDocuments.h"
#include "document/PageView.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMouseEvent>
#include <QPainter>
#include <QPdfDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace bubuh;

namespace {

QPDFObjectHandle newPage(QPDF &pdf, const std::string &content, QPDFObjectHandle resources)
{
    QPDFObjectHandle page
        = QPDFObjectHandle::parse("<< /Type /Page /MediaBox [0 0 595.276 841.89] >>");
    page.replaceKey("/Resources", resources);
    page.replaceKey("/Contents", QPDFObjectHandle::newStream(&pdf, content));
    return pdf.makeIndirectObject(page);
}

QByteArray write(QPDF &pdf)
{
    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    writer.write();
    auto buffer = writer.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()),
                      qsizetype(buffer->getSize()));
}

// 400 pages of text and rules, like a long regulation.
QByteArray textDocument(int pages)
{
    QPDF pdf;
    pdf.emptyPDF();
    QPDFObjectHandle resources = QPDFObjectHandle::parse(
        "<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>");
    QPDFPageDocumentHelper doc(pdf);
    for (int p = 0; p < pages; ++p) {
        std::string content
            = "BT /F1 16 Tf 72 780 Td (Halaman " + std::to_string(p + 1) + ") Tj ET\n";
        for (int line = 0; line < 48; ++line) {
            content += "BT /F1 10 Tf 72 " + std::to_string(750 - line * 14) + " Td (Pasal "
                + std::to_string(line + 1) + ": ketentuan yang berlaku bagi pelamar.) Tj ET\n";
            content += "0.8 G 72 " + std::to_string(747 - line * 14) + " m 523 "
                + std::to_string(747 - line * 14) + " l S\n";
        }
        doc.addPage(QPDFPageObjectHelper(newPage(pdf, content, resources)), false);
    }
    return write(pdf);
}

// Scanned pages: a 300 dpi A4 photograph of paper (noise and text) as JPEG, until ~50 MB.
QByteArray scannedDocument(qint64 targetBytes)
{
    QImage scan(2480, 3508, QImage::Format_RGB32);
    QRandomGenerator rng(7);
    for (int y = 0; y < scan.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(scan.scanLine(y));
        for (int x = 0; x < scan.width(); ++x) {
            const int g = 225 + int(rng.bounded(30));
            line[x] = qRgb(g, g, g - 8);
        }
    }
    QPainter painter(&scan);
    QFont font = painter.font();
    font.setPixelSize(48);
    painter.setFont(font);
    painter.setPen(QColor(40, 40, 60));
    for (int i = 0; i < 50; ++i)
        painter.drawText(200, 300 + i * 60, u"Surat keterangan pindaian, baris %1"_s.arg(i + 1));
    painter.end();
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    scan.save(&buffer, "JPEG", 95);

    QPDF pdf;
    pdf.emptyPDF();
    QPDFPageDocumentHelper doc(pdf);
    qint64 total = 0;
    while (total < targetBytes) {
        QPDFObjectHandle image
            = QPDFObjectHandle::newStream(&pdf, std::string(jpeg.constData(), size_t(jpeg.size())));
        image.replaceDict(QPDFObjectHandle::parse(
            "<< /Type /XObject /Subtype /Image /Width 2480 /Height 3508 /ColorSpace /DeviceRGB "
            "/BitsPerComponent 8 /Filter /DCTDecode >>"));
        QPDFObjectHandle resources = QPDFObjectHandle::newDictionary();
        QPDFObjectHandle xobjects = QPDFObjectHandle::newDictionary();
        xobjects.replaceKey("/Scan", image);
        resources.replaceKey("/XObject", xobjects);
        doc.addPage(
            QPDFPageObjectHelper(newPage(pdf, "q 595.276 0 0 841.89 0 0 cm /Scan Do Q", resources)),
            false);
        total += jpeg.size();
    }
    return write(pdf);
}

// Starts a new peak: Linux lets a process reset its VmHWM (clear_refs, "5").
void resetPeakRss()
{
    QFile clear(u"/proc/self/clear_refs"_s);
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

qint64 peakRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1; // not Linux
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[std::min<qsizetype>(v.size() - 1, qsizetype(p * v.size()))];
}

struct Figures
{
    QString name;
    qint64 bytes = 0;
    int pages = 0;
    double baselineMs = 0, oursMs = 0, dragP50 = 0, dragP99 = 0;
    qint64 peakMb = 0;
};

// Time for Qt Pdf alone to load the file and render its first page at the view's size.
double baselineMs(const QString &path, QSize pixels)
{
    QElapsedTimer t;
    t.start();
    QPdfDocument doc;
    doc.load(path);
    const QImage image = doc.render(0, pixels);
    Q_UNUSED(image);
    return t.nsecsElapsed() / 1e6;
}

Figures measure(const QString &name, const QString &path, int runs)
{
    Figures f;
    f.name = name;
    f.bytes = QFileInfo(path).size();
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    QList<double> ours, base;
    resetPeakRss(); // this document's peak, not the making of it
    for (int run = 0; run < runs; ++run) {
        OpenDocuments documents(settings);
        PageView view;
        view.resize(900, 1000);
        view.show();
        QApplication::processEvents();
        bool firstShown = false;
        QObject::connect(&view, &PageView::pageRendered, &view,
                         [&firstShown](int page) { firstShown |= page == 1; });
        QElapsedTimer t;
        t.start();
        const int index = documents.open(path); // read, pre-flight, load
        view.setDocument(documents.at(std::max(0, index)).pdf.get(),
                         documents.at(std::max(0, index)).inspection.pages);
        view.fitWidth();
        view.viewport()->repaint();
        while (!firstShown)
            QApplication::processEvents(QEventLoop::WaitForMoreEvents);
        view.viewport()->repaint(); // the first page on screen, sharp
        ours << t.nsecsElapsed() / 1e6;
        const QSize pixels = (view.pageRect(1).size() * view.devicePixelRatioF()).toSize();
        base << baselineMs(path, pixels);
        f.pages = int(documents.at(0).inspection.pages.size());

        if (run == 0) {
            // Dragging the stamp: each move handled and painted.
            QList<double> frames;
            const QPointF start = view.stampRect().center();
            QMouseEvent press(QEvent::MouseButtonPress, start, view.mapToGlobal(start),
                              Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(view.viewport(), &press);
            for (int i = 0; i < 300; ++i) {
                const QPointF p
                    = start + QPointF(std::sin(i / 20.0) * 200, std::cos(i / 15.0) * 200);
                QElapsedTimer frame;
                frame.start();
                QMouseEvent move(QEvent::MouseMove, p, view.mapToGlobal(p), Qt::NoButton,
                                 Qt::LeftButton, Qt::NoModifier);
                QCoreApplication::sendEvent(view.viewport(), &move);
                view.viewport()->repaint();
                frames << frame.nsecsElapsed() / 1e6;
                QApplication::processEvents();
            }
            f.dragP50 = median(frames);
            f.dragP99 = percentile(frames, 0.99);
            // Scrolling through every page, waiting for each to render.
            for (int page = 1; page <= f.pages; ++page) {
                view.showPage(page);
                view.viewport()->repaint();
                QElapsedTimer wait;
                wait.start();
                bool done = false;
                auto c = QObject::connect(&view, &PageView::pageRendered, &view,
                                          [&done, page](int p) { done |= p == page; });
                while (!done && wait.elapsed() < 10'000)
                    QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
                QObject::disconnect(c);
            }
        }
    }
    f.oursMs = median(ours);
    f.baselineMs = median(base);
    f.peakMb = peakRssKb() / 1024;
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{u"runs"_s, u"Opening runs per document."_s, u"N"_s, u"5"_s},
         {u"docs"_s, u"The docs folder to write to."_s, u"DIR"_s, QStringLiteral(BUBUH_DOCS_DIR)},
         {u"document"_s, u"Only this document: text or scan."_s, u"NAME"_s}});
    parser.process(app);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const int runs = parser.value(u"runs"_s).toInt();

    QList<Figures> all;
    const QString only = parser.value(u"document"_s);
    if (!only.isEmpty()) {
        // Child mode: one document in a fresh process, so that its memory is its own.
        const QString path
            = dir.filePath(only == u"scan" ? u"pindaian-50mb.pdf"_s : u"peraturan-400.pdf"_s);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(only == u"scan" ? scannedDocument(50LL * 1024 * 1024) : textDocument(400));
        f.close();
        const Figures r = measure(
            only == u"scan" ? u"50 MB of scanned pages"_s : u"400 pages of text"_s, path, runs);
        out << QJsonDocument(QJsonObject{{u"name"_s, r.name},
                                         {u"bytes"_s, double(r.bytes)},
                                         {u"pages"_s, r.pages},
                                         {u"ours"_s, r.oursMs},
                                         {u"base"_s, r.baselineMs},
                                         {u"p50"_s, r.dragP50},
                                         {u"p99"_s, r.dragP99},
                                         {u"peak"_s, double(r.peakMb)}})
                   .toJson(QJsonDocument::Compact)
            << Qt::endl;
        return 0;
    }
    for (const QString &document : {u"text"_s, u"scan"_s}) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {u"--document"_s, document, u"--runs"_s, QString::number(runs)});
        child.waitForFinished(-1);
        const QJsonObject o
            = QJsonDocument::fromJson(child.readAllStandardOutput().trimmed().split('\n').last())
                  .object();
        if (o.isEmpty()) {
            out << "the " << document << " run failed" << Qt::endl;
            return 1;
        }
        all << Figures{o.value("name"_L1).toString(), qint64(o.value("bytes"_L1).toDouble()),
                       o.value("pages"_L1).toInt(),   o.value("base"_L1).toDouble(),
                       o.value("ours"_L1).toDouble(), o.value("p50"_L1).toDouble(),
                       o.value("p99"_L1).toDouble(),  qint64(o.value("peak"_L1).toDouble())};
    }
    QString md = u"## Preview: opening, dragging, scrolling\n\n"
                 "`bench/preview` (`./scripts/bench.sh`, or `build/bench/preview/bench_preview`). "
                 "Opening is "
                 "Bubuh's whole path (read the file, pre-flight with qpdf, load into Qt Pdf, lay "
                 "out, render the "
                 "first page off the GUI thread, paint it) until the first page is on screen, "
                 "fitted to the width "
                 "of a 900 x 1000 view; the baseline is Qt Pdf alone loading the file and "
                 "rendering that page at "
                 "the same size, in the same run. Medians of %1 runs. Dragging: 300 pointer moves "
                 "over the page, "
                 "each handled and painted. Memory: peak resident size of the process after "
                 "scrolling through "
                 "every page (the render cache is bounded to %2 MB).\n\n"
                 "| document | size | pages | open to first page | Qt Pdf alone | target (1.3 x + "
                 "50 ms) | drag frame p50 | drag frame p99 | peak memory |\n"
                 "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n"_s.arg(runs)
                     .arg(PageView::kCacheBytes / (1024 * 1024));
    for (const Figures &f : all) {
        md += u"| %1 | %2 MB | %3 | %4 ms | %5 ms | %6 ms | %7 ms | %8 ms | %9 MB |\n"_s.arg(f.name)
                  .arg(f.bytes / 1048576.0, 0, 'f', 1)
                  .arg(f.pages)
                  .arg(f.oursMs, 0, 'f', 0)
                  .arg(f.baselineMs, 0, 'f', 0)
                  .arg(1.3 * f.baselineMs + 50, 0, 'f', 0)
                  .arg(f.dragP50, 0, 'f', 2)
                  .arg(f.dragP99, 0, 'f', 2)
                  .arg(f.peakMb);
        out << f.name << ": open " << f.oursMs << " ms (Qt Pdf alone " << f.baselineMs
            << " ms), drag p99 " << f.dragP99 << " ms, peak " << f.peakMb << " MB" << Qt::endl;
    }
    md += u"\nEach document is measured in a process of its own; peak memory is that process's "
          u"peak "
          "resident size while the document was opened, dragged on and scrolled through. Machine: "
          "%1 "
          "cores, offscreen platform. Run on %2.\n"_s.arg(QThread::idealThreadCount())
              .arg(QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd"_s));
    if (!bench::replaceSection(parser.value(u"docs"_s) + u"/benchmarks.md"_s, u"preview"_s, md))
        return 1;
    return 0;
}
