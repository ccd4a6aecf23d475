#include "CliContext.h"
#include "Commands.h"

#include "flow/ResultFile.h"
#include "pdf/PdfShrinker.h"
#include "pdf/PhotoPdf.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace bubuh::Commands {

namespace {

// The commands that prepare a document before it is stamped (issue #12), offline: shrink makes
// a copy small enough for the portal slot, topdf makes one PDF of photos and scans.

// Writes bytes to path whole or not at all, never over a file that is there.
bool writeWhole(const QString &path, const QByteArray &bytes, QString *error)
{
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink()) {
        *error = tr("a file of that name is already there; choose another --out");
        return false;
    }
    QSaveFile out(path);
    if (out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size() && out.commit())
        return true;
    *error = out.errorString();
    return false;
}

// The limit and growth for a document to be written to path: --limit, else as inspect.
InspectionOptions limitsFor(CliContext &cli, const QString &path)
{
    InspectionOptions limits = cli.inspectionOptions(path);
    if (cli.options().isSet(u"limit"_s))
        limits.uploadLimitBytes
            = qint64(std::max(1, cli.options().value(u"limit"_s).toInt())) * 1024;
    return limits;
}

bool readDpi(CliContext &cli, int *dpi)
{
    bool ok = true;
    *dpi = cli.options().isSet(u"dpi"_s) ? cli.options().value(u"dpi"_s).toInt(&ok) : 150;
    return ok && *dpi >= 50 && *dpi <= 600;
}

QString fitLine(bool fits, qint64 predicted, qint64 limit)
{
    return fits ? tr("About %1 KB after stamping: it fits the %2 KB limit. Stamp the copy, "
                     "not the original.")
                      .arg(Inspection::kilobytes(predicted))
                      .arg(Inspection::kilobytes(limit))
                : tr("Even the strongest setting leaves about %1 KB after stamping, over the "
                     "%2 KB limit: remove pages, or scan again at a lower resolution.")
                      .arg(Inspection::kilobytes(predicted))
                      .arg(Inspection::kilobytes(limit));
}

} // namespace

void shrink(CliContext &cli, Done done)
{
    QCommandLineParser &o = cli.options();
    const QString file = o.positionalArguments().value(1);
    int dpi = 0;
    if (file.isEmpty() || !readDpi(cli, &dpi)) {
        done(
            cli.fail({tr("Use: bubuh-cli shrink FILE [--out OUT] [--limit KB] [--dpi 50-600]"), {}},
                     CliContext::Usage));
        return;
    }
    // Without --out, the next free "<name>_kecil.pdf": an earlier copy may be a paid job's source.
    const QString out = o.isSet(u"out"_s)
        ? o.value(u"out"_s)
        : ResultFile::nextFree(PdfShrinker::smallerCopyPath(file));
    if (ResultFile::sameFile(out, file)) {
        done(cli.fail(
            {tr("The smaller copy must not replace the original: choose another --out."), {}},
            CliContext::Usage));
        return;
    }
    const Result<QByteArray> read = readDocument(file);
    if (!read) {
        done(cli.fail(read.failure(), CliContext::Unusable));
        return;
    }
    const QByteArray &original = read.value();
    const InspectionOptions limits = limitsFor(cli, file);
    // Offline: the growth is the profile's figure, nothing is sent.
    const Result<PdfShrinker::Fitted> fitted
        = PdfShrinker::shrinkToFit(original, limits.uploadLimitBytes, limits.stampGrowthBytes, dpi);
    if (!fitted) {
        done(cli.fail(fitted.failure(), CliContext::Unusable));
        return;
    }
    const PdfShrinker::Outcome &result = fitted.value().outcome;
    QString error;
    if (!writeWhole(out, result.pdf, &error)) {
        done(cli.fail({tr("The smaller copy cannot be saved to %1: %2").arg(out, error), {}},
                      CliContext::Unusable));
        return;
    }
    const qint64 predicted = result.pdf.size() + limits.stampGrowthBytes;
    const bool fits = fitted.value().fits;
    if (!cli.json()) {
        cli.say(tr("%1: %2 KB -> %3 KB, saved as %4")
                    .arg(file)
                    .arg(Inspection::kilobytes(original.size()))
                    .arg(Inspection::kilobytes(result.pdf.size()))
                    .arg(out));
        if (result.images)
            cli.say(
                tr("  %n image(s) recompressed at %1 dpi, JPEG quality %2", result.imagesRecoded)
                    .arg(result.images->dpi)
                    .arg(result.images->quality));
        else
            cli.say(tr("  images kept as they were; only the file's structure was rewritten"));
        if (!result.removed.isEmpty())
            cli.say(tr("  left out: %1").arg(result.removed.join(u", "_s)));
        cli.say(fitLine(fits, predicted, limits.uploadLimitBytes));
    }
    QJsonObject json{{u"file"_s, QFileInfo(file).absoluteFilePath()},
                     {u"out"_s, QFileInfo(out).absoluteFilePath()},
                     {u"sizeBytes"_s, double(original.size())},
                     {u"shrunkBytes"_s, double(result.pdf.size())},
                     {u"predictedStampedBytes"_s, double(predicted)},
                     {u"uploadLimitBytes"_s, double(limits.uploadLimitBytes)},
                     {u"fits"_s, fits},
                     {u"imagesRecoded"_s, result.imagesRecoded},
                     {u"removed"_s, QJsonArray::fromStringList(result.removed)}};
    if (result.images) {
        json.insert(u"dpi"_s, result.images->dpi);
        json.insert(u"quality"_s, result.images->quality);
    }
    done(cli.finishJson(json, fits ? CliContext::Ok : CliContext::Unusable));
}

