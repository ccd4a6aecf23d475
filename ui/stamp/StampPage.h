#pragma once

#include "journal/Journal.h"
#include "net/DocumentTypeCatalog.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace bubuh {

class OpenDocuments;
class Workspace;
struct StampJob;

// Step 4: every usable open document with its document type (jenisdoc) and placement, one
// quota each; stamping them all, one job per document with its state, a failure of one not
// stopping the others; and where each result was saved and whether it checked out.
class StampPage : public QWidget
{
    Q_OBJECT
public:
    StampPage(Workspace &workspace, OpenDocuments &documents, QWidget *parent = nullptr);

    void stampAll();

Q_SIGNALS:
    void verifyRequested(const QString &path);

private:
    void rebuild();
    void updateRow(int entryIndex);
    void updateSummary();
    void loadDocumentTypes();
    // Usable documents not stamped before, whose stamp is not known to cover ink;
    // usablePaths() includes the rest.
    QStringList readyPaths() const;
    // Whether the stamp of the file's latest entry lands on blank paper (step 3 warns; here a
    // stamp over text is not offered, before any quota is spent).
    enum class PlacementCheck { Checking, CoversInk, Blank };
    PlacementCheck placementCheck(const QString &path) const;
    QString stateBeforeStamping(const QString &path) const;
    QStringList usablePaths() const;
    std::optional<StampJob> stampedBefore(const QString &path) const;
    // The SN of an e-Meterai the document already carries, if any.
    QString existingStamp(const QString &path) const;
    QStringList rowPaths() const;
    int rowsNeeded() const;
    // The batch entry shown in the selected row, or -1.
    int selectedEntry() const;
    void cancelSelected();
    static QString stateText(const StampJob &job);

    Workspace &m_workspace;
    OpenDocuments &m_documents;
    QTableWidget *m_table;
    QLabel *m_quota;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_stamp;
    QPushButton *m_verify;
    QPushButton *m_openFolder;
    QPushButton *m_cancel;
    DocumentTypeCatalog m_types;
    bool m_typesAsked = false;
    QHash<QString, QString> m_chosenType;     // path -> name of the jenisdoc entry
    mutable QHash<QString, QString> m_hashes; // path -> SHA-256 of the open bytes
};

} // namespace bubuh
