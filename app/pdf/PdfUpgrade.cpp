#include "PdfUpgrade.h"

#include <QCoreApplication>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>

namespace bubuh {

bool PdfUpgrade::needed(const QString &version)
{
    bool ok = false;
    const double v = version.toDouble(&ok);
    return ok && v < kMinimumVersion;
}

Result<QByteArray> PdfUpgrade::toPdf17(const QByteArray &pdf)
{
    try {
        QPDF qpdf;
        qpdf.setSuppressWarnings(true);
        qpdf.processMemoryFile("document", pdf.constData(), size_t(pdf.size()));
        QPDFWriter writer(qpdf);
        writer.setOutputMemory();
        // Streams are copied as they are: what is drawn does not change.
        writer.setStreamDataMode(qpdf_s_preserve);
        writer.setMinimumPDFVersion("1.7");
        writer.write();
        const std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(out->getBuffer()),
                          qsizetype(out->getSize()));
    } catch (const std::exception &e) {
        return Failure{QCoreApplication::translate(
                           "bubuh::PdfUpgrade",
                           "This older PDF could not be prepared for stamping. Save it again as "
                           "PDF from the program that made it, then open the new file."),
                       QString::fromUtf8(e.what())};
    }
}

} // namespace bubuh
