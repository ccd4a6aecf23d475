#pragma once

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>

namespace test {

// Builds test documents with qpdf, so fixtures are generated rather than stored.
struct PageSpec
{
    QRectF mediaBox{0, 0, 595.276, 841.89}; // x, y, width, height in user space
    QRectF cropBox;                         // empty = none
    int rotate = 0;
    double userUnit = 1.0;
    QString label = QStringLiteral("Halaman");
};

struct PdfOptions
{
    bool objectStreams = false;
    QString userPassword, ownerPassword; // both empty = not encrypted
    bool certified = false;              // a /Perms /DocMDP entry, as a certified document has
    // What office programs write today; older ones are rebuilt by the real signing adapter.
    QByteArray pdfVersion = "1.7";
};

QByteArray makePdf(const QList<PageSpec> &pages, const PdfOptions &options = {});
QByteArray makeA4(const QString &label = QStringLiteral("Surat Pernyataan"),
                  const QByteArray &pdfVersion = "1.7");

} // namespace test
