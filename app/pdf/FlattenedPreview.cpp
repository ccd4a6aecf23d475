#include "FlattenedPreview.h"

#include <QCoreApplication>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

using namespace Qt::StringLiterals;

namespace bubuh::FlattenedPreview {

Result<QByteArray> make(const QByteArray &pdf)
{
    try {
        QPDF qpdf;
        qpdf.setSuppressWarnings(true);
        qpdf.processMemoryFile("stamped.pdf", pdf.constData(), size_t(pdf.size()));
        QPDFPageDocumentHelper(qpdf).flattenAnnotations();
        QPDFWriter writer(qpdf);
        writer.setOutputMemory();
        writer.setStaticID(true); // a preview, not a document anyone keeps
        writer.write();
        auto buffer = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()),
                          qsizetype(buffer->getSize()));
    } catch (const std::exception &e) {
        return Failure{QCoreApplication::translate("bubuh::FlattenedPreview",
                                                   "The stamped document cannot be previewed."),
                       QString::fromLocal8Bit(e.what())};
    }
}

} // namespace bubuh::FlattenedPreview
