#pragma once

#include "flow/StampPlan.h"
#include "pdf/DocumentInspector.h"
#include "pdf/PlacementGeometry.h"

#include <QBuffer>
#include <QObject>
#include <QPdfDocument>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QSettings;

namespace bubuh {

class InkMap;
class PageInkCache;

// One document the applicant opened: its bytes (read once, never changed), what pre-flight
// said, a renderer for the preview, and where its stamp goes.
struct OpenDocument
{
    QString path; // absolute
    QByteArray bytes;
    QString hash; // SHA-256 of bytes, hex: what the journal knows the document by
    Inspection inspection;
    std::unique_ptr<QBuffer> buffer;
    std::unique_ptr<QPdfDocument> pdf;
    Placement placement;
    // Whether the placement is the applicant's (moved, or remembered for documents of this kind)
    // rather than a first guess, which step 3 moves to the last page's blank signing spot.
    bool placementChosen = false;
    // The smaller copy made of it (Perkecil), which is stamped instead; empty when none.
    QString supersededBy;
    // For the preview only, never saved: a copy with annotations (an earlier stamp, a signature
    // widget) drawn into the pages, which Qt Pdf does not draw; made off the GUI thread.
    std::unique_ptr<QBuffer> flattenedBuffer;
    std::unique_ptr<QPdfDocument> flattened;
    QPdfDocument *preview() const { return flattened ? flattened.get() : pdf.get(); }
};

// The documents opened in this session. Everything here works offline.
class OpenDocuments : public QObject
{
    Q_OBJECT
public:
    OpenDocuments(QSettings &settings, QObject *parent = nullptr);

    // Opens path (again if it is already open); returns its index, or -1 with the problem in
    // the inspection (the entry is kept so the list can say why).
    int open(const QString &path);
    int count() const { return int(m_documents.size()); }
    OpenDocument &at(int index) { return *m_documents[size_t(index)]; }
    // Every entry as StampPlan takes it (in the order opened).
    QList<StampPlan::Document> planned();
    StampPlan::Document planned(int index);
    void setPlacement(int index, const Placement &placement);
    // The portal slot's limit for this document (every entry of its file), remembered for
    // documents of its kind.
    void setUploadLimit(int index, int kb);
    // Every entry of path is replaced by its smaller copy `by`: only the copy is stamped.
    void supersede(const QString &path, const QString &by);
    // Where each page has ink, read on worker threads as documents are opened.
    PageInkCache &ink() { return *m_ink; }
    // The ink map of the page the document's stamp is on; nullptr while it is being read.
    const InkMap *inkUnderStamp(int index);
    // Whether the stamp as placed covers text or ink; nullopt while that page is being read.
    std::optional<bool> coversInk(int index);
    // How much the service makes a file grow (ServiceProfile::stampGrowthBytes()).
    void setStampGrowthBytes(qint64 bytes) { m_stampGrowthBytes = bytes; }
    // Asked for the password of a protected document, to preview it; empty = cancelled.
    // The password is used once and never stored.
    void setPasswordPrompt(std::function<QString(const QString &path)> prompt)
    {
        m_prompt = std::move(prompt);
    }

    // The pre-flight runs on a worker thread while the window keeps painting and serving
    // its flows; a document it has not finished with by then is reported as unusable, so a
    // file built to stall a parser cannot freeze the window.
    void setInspectionTimeLimit(int ms) { m_inspectionLimitMs = ms; }
    static constexpr int kInspectionTimeLimitMs = 20'000;

Q_SIGNALS:
    void opened(int index);
    void changed(int index);
    // The document's preview now shows its annotations (OpenDocument::flattened).
    void previewChanged(int index);

private:
    void flattenForPreview(int index);
    // A fresh document's first placement: the blank signing spot of its last page, once that
    // page's ink is known (unless the applicant has placed it by then).
    void inkRead(const QString &path, int pageIndex);

    QSettings &m_settings;
    std::function<QString(const QString &)> m_prompt;
    PageInkCache *m_ink;
    std::vector<std::unique_ptr<OpenDocument>> m_documents;
    int m_inspectionLimitMs = kInspectionTimeLimitMs;
    qint64 m_stampGrowthBytes = InspectionOptions().stampGrowthBytes;
};

} // namespace bubuh
