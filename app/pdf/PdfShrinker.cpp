#include "PdfShrinker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <set>

#include <qpdf/Pl_Flate.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFAcroFormDocumentHelper.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

using namespace Qt::StringLiterals;

namespace bubuh {

namespace {

// The free functions' messages share the class's context; lupdate files a plain tr() helper
// under the namespace instead, where the class's translations are never looked up.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(bubuh::PdfShrinker)
};

QString refusalOf(QPDF &qpdf)
{
    if (qpdf.isEncrypted())
        return Text::tr(
            "The document is protected (encrypted), so Bubuh does not rewrite it. Print it "
            "to a new PDF without protection (\"Save as PDF\") and make that smaller.");
    QPDFObjectHandle perms = qpdf.getRoot().getKey("/Perms");
    if (perms.isDictionary() && perms.hasKey("/DocMDP"))
        return Text::tr(
            "The document is certified against changes; making it smaller would break the "
            "certification. Ask its author for a smaller version.");
    for (QPDFFormFieldObjectHelper &field : QPDFAcroFormDocumentHelper(qpdf).getFormFields()) {
        if (field.getFieldType() == "/Sig" && field.getValue().isDictionary())
            return Text::tr(
                "The document is signed; making it smaller would break the signature. Ask "
                "the signer for a smaller signed version, or sign a smaller copy again.");
    }
    return {};
}

bool isJavaScriptAction(QPDFObjectHandle action)
{
    return action.isDictionary() && action.getKey("/S").isNameAndEquals("/JavaScript");
}

// Leaves out what a portal does not need and the applicant does not see: each kind found is
// named in removed.
void removeExtras(QPDF &qpdf, QStringList &removed)
{
    QSet<QString> found;
    QPDFObjectHandle root = qpdf.getRoot();
    const auto drop = [&found](QPDFObjectHandle dict, const char *key, const QString &what) {
        if (dict.isDictionary() && dict.hasKey(key)) {
            dict.removeKey(key);
            found.insert(what);
        }
    };
    const QString thumbnails = Text::tr("page thumbnails");
    const QString attachments = Text::tr("embedded files");
    const QString scripts = Text::tr("JavaScript");
    const QString pieces = Text::tr("page-piece data of the program that made it");
    QPDFObjectHandle names = root.getKey("/Names");
    drop(names, "/EmbeddedFiles", attachments);
    drop(names, "/JavaScript", scripts);
    if (isJavaScriptAction(root.getKey("/OpenAction")))
        drop(root, "/OpenAction", scripts);
    drop(root, "/AA", scripts);
    drop(root, "/PieceInfo", pieces);
    for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(qpdf).getAllPages()) {
        QPDFObjectHandle p = page.getObjectHandle();
        drop(p, "/Thumb", thumbnails);
        drop(p, "/PieceInfo", pieces);
        drop(p, "/AA", scripts);
        QPDFObjectHandle annots = p.getKey("/Annots");
        if (!annots.isArray())
            continue;
        for (int i = annots.getArrayNItems() - 1; i >= 0; --i) {
            QPDFObjectHandle a = annots.getArrayItem(i);
            if (!a.isDictionary())
                continue;
            if (a.getKey("/Subtype").isNameAndEquals("/FileAttachment")) {
                annots.eraseItem(i);
                found.insert(attachments);
            } else if (isJavaScriptAction(a.getKey("/A"))) {
                drop(a, "/A", scripts);
            }
        }
    }
    for (const QString &what : {thumbnails, attachments, scripts, pieces}) {
        if (found.contains(what))
            removed << what;
    }
}

int recodeImages(QPDF &qpdf, const ImageSettings &settings)
{
    const DrawnSizes drawn = drawnImageSizes(qpdf);
    std::set<QPDFObjGen> seen;
    int recoded = 0;
    for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(qpdf).getAllPages()) {
        page.forEachImage(
            true, [&](QPDFObjectHandle &image, QPDFObjectHandle &, const std::string &) {
                if (!image.isIndirect() || seen.count(image.getObjGen()))
                    return;
                seen.insert(image.getObjGen());
                const auto at = drawn.find(image.getObjGen());
                if (recodeImage(image, at == drawn.end() ? QSizeF() : at->second, settings))
                    ++recoded;
            });
    }
    return recoded;
}

