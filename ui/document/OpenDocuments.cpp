#include "OpenDocuments.h"

#include "PageInkCache.h"

#include "core/Settings.h"
#include "pdf/FlattenedPreview.h"
#include "pdf/PlacementMemory.h"
#include "pdf/UploadLimits.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSettings>
#include <QTimer>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace bubuh {

namespace {

// DocumentInspector::inspect on a pool thread, waited for with the window's events still
// flowing (but no user input, so nothing is opened again meanwhile), for at most limitMs.
Inspection inspectWithin(const QByteArray &bytes, const QString &path,
                         const InspectionOptions &options, int limitMs)
{
    QFutureWatcher<Inspection> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    // The bytes are copied into the task: it may outlive this call when it is given up on.
    watcher.setFuture(QtConcurrent::run(
        [bytes, path, options] { return DocumentInspector::inspect(bytes, path, options); }));
    QTimer::singleShot(limitMs, &loop, &QEventLoop::quit);
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (watcher.isFinished())
        return watcher.result();
    Inspection slow;
    slow.file = path;
    slow.sizeBytes = bytes.size();
    slow.problems.append(
        {u"too-slow"_s, Inspection::Problem::Severity::Error,
         QCoreApplication::translate("bubuh::OpenDocuments",
                                     "This document takes too long to read, so Bubuh stopped. "
                                     "Export it again with \"Save as PDF\" and open that.")});
    return slow;
}

} // namespace

