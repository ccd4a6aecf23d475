#pragma once

#include "journal/Journal.h"
#include "net/DocumentTypeCatalog.h"
#include "pdf/DocumentInspector.h"
#include "pdf/PlacementGeometry.h"

#include <QHash>
#include <QList>
#include <optional>

namespace bubuh {

// What step 4 would do with the open documents, before any quota is spent: for each file its
// document type, its placement, the e-Meterai it already carries, whether its stamped result
// fits the portal, and whether it is ready or why not. The window's lists and buttons only show
// it; bubuh-cli and the tests ask it the same questions.
class StampPlan
{
public:
    // Ready and InProgress are stamped; every other state says why not and what to do.
    enum class Readiness {
        Ready,
        InProgress,        // a job of these bytes holds its serial: it is continued, paid already
        CheckingInk,       // the page under the stamp is still being read: wait a moment
        CoversInk,         // move the stamp (step 3)
        AlreadyStamped,    // it carries an e-Meterai, or Bubuh stamped these very bytes before
        TooLarge,          // the stamped file would not fit the portal: make it smaller (step 2)
        PasswordProtected, // save a copy without the password
        Replaced,          // its smaller copy is stamped instead
        Unusable,          // broken, not a PDF, certified…: the problem says what to do
    };

    // One open document as the window holds it.
    struct Document
    {
        QString path; // absolute
        QString hash; // SHA-256 of the bytes, hex: what the journal knows documents by
        Inspection inspection;
        Placement placement;
        std::optional<bool> coversInk; // nullopt while its page is read
        QString supersededBy;
    };

    struct Row
    {
        QString path;
        QString hash; // of the bytes judged: what is stamped must be these
        DocumentType type;
        Placement placement;
        Readiness readiness = Readiness::Ready;
        QString stampedSn;   // the e-Meterai it carries, or the one Bubuh gave these bytes
        QString resultPath;  // Bubuh's saved result of these bytes, if any
        QString sizeSummary; // "±356 KB after stamping, limit 300 KB: …", or empty
        // The pre-flight's figures, which the stamp request checks again before it is sent.
        qint64 predictedStampedBytes = 0, uploadLimitBytes = 0, stampGrowthBytes = 0;
        QString problem;     // for Unusable: the inspection's first error, which says what to do
        QString replacement; // for Replaced: the smaller copy

        bool ready() const
        {
            return readiness == Readiness::Ready || readiness == Readiness::InProgress;
        }
        // Whether stamping it spends a quota (an unfinished job's serial is paid for).
        bool needsQuota() const { return readiness == Readiness::Ready; }
        // One line for a list: the state and its one next step. Never "ready" unless ready().
        QString stateText() const;
    };

    explicit StampPlan(DocumentTypeCatalog types = DocumentTypeCatalog());

    const DocumentTypeCatalog &types() const { return m_types; }
    void setTypes(DocumentTypeCatalog types) { m_types = std::move(types); }
    // The applicant's choice of type for a file, by the type's name.
    void chooseType(const QString &path, const QString &name);

    // One row per file, in the order the files were first opened, each from the file's latest
    // entry (a file opened twice is stamped once, as last placed). The journal is asked once,
    // for all the documents' hashes.
    QList<Row> rows(const QList<Document> &documents, const Journal &journal) const;
    // One document's row, given the journal's job for its bytes: a saved one, or an unfinished
    // one of this owner that holds its serial.
    Row row(const Document &document, const std::optional<StampJob> &job) const;
    // The files of rows() that are ready(): what "stamp all" stamps.
    static QStringList readyPaths(const QList<Row> &rows);
    // The e-Meterai those rows would spend: the ready ones that hold no serial yet.
    static int quotaNeeded(const QList<Row> &rows);
    // The e-Meterai a quota lacks for those rows: 0 when it is enough, or not known (nullopt).
    static int shortfall(const QList<Row> &rows, std::optional<qint64> quota);

private:
    DocumentType typeFor(const QString &path) const;

    DocumentTypeCatalog m_types;
    QHash<QString, QString> m_chosenType; // path -> type name
};

} // namespace bubuh
