#include "PdfFactory.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

using namespace Qt::StringLiterals;

namespace test {

static QPDFObjectHandle box(const QRectF &r)
{
    return QPDFObjectHandle::newArray(std::vector<QPDFObjectHandle>{
        QPDFObjectHandle::newReal(r.left(), 3), QPDFObjectHandle::newReal(r.top(), 3),
        QPDFObjectHandle::newReal(r.right(), 3), QPDFObjectHandle::newReal(r.bottom(), 3)});
}

QByteArray makePdf(const QList<PageSpec> &pages, const PdfOptions &options)
{
    QPDF pdf;
    pdf.emptyPDF();
    QPDFPageDocumentHelper doc(pdf);
    QPDFObjectHandle font = pdf.makeIndirectObject(QPDFObjectHandle::parse(
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"));
    for (const PageSpec &spec : pages) {
        const QRectF visible = spec.cropBox.isEmpty() ? spec.mediaBox : spec.cropBox;
        // A thin grey frame just inside the visible area and a label; no red anywhere, so a
        // test can find the stamp by its colour.
        const QByteArray content = "0.6 g 0.6 G 1 w " + QByteArray::number(visible.left() + 2) + ' '
            + QByteArray::number(visible.top() + 2) + ' ' + QByteArray::number(visible.width() - 4)
            + ' ' + QByteArray::number(visible.height() - 4) + " re S BT /F1 14 Tf "
            + QByteArray::number(visible.left() + 20) + ' '
            + QByteArray::number(visible.bottom() - 40) + " Td (" + spec.label.toLatin1()
            + ") Tj ET";
        QPDFObjectHandle page = QPDFObjectHandle::newDictionary();
        page.replaceKey("/Type", QPDFObjectHandle::newName("/Page"));
        page.replaceKey("/MediaBox", box(spec.mediaBox));
        if (!spec.cropBox.isEmpty())
            page.replaceKey("/CropBox", box(spec.cropBox));
        if (spec.rotate)
            page.replaceKey("/Rotate", QPDFObjectHandle::newInteger(spec.rotate));
        if (spec.userUnit != 1.0)
            page.replaceKey("/UserUnit", QPDFObjectHandle::newReal(spec.userUnit, 3));
        QPDFObjectHandle resources = QPDFObjectHandle::newDictionary();
        QPDFObjectHandle fonts = QPDFObjectHandle::newDictionary();
        fonts.replaceKey("/F1", font);
        resources.replaceKey("/Font", fonts);
        page.replaceKey("/Resources", resources);
        page.replaceKey("/Contents",
                        QPDFObjectHandle::newStream(
                            &pdf, std::string(content.constData(), size_t(content.size()))));
        doc.addPage(QPDFPageObjectHelper(pdf.makeIndirectObject(page)), false);
    }
    if (options.certified) {
        QPDFObjectHandle sig = pdf.makeIndirectObject(QPDFObjectHandle::parse(
            "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached >>"));
        QPDFObjectHandle perms = QPDFObjectHandle::newDictionary();
        perms.replaceKey("/DocMDP", sig);
        pdf.getRoot().replaceKey("/Perms", perms);
    }
    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    writer.setStaticID(true);
    writer.setObjectStreamMode(options.objectStreams ? qpdf_o_generate : qpdf_o_disable);
    if (options.userPassword.isEmpty() && options.ownerPassword.isEmpty()) {
        writer.forcePDFVersion(options.pdfVersion.toStdString()); // encryption sets its own
    } else {
        writer.setR6EncryptionParameters(options.userPassword.toStdString().c_str(),
                                         options.ownerPassword.toStdString().c_str(), true, true,
                                         true, true, true, true, qpdf_r3p_full, true);
    }
    writer.write();
    auto buffer = writer.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()),
                      qsizetype(buffer->getSize()));
}

QByteArray makeA4(const QString &label, const QByteArray &pdfVersion)
{
    PageSpec page;
    page.label = label;
    PdfOptions options;
    options.pdfVersion = pdfVersion;
    return makePdf({page}, options);
}

} // namespace test
