#pragma once

#include <QByteArray>
#include <QImage>
#include <QStringList>

namespace test {

// Independent checkers written by others: poppler's pdfsig and pdftoppm, and qpdf.
struct ToolRun
{
    int exitCode = -1;
    QString output; // stdout and stderr together
};

ToolRun runTool(const QString &program, const QStringList &arguments);
// pdfsig exits 0 even on a digest mismatch, so callers read its text.
ToolRun pdfsig(const QByteArray &pdf);
ToolRun qpdfCheck(const QByteArray &pdf);
// Renders one page with pdftoppm at dpi (72 = one pixel per point), its crop box only and
// rotated, as
// every viewer shows it.
QImage renderPage(const QByteArray &pdf, int page, int dpi = 72);
// The text of every page, as poppler's pdftotext extracts it.
QString pdftotext(const QByteArray &pdf);

} // namespace test