void topdf(CliContext &cli, Done done)
{
    const QStringList images = cli.options().positionalArguments().mid(1);
    int dpi = 0;
    if (images.isEmpty() || !cli.options().isSet(u"out"_s) || !readDpi(cli, &dpi)) {
        done(cli.fail(
            {tr("Use: bubuh-cli topdf IMAGE... --out OUT [--limit KB] [--dpi 50-600]"), {}},
            CliContext::Usage));
        return;
    }
    const QString out = cli.options().value(u"out"_s);
    for (const QString &image : images) {
        if (ResultFile::sameFile(out, image)) {
            done(cli.fail({tr("The PDF must not replace a photo: choose another --out."), {}},
                          CliContext::Usage));
            return;
        }
    }
    const InspectionOptions limits = limitsFor(cli, out);
    const Result<PhotoPdf::Fitted> fitted
        = PhotoPdf::buildToFit(images, limits.uploadLimitBytes, limits.stampGrowthBytes, dpi);
    if (!fitted) {
        done(cli.fail(fitted.failure(), CliContext::Unusable));
        return;
    }
    QString error;
    if (!writeWhole(out, fitted.value().pdf, &error)) {
        done(cli.fail({tr("The PDF cannot be saved to %1: %2").arg(out, error), {}},
                      CliContext::Unusable));
        return;
    }
    const qint64 predicted = fitted.value().pdf.size() + limits.stampGrowthBytes;
    const std::optional<ImageSettings> &settings = fitted.value().images;
    if (!cli.json()) {
        cli.say(tr("%n page(s), %1 KB, saved as %2", int(images.size()))
                    .arg(Inspection::kilobytes(fitted.value().pdf.size()))
                    .arg(out));
        if (settings)
            cli.say(tr("  images at %1 dpi, JPEG quality %2")
                        .arg(settings->dpi)
                        .arg(settings->quality));
        cli.say(fitLine(fitted.value().fits, predicted, limits.uploadLimitBytes));
    }
    QJsonObject json{{u"out"_s, QFileInfo(out).absoluteFilePath()},
                     {u"pageCount"_s, int(images.size())},
                     {u"sizeBytes"_s, double(fitted.value().pdf.size())},
                     {u"predictedStampedBytes"_s, double(predicted)},
                     {u"uploadLimitBytes"_s, double(limits.uploadLimitBytes)},
                     {u"fits"_s, fitted.value().fits}};
    if (settings) {
        json.insert(u"dpi"_s, settings->dpi);
        json.insert(u"quality"_s, settings->quality);
    }
    done(cli.finishJson(json, fitted.value().fits ? CliContext::Ok : CliContext::Unusable));
}

} // namespace bubuh::Commands
