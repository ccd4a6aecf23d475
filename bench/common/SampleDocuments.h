#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace bench {

// Documents as applicants bring them, generated rather than stored: scans from a phone or a
// flatbed (JPEG pages with paper grain), a typed letter with a signature image, and a long
// report mixing text and pictures. Shared by bench_shrink and the shrinking tests, so that the
// figures in docs/benchmarks.md are about the documents the tests hold to account.
struct SampleDocument
{
    QString name;
    QByteArray pdf;
    bool hasText = false; // has a text layer pdftotext can compare
};

SampleDocument colourScan(int pages = 3, int dpi = 300);
SampleDocument grayscaleScan(int pages = 5, int dpi = 300);
SampleDocument letterWithSignature();
SampleDocument mixedReport(int pages = 20);
QList<SampleDocument> allSamples();

} // namespace bench
