#pragma once

#include "flow/StampPlan.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
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

    // The documents stamp all would stamp, and how many more e-Meterai they need than the
    // quota holds (0 when it is enough, or not known yet).
    int readyCount() const;
    int shortfall() const;
    const QList<StampPlan::Row> &rows() const { return m_rows; }

Q_SIGNALS:
    void verifyRequested(const QString &path);
    // Step 1, with this many e-Meterai to buy.
    void buyRequested(int quantity);
    // rows() may have changed.
    void planChanged();
    void openRequested();

private:
    void rebuild();
    void updateRow(int entryIndex);
    void updateSummary();
    void loadDocumentTypes();
    // The plan of the open documents, asked again whenever they or the journal may differ.
    void refreshPlan();
    const StampPlan::Row *planRow(const QString &path) const;
    // The batch's documents first (including jobs resumed after a restart), then the rest.
    QStringList rowPaths() const;
    // The batch entry shown in the selected row, or -1.
    int selectedEntry() const;
    void cancelSelected();
    static QString stateText(const StampJob &job);

    Workspace &m_workspace;
    OpenDocuments &m_documents;
    QStackedWidget *m_stack; // an empty state while there is nothing to stamp
    QTableWidget *m_table;
    QLabel *m_quota;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_stamp;
    QPushButton *m_verify;
    QPushButton *m_openFolder;
    QPushButton *m_cancel;
    QPushButton *m_buyMore;
    bool m_typesAsked = false;
    QList<StampPlan::Row> m_rows;
};

} // namespace bubuh