QByteArray written(QPDF &qpdf)
{
    QPDFWriter writer(qpdf);
    writer.setOutputMemory();
    writer.setObjectStreamMode(qpdf_o_generate);
    writer.setCompressStreams(true);
    writer.setDecodeLevel(qpdf_dl_generalized);
    writer.setRecompressFlate(true);
    // The adapter leaves PDF 1.7 alone, so the copy is never rewritten again (PdfUpgrade).
    writer.setMinimumPDFVersion("1.7");
    writer.write();
    const std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char *>(out->getBuffer()), qsizetype(out->getSize()));
}

Failure unreadable(const std::exception &e)
{
    return {
        Text::tr("The document cannot be read, so it cannot be made smaller. Export it again with "
                 "\"Save as PDF\"."),
        QString::fromUtf8(e.what())};
}

// Level 9 for the Flate streams qpdf writes. The level is one process-wide setting, so it is
// set once while the program starts, before any worker thread writes a PDF, rather than by
// each shrink while another thread may be writing.
const bool kBestCompression = [] {
    Pl_Flate::setCompressionLevel(9);
    return true;
}();

} // namespace

QList<std::optional<ImageSettings>> PdfShrinker::ladder(int maxDpi)
{
    maxDpi = std::clamp(maxDpi, 50, 600);
    return {std::nullopt,
            ImageSettings{maxDpi, 85},
            ImageSettings{maxDpi, 75},
            ImageSettings{maxDpi * 4 / 5, 65},
            ImageSettings{maxDpi * 2 / 3, 55},
            ImageSettings{maxDpi / 2, 45}};
}

Result<PdfShrinker::Outcome> PdfShrinker::shrink(const QByteArray &pdf,
                                                 const std::optional<ImageSettings> &images)
{
    try {
        QPDF qpdf;
        qpdf.setSuppressWarnings(true);
        qpdf.processMemoryFile("document.pdf", pdf.constData(), size_t(pdf.size()));
        if (const QString why = refusalOf(qpdf); !why.isEmpty())
            return Failure{why, {}};
        Outcome outcome;
        outcome.images = images;
        removeExtras(qpdf, outcome.removed);
        if (images)
            outcome.imagesRecoded = recodeImages(qpdf, *images);
        outcome.pdf = written(qpdf);
        return outcome;
    } catch (const QPDFExc &e) {
        if (e.getErrorCode() == qpdf_e_password)
            return Failure{Text::tr("The document is protected with a password, so Bubuh does not "
                                    "rewrite it. Save a copy without a password first."),
                           {}};
        return unreadable(e);
    } catch (const std::exception &e) {
        return unreadable(e);
    }
}

Result<PdfShrinker::Fitted> PdfShrinker::shrinkToFit(const QByteArray &pdf, qint64 limitBytes,
                                                     qint64 growthBytes, int maxDpi)
{
    Fitted best;
    for (const std::optional<ImageSettings> &rung : ladder(maxDpi)) {
        Result<Outcome> tried = shrink(pdf, rung);
        if (!tried)
            return tried.failure();
        best.outcome = tried.value();
        best.fits = best.outcome.pdf.size() + growthBytes <= limitBytes;
        if (best.fits)
            break;
    }
    return best;
}

QString PdfShrinker::refusal(const QByteArray &pdf)
{
    try {
        QPDF qpdf;
        qpdf.setSuppressWarnings(true);
        qpdf.processMemoryFile("document.pdf", pdf.constData(), size_t(pdf.size()));
        return refusalOf(qpdf);
    } catch (const std::exception &e) {
        return unreadable(e).message;
    }
}

QString PdfShrinker::smallerCopyPath(const QString &path)
{
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName() + u"_kecil.pdf"_s);
}

} // namespace bubuh