OpenDocuments::OpenDocuments(QSettings &settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_ink(new PageInkCache(this))
{
    connect(m_ink, &PageInkCache::ready, this, &OpenDocuments::inkRead);
}

const InkMap *OpenDocuments::inkUnderStamp(int index)
{
    const OpenDocument &doc = at(index);
    const int page = doc.placement.page - 1;
    if (!doc.pdf || page < 0 || page >= doc.inspection.pages.size())
        return nullptr;
    return m_ink->find(doc.path, doc.bytes, page, doc.inspection.pages[page]);
}

std::optional<bool> OpenDocuments::coversInk(int index)
{
    if (!at(index).pdf)
        return false; // nothing to look at, nothing to stamp either
    const InkMap *ink = inkUnderStamp(index);
    if (!ink)
        return std::nullopt;
    return ink->covers(at(index).placement.displayRect());
}

void OpenDocuments::inkRead(const QString &path, int pageIndex)
{
    for (int i = 0; i < count(); ++i) {
        OpenDocument &doc = at(i);
        if (doc.path != path)
            continue;
        const int last = int(doc.inspection.pages.size()) - 1;
        if (!doc.placementChosen && pageIndex == last) {
            doc.placementChosen = true; // a suggestion, not remembered for the kind
            const InkMap *ink = m_ink->find(doc.path, doc.bytes, last, doc.inspection.pages[last]);
            if (ink && !ink->isNull()) {
                const QRectF spot = ink->suggestedSpot(doc.placement.size);
                doc.placement = {last + 1, spot.x(), spot.y(), doc.placement.size};
            }
        }
        Q_EMIT changed(i);
    }
}

int OpenDocuments::open(const QString &path)
{
    auto doc = std::make_unique<OpenDocument>();
    doc->path = QFileInfo(path).absoluteFilePath();
    QFile file(doc->path);
    if (file.open(QIODevice::ReadOnly))
        doc->bytes = file.readAll();
    doc->hash = QString::fromLatin1(
        QCryptographicHash::hash(doc->bytes, QCryptographicHash::Sha256).toHex());
    InspectionOptions options;
    options.uploadLimitBytes = qint64(UploadLimits::forFile(m_settings, doc->path)) * 1024;
    options.stampGrowthBytes = m_stampGrowthBytes;
    doc->inspection = file.isOpen()
        ? inspectWithin(doc->bytes, doc->path, options, m_inspectionLimitMs)
        : DocumentInspector::inspectFile(doc->path, options);
    QString password;
    if (doc->inspection.needsPassword && m_prompt) {
        // It cannot be stamped as it is, but it can be looked at with its password.
        password = m_prompt(doc->path);
        if (const Result<QList<PageBoxes>> pages = PageBoxes::read(doc->bytes, password); pages)
            doc->inspection.pages = pages.value();
    }
    if (!doc->inspection.pages.isEmpty()) {
        doc->buffer = std::make_unique<QBuffer>();
        doc->buffer->setData(doc->bytes);
        doc->buffer->open(QIODevice::ReadOnly);
        doc->pdf = std::make_unique<QPdfDocument>();
        doc->pdf->setPassword(password);
        doc->pdf->load(doc->buffer.get());
        const double size = Settings(m_settings).value(Settings::Key::StampSize).toDouble();
        // A fresh document: bottom right above the margin, where letters are signed...
        const QSizeF page = doc->inspection.pages.first().displaySize();
        doc->placement = {1, page.width() - size - 72, page.height() - size - 144, size};
        // ...unless a document of this kind was stamped before: then where it went last time.
        if (const auto remembered = PlacementMemory::recall(m_settings, doc->path)) {
            doc->placement = *remembered;
            doc->placementChosen = true;
        }
        doc->placement.page = std::clamp(doc->placement.page, 1, int(doc->inspection.pages.size()));
        doc->placement = PlacementGeometry::clampedToPage(
            doc->inspection.pages[doc->placement.page - 1], doc->placement);
    }
    m_documents.push_back(std::move(doc));
    const int index = count() - 1;
    Q_EMIT opened(index);
    flattenForPreview(index);
    if (OpenDocument &doc = at(index); doc.pdf) { // the signing spot and the stamp's page
        const int last = int(doc.inspection.pages.size()) - 1;
        m_ink->find(doc.path, doc.bytes, last, doc.inspection.pages[last]);
        inkUnderStamp(index);
    }
    return at(index).inspection.usable() ? index : -1;
}

void OpenDocuments::flattenForPreview(int index)
{
    const OpenDocument &doc = at(index);
    if (!doc.pdf || doc.inspection.encrypted || !doc.bytes.contains("/Annots"))
        return;
    auto *watcher = new QFutureWatcher<Result<QByteArray>>(this);
    connect(watcher, &QFutureWatcher<Result<QByteArray>>::finished, this, [this, watcher, index] {
        watcher->deleteLater();
        const Result<QByteArray> flat = watcher->result();
        if (!flat || index >= count())
            return;
        OpenDocument &doc = at(index);
        doc.flattenedBuffer = std::make_unique<QBuffer>();
        doc.flattenedBuffer->setData(flat.value());
        doc.flattenedBuffer->open(QIODevice::ReadOnly);
        doc.flattened = std::make_unique<QPdfDocument>();
        doc.flattened->load(doc.flattenedBuffer.get());
        Q_EMIT previewChanged(index);
    });
    const QByteArray bytes = doc.bytes;
    watcher->setFuture(QtConcurrent::run([bytes] { return FlattenedPreview::make(bytes); }));
}

StampPlan::Document OpenDocuments::planned(int index)
{
    const OpenDocument &doc = at(index);
    return {doc.path,         doc.bytes.isEmpty() ? QString() : doc.hash,
            doc.inspection,   doc.placement,
            coversInk(index), doc.supersededBy};
}

QList<StampPlan::Document> OpenDocuments::planned()
{
    QList<StampPlan::Document> list;
    for (int i = 0; i < count(); ++i)
        list << planned(i);
    return list;
}

void OpenDocuments::setPlacement(int index, const Placement &placement)
{
    OpenDocument &doc = at(index);
    doc.placement = placement;
    doc.placementChosen = true;
    PlacementMemory::remember(m_settings, doc.path, placement);
    Q_EMIT changed(index);
}

void OpenDocuments::setUploadLimit(int index, int kb)
{
    const QString path = at(index).path;
    UploadLimits::remember(m_settings, path, kb);
    // The same file opened twice is one upload: what is stamped must be judged as shown.
    for (int i = 0; i < count(); ++i) {
        if (at(i).path == path) {
            at(i).inspection.setUploadLimit(qint64(kb) * 1024);
            Q_EMIT changed(i);
        }
    }
}

void OpenDocuments::supersede(const QString &path, const QString &by)
{
    for (int i = 0; i < count(); ++i) {
        if (at(i).path == path) {
            at(i).supersededBy = by;
            Q_EMIT changed(i);
        }
    }
}

} // namespace bubuh
